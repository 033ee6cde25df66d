/**
 * Positioned text out of a PDF: what pdf.js's getTextContent gives, reduced to what layout
 * needs. Coordinates are PDF user space (points, origin bottom-left, y up), as pdf.js reports
 * them in `transform`.
 */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  /** Font size (the text matrix's vertical scale). */
  readonly size: number;
  readonly bold: boolean;
}

export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

export interface PdfText {
  readonly pages: readonly PdfPage[];
  /** Pages in the file; more than `pages.length` when the file was longer than maxPages. */
  readonly pageCount: number;
}

export type PdfErrorKind =
  /** Not a PDF at all (no %PDF- header, or pdf.js found no document structure). */
  | 'not_pdf'
  /** Password-protected. */
  | 'encrypted'
  /** A PDF, but damaged beyond reading. */
  | 'corrupt'
  /** Larger than maxBytes. */
  | 'too_large'
  /** Reading took longer than the time limit, or ran out of memory: a hostile or broken file. */
  | 'timeout'
  | 'out_of_memory'
  /** No text layer: a scan or a picture of the document. */
  | 'no_text'
  /** pdf.js itself could not be loaded (an installation problem). */
  | 'unavailable';

export interface PdfError {
  readonly kind: PdfErrorKind;
  /** Technical detail for --json and bug reports, not for end users. */
  readonly detail: string;
}

export type PdfRead = { readonly ok: true; readonly text: PdfText } | { readonly ok: false; readonly error: PdfError };

export interface PdfLimits {
  readonly maxBytes: number;
  /** Pages read; an annotatie is the first pages of a raadsvoorstel, the rest is its annexes. */
  readonly maxPages: number;
  /** Text items kept over all pages read. */
  readonly maxItems: number;
  /** Milliseconds for the whole file (enforced by the caller, which can stop a worker). */
  readonly timeoutMs: number;
  /** Heap for the worker that reads one file, in MiB. */
  readonly maxHeapMb: number;
}

/**
 * 50 MB holds any annotatie with scanned annexes; 30 pages is ten times an annotatie; 20 s is
 * ~100× what a normal file takes (bench: import.pdf); 200 000 items is ~100 pages of dense text.
 */
export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 30,
  maxItems: 200_000,
  timeoutMs: 20_000,
  maxHeapMb: 512,
};
