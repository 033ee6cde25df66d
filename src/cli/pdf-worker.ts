import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { extractPdfText } from '../document/pdf';
import type { PdfJs, PdfLimits, PdfRead } from '../document/pdf';

/**
 * The inside of the worker thread that reads PDFs (see pdf-reader.ts), bundled on its own as
 * lib/cli/pdf-worker.cjs: loads pdf.js once, then answers one message per file. pdf.js is
 * imported here and only here, by file URL at run time, so no bundle holds it and neither the
 * other commands nor the task pane ever load it.
 */
export interface PdfWorkerData {
  readonly annotatiePdfWorker: true;
  /** file: URL of pdfjs-dist/legacy/build/pdf.mjs (the build for Node). */
  readonly pdfjsUrl: string;
  /** Folder of pdf.js's standard font data, ending in a slash. */
  readonly standardFontDataUrl: string;
}

export interface PdfRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly limits: PdfLimits;
}

export interface PdfResponse {
  readonly id: number;
  readonly result: PdfRead;
}

function isPdfWorker(): boolean {
  return typeof workerData === 'object' && workerData !== null && (workerData as Partial<PdfWorkerData>).annotatiePdfWorker === true;
}

function runPdfWorker(): void {
  const data = workerData as PdfWorkerData;
  const port = parentPort;
  if (!port) return;
  let loading: Promise<PdfJs> | undefined;
  port.on('message', (request: PdfRequest) => {
    void (async () => {
      let result: PdfRead;
      try {
        // A variable specifier: the bundler leaves this a real import() of the installed package.
        const url = data.pdfjsUrl;
        loading ??= import(url) as Promise<PdfJs>;
        const pdfjs = await loading.catch((error: unknown) => {
          loading = undefined;
          throw Object.assign(new Error(String(error)), { unavailable: true });
        });
        result = await extractPdfText(request.bytes, pdfjs, data.standardFontDataUrl, request.limits);
      } catch (error) {
        const unavailable = typeof error === 'object' && error !== null && 'unavailable' in error;
        result = { ok: false, error: { kind: unavailable ? 'unavailable' : 'corrupt', detail: error instanceof Error ? error.message : String(error) } };
      }
      const response: PdfResponse = { id: request.id, result };
      port.postMessage(response);
    })();
  });
}

// The bundle runs this when a PDF reader starts it; anything else that loads the module (a type
// import compiled away, a test) is not a PDF worker and gets only the exports.
if (!isMainThread && isPdfWorker()) runPdfWorker();
