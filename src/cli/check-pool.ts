import { Worker } from 'node:worker_threads';
import type { CalendarDate, Language, Meeting } from '../domain';
import type { CheckedFile, OutputFormat, RenderOptions } from './check-file';
import { checkFile, exceptionEntry, failedEntry } from './check-file';
import type { CliIo } from './io';
import { DOCX_TEXTS } from './docx-texts';

/** What every worker needs to check and render like this thread would (see check-worker.ts). */
export interface WorkerInit {
  readonly lang: Language;
  readonly format: OutputFormat;
  readonly header: boolean;
  /** The --profile file's text and name, loaded again in the worker; absent for Zoetermeer's. */
  readonly profile?: { readonly text: string; readonly name: string };
  /** The day the whole run is judged on (--today, or this thread's clock when the run began). */
  readonly today: CalendarDate;
  /**
   * The --calendar file's meetings, as this thread parsed them: plain objects, so they cross to
   * the worker as a structured clone and the worker only indexes them again (new
   * MeetingCalendar). The .ics is parsed once per run, and ical.js stays out of the worker.
   */
  readonly meetings?: readonly Meeting[];
}

export interface WorkerTask {
  readonly id: number;
  readonly file: string;
}

/** A worker's messages: `ready` once it has loaded (bundle and profile), then one answer per task. */
export type WorkerMessage = { readonly ready: true } | { readonly id: number; readonly result: CheckedFile };

export interface CheckPool {
  /** Whether a worker can take a task now without one waiting behind two others. */
  readonly hasRoom: () => boolean;
  readonly check: (file: string) => Promise<CheckedFile>;
  readonly close: () => Promise<void>;
}

/**
 * A worker's heap is capped, so one document that makes the reader balloon (issue 8 found
 * 4 GB for 100 KB of nested namespaces) ends that worker with its own error entry instead of
 * the whole run. The budget is far above what checking a real document takes: the largest the
 * reader accepts (192 MiB unpacked) peaks well below it (bench/docx.bench.ts measures a 20 MB one).
 */
const WORKER_HEAP_MB = 1536;

/** Two tasks per worker keep it busy while its last answer travels back; more only wait. */
export const TASKS_PER_WORKER = 4;

interface Pending {
  readonly task: WorkerTask;
  readonly resolve: (result: CheckedFile) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Tasks sent to this worker, oldest first; the worker answers them in order (check-worker.ts). */
  readonly pending: Pending[];
  /** Whether it said it is ready: a worker that dies before that could not load at all. */
  ready: boolean;
  failure?: Error;
}

/**
 * A small pool of worker threads running lib/cli/check-worker.cjs: each task is one file, each
 * answer the rendered report. A worker that dies (out of memory, a crash in native code) costs
 * only the document it was on: that one gets an error entry, the others it held go to a fresh
 * worker. If workers cannot start at all, the documents are checked in this thread instead.
 */
export function startPool(io: CliIo, script: string, count: number, init: WorkerInit, options: RenderOptions): CheckPool {
  let nextId = 0;
  let broken = false;
  let closing = false;
  const slots: Slot[] = [];

  const inThisThread = (file: string): Promise<CheckedFile> => checkFile(io, file, options);

  const spawn = (): Slot => {
    const worker = new Worker(script, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, stdout: false, stderr: false });
    const slot: Slot = { worker, pending: [], ready: false };
    worker.on('message', (answer: WorkerMessage) => {
      if ('ready' in answer) {
        slot.ready = true;
        return;
      }
      const head = slot.pending[0];
      if (head?.task.id !== answer.id) return; // cannot happen: a worker answers in order
      slot.pending.shift();
      head.resolve(answer.result);
    });
    worker.on('error', (error) => {
      slot.failure = error;
    });
    worker.on('exit', () => {
      const index = slots.indexOf(slot);
      if (index !== -1) slots.splice(index, 1);
      if (closing) return;
      const [head, ...rest] = slot.pending;
      if (!slot.ready) {
        // It never got going (bundle missing, too little memory for a thread): check here, and
        // do not try again; the documents are the same, only slower.
        broken = true;
        for (const pending of slot.pending) void inThisThread(pending.task.file).then(pending.resolve);
        return;
      }
      if (head !== undefined) head.resolve(workerDeath(head.task.file, slot.failure, options));
      for (const pending of rest) dispatch(pending);
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = (pending: Pending): void => {
    if (broken) {
      void inThisThread(pending.task.file).then(pending.resolve);
      return;
    }
    const slot = slots.length < count ? spawn() : slots.reduce((best, candidate) => (candidate.pending.length < best.pending.length ? candidate : best));
    slot.pending.push(pending);
    slot.worker.postMessage(pending.task);
  };

  return {
    hasRoom: () => !broken && (slots.length < count || slots.some((slot) => slot.pending.length < TASKS_PER_WORKER)),
    check: (file) =>
      new Promise((resolve) => {
        nextId += 1;
        dispatch({ task: { id: nextId, file }, resolve });
      }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

function workerDeath(file: string, failure: Error | undefined, options: RenderOptions): CheckedFile {
  const code = failure !== undefined && 'code' in failure ? failure.code : undefined;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return failedEntry(file, 'out_of_memory', DOCX_TEXTS[options.lang].outOfMemory(file), options);
  return exceptionEntry(file, failure ?? new Error(DOCX_TEXTS[options.lang].workerStopped), options);
}
