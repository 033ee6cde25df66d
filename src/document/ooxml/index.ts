/**
 * The .docx layer: bytes in, bytes out, never the file system (the caller does I/O).
 *
 * - readDocx(bytes) → the annotatie's values, pending tracked changes, document findings and
 *   schema version; or "no annotatie"; or a typed DocxError for a file that is not a readable .docx.
 * - writeDocx(values) → a new .docx laid out like the Zoetermeer seed.
 *
 * The layout and the custom XML parts it shares with the Word layer live in src/document/shape;
 * this layer renders them as XML strings (template.ts).
 */
export { readDocx, scanDocumentXml } from './read';
export type { AnnotatieRead, DocumentScan, DocxReadResult, TrackedChange } from './read';
export { writeDocx, packageParts } from './write';
export type { WriteOptions } from './write';
export { documentText } from './template';
export type { TemplateOptions } from './template';
export { docxErrorMessage } from './errors';
export type { DocxError, DocxErrorKind } from './errors';
export { DEFAULT_ZIP_LIMITS } from './zip';
export type { ZipLimits } from './zip';
