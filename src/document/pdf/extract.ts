import type { PdfLimits, PdfPage, PdfRead, PdfTextItem } from './types';
import { DEFAULT_PDF_LIMITS } from './types';

/**
 * Bytes in, positioned text out, with Mozilla's pdf.js (pdfjs-dist 5). Nothing here touches the
 * file system; the caller loads pdf.js (lazily, see src/cli/pdf-reader.ts) and passes it in,
 * with where its standard font data lives (pdf.js needs the metrics of the 14 standard fonts to
 * place text set in them, and in Node it reads them from that folder).
 *
 * pdf.js is given no chance to run anything: isEvalSupported false (no Function() for fonts),
 * no font faces, no system fonts, no scripting; streams and range requests off (we hand it the
 * whole file).
 */

/** The part of pdf.js's API this uses (so the adapter does not depend on its type package). */
export interface PdfJs {
  getDocument(source: Readonly<Record<string, unknown>>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

interface PdfJsDocument {
  readonly numPages: number;
  getPage(number: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}

interface PdfJsPage {
  readonly view: readonly number[];
  getTextContent(options?: Readonly<Record<string, unknown>>): Promise<{ items: readonly unknown[] }>;
  readonly commonObjs?: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean;
}

interface RawItem {
  readonly str?: unknown;
  readonly transform?: unknown;
  readonly width?: unknown;
  readonly fontName?: unknown;
}

const PDF_MAGIC = '%PDF-';

export async function extractPdfText(bytes: Uint8Array, pdfjs: PdfJs, standardFontDataUrl: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfRead> {
  if (bytes.length > limits.maxBytes) return { ok: false, error: { kind: 'too_large', detail: `${bytes.length} bytes, limit ${limits.maxBytes}` } };
  // The header may follow up to 1024 bytes of junk (PDF 32000-1 §7.5.2, Implementation note).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024 + PDF_MAGIC.length));
  if (!head.includes(PDF_MAGIC)) return { ok: false, error: { kind: 'not_pdf', detail: 'no %PDF- header' } };
  // pdf.js takes ownership of (and may detach) the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: PdfJsDocument;
  try {
    document = await task.promise;
  } catch (error) {
    return { ok: false, error: openError(error) };
  }
  try {
    const pages: PdfPage[] = [];
    let items = 0;
    const count = Math.min(document.numPages, limits.maxPages);
    for (let number = 1; number <= count; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: false });
      const kept: PdfTextItem[] = [];
      const bold = new Map<string, boolean>();
      for (const raw of content.items as readonly RawItem[]) {
        const item = textItem(raw, page, bold);
        if (!item) continue;
        if ((items += 1) > limits.maxItems) return { ok: false, error: { kind: 'too_large', detail: `more than ${limits.maxItems} text items` } };
        kept.push(item);
      }
      const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
      pages.push({ number, width: x1 - x0, height: y1 - y0, items: kept });
      page.cleanup();
    }
    if (pages.every((page) => page.items.every((item) => item.text.trim() === ''))) {
      return { ok: false, error: { kind: 'no_text', detail: `${document.numPages} page(s) without a text layer` } };
    }
    return { ok: true, text: { pages, pageCount: document.numPages } };
  } catch (error) {
    return { ok: false, error: { kind: 'corrupt', detail: detail(error) } };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

function textItem(raw: RawItem, page: PdfJsPage, bold: Map<string, boolean>): PdfTextItem | undefined {
  if (typeof raw.str !== 'string' || raw.str === '' || !Array.isArray(raw.transform)) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform as number[];
  // Rotated text (a watermark, a margin note) is not part of the reading flow.
  if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) return undefined;
  const fontName = typeof raw.fontName === 'string' ? raw.fontName : '';
  let isBold = bold.get(fontName);
  if (isBold === undefined) {
    isBold = false;
    try {
      // The font's PostScript name ("Helvetica-Bold", "ABCDEF+Arial-BoldMT") is on the loaded font object.
      const font = page.commonObjs?.has(fontName) ? (page.commonObjs.get(fontName) as { name?: unknown } | undefined) : undefined;
      isBold = typeof font?.name === 'string' && /bold|black|heavy|semibold|demi/i.test(font.name);
    } catch {
      isBold = false;
    }
    bold.set(fontName, isBold);
  }
  return { text: raw.str, x: e, y: f, width: typeof raw.width === 'number' ? raw.width : 0, size: Math.abs(d), bold: isBold };
}

function detail(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function openError(error: unknown): { readonly kind: 'encrypted' | 'not_pdf' | 'corrupt'; readonly detail: string } {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return { kind: 'encrypted', detail: detail(error) };
  if (name === 'InvalidPDFException') return { kind: 'not_pdf', detail: detail(error) };
  return { kind: 'corrupt', detail: detail(error) };
}
