/**
 * The .docx layer: bytes in, bytes out, never the file system (the caller does I/O).
 *
 * - readDocx(bytes) → the annotatie's values, pending tracked changes, document findings and
 *   schema version; or "no annotatie"; or a typed DocxError for a file that is not a readable .docx.
 * - writeDocx(values) → a new .docx laid out like the Zoetermeer seed.
 * - annotatieBodyFragment(values) / annotatieFlatOpc(values) → the same template as OOXML for the
 *   Word layer (insertOoxml).
 */
export { readDocx, scanDocumentXml } from './read';
export type { AnnotatieRead, DocumentScan, DocxReadResult, TrackedChange } from './read';
export { writeDocx, packageParts } from './write';
export type { WriteOptions } from './write';
export { annotatieBodyFragment, documentText, BODY_NAMESPACES } from './template';
export type { TemplateOptions } from './template';
export { annotatieFlatOpc } from './flat-opc';
export { LAYOUT, layoutFieldKeys, DOCUMENT_TITLE } from './layout';
export { SCHEMA_PART_NAMESPACE, SCHEMA_PART_ROOT, SCHEMA_PART_ATTRIBUTE, schemaPartXml } from './schema-part';
export { docxErrorMessage } from './errors';
export type { DocxError, DocxErrorKind } from './errors';
export { DEFAULT_ZIP_LIMITS } from './zip';
export type { ZipLimits } from './zip';
