/**
 * The PDF adapter: positioned text out of PDF bytes (extract.ts, pdf.js passed in by the caller,
 * which loads it lazily), and lines and table rows rebuilt from the positions (layout.ts, pure).
 * Nothing here touches the file system.
 */
export { extractPdfText } from './extract';
export type { PdfJs } from './extract';
export { pdfBlocks } from './layout';
export { pdfErrorMessage } from './errors';
export { DEFAULT_PDF_LIMITS } from './types';
export type { PdfError, PdfErrorKind, PdfLimits, PdfPage, PdfRead, PdfText, PdfTextItem } from './types';
