import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_PDF_LIMITS } from '../document/pdf';
import type { PdfLimits, PdfRead } from '../document/pdf';
import type { PdfRequest, PdfResponse, PdfWorkerData } from './pdf-worker';

/**
 * Reads PDFs in a worker thread, so a hostile or broken file cannot take the command down: a
 * file that takes longer than the time limit is stopped by terminating the worker (pdf.js runs
 * its parser on the thread it lives on, so a timer on that thread would never fire), and one
 * that exhausts the worker's heap ends that worker only. The next file gets a fresh worker.
 *
 * The worker is its own bundle, lib/cli/pdf-worker.cjs (pdf-worker.ts; scripts/build-cli.mjs),
 * the way `check` has check-worker.cjs: the command line tells where it is (CliIo.pdfWorker). It
 * is started on the first PDF, so other commands and non-PDF imports never load pdf.js.
 */
export interface PdfReader {
  read(bytes: Uint8Array): Promise<PdfRead>;
  close(): Promise<void>;
}

/**
 * Where the built worker is when nobody says: from src/cli under jest, or lib/bench/*.cjs under
 * npm run bench, both two levels below the repository. The command line always says (main.ts).
 */
function builtPdfWorker(): string {
  return join(__dirname, '..', '..', 'lib', 'cli', 'pdf-worker.cjs');
}

function pdfjsLocation(): { readonly pdfjsUrl: string; readonly standardFontDataUrl: string } | undefined {
  try {
    const main = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    return { pdfjsUrl: pathToFileURL(main).href, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
  } catch {
    return undefined;
  }
}

export function workerPdfReader(limits: PdfLimits = DEFAULT_PDF_LIMITS, script: string = builtPdfWorker()): PdfReader {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, (result: PdfRead) => void>();

  const fail = (kind: 'timeout' | 'out_of_memory' | 'corrupt', detail: string): void => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { kind, detail } });
    pending.clear();
  };

  const start = (): Worker | PdfRead => {
    const location = pdfjsLocation();
    if (!location || !existsSync(script)) return { ok: false, error: { kind: 'unavailable', detail: location ? `${script} missing` : 'pdfjs-dist not installed' } };
    const data: PdfWorkerData = { annotatiePdfWorker: true, ...location };
    const started = new Worker(script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb }, stdout: true, stderr: true });
    // pdf.js warns on stdout/stderr about fonts and broken objects; our output stays one JSON document.
    started.stdout.resume();
    started.stderr.resume();
    started.on('message', (response: PdfResponse) => {
      const resolve = pending.get(response.id);
      pending.delete(response.id);
      resolve?.(response.result);
    });
    started.on('error', (error: Error & { code?: string }) => {
      worker = undefined;
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'corrupt', error.message);
    });
    started.on('exit', () => {
      if (worker === started) worker = undefined;
      fail('corrupt', 'the PDF reader stopped unexpectedly');
    });
    started.unref();
    return started;
  };

  return {
    read(bytes) {
      if (bytes.length > limits.maxBytes) return Promise.resolve({ ok: false, error: { kind: 'too_large', detail: `${bytes.length} bytes, limit ${limits.maxBytes}` } });
      if (!worker) {
        const started = start();
        if (!(started instanceof Worker)) return Promise.resolve(started);
        worker = started;
      }
      const current = worker;
      const id = (nextId += 1);
      return new Promise<PdfRead>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, error: { kind: 'timeout', detail: `over ${limits.timeoutMs} ms` } });
          if (worker === current) worker = undefined;
          void current.terminate();
        }, limits.timeoutMs);
        pending.set(id, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        const request: PdfRequest = { id, bytes, limits };
        current.postMessage(request);
      });
    },
    async close() {
      const current = worker;
      worker = undefined;
      if (current) await current.terminate();
    },
  };
}
