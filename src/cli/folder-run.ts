import type { Language } from '../domain/fields';
import type { CliIo } from './io';
import { EXIT } from './io';
import { CLI_TEXTS } from './messages';
import { systemReason } from './files';
import { terminalSafe } from './terminal';
import { jsonMessage } from './failure';
import type { SkipCode, WalkEntry } from './walk';
import { SKIP_CODES } from './walk';
import { readAhead } from './read-ahead';

/**
 * A folder run, as `check DIR` and `import DIR` both do it (issue 8, classes 7 and 8; issue 12,
 * point 3): walk the folders, turn every file into one entry (a report, or an error entry), and
 * write each entry the moment it and all before it are done, in the order of the walk. Memory
 * stays flat whatever the count: at most a few entries wait here, and the walk runs at most
 * WALK_AHEAD entries ahead. The JSON document is written opening, entry by entry, closing, byte
 * for byte what `JSON.stringify({ [collection]: [...], skipped? }, null, 2)` gives; --ndjson
 * writes one object per line. Every skip is said: listed under `skipped` (JSON), one line each
 * (NDJSON), or on stderr (people; the ordinary ones counted instead of listed).
 */

export type OutputFormat = 'human' | 'json' | 'ndjson';

/**
 * One file, already rendered for the chosen output: what the run writes for it and how it
 * counts. Plain strings and numbers, so a worker thread can hand it over as it is.
 */
export interface RenderedEntry {
  readonly outcome: 'clean' | 'errors' | 'unreadable';
  readonly exit: number;
  /** The entry: indented for --json (one element of the collection), one line for --ndjson, '' for people. */
  readonly entry: string;
  /** Human output: the entry on stdout, or the line on stderr saying why there is none. */
  readonly stdout: string;
  readonly stderr: string;
}

/** Worker threads that take files off this thread (check-pool.ts); this thread works too. */
export interface EntryPool {
  /** Whether a worker can take a file now without it waiting behind others. */
  readonly hasRoom: () => boolean;
  readonly check: (file: string) => Promise<RenderedEntry>;
  readonly close: () => Promise<void>;
}

export interface FolderTexts {
  /** `complete` is false while the folders are still being walked: `total` is what was found so far. */
  readonly progress: (done: number, total: number, complete: boolean) => string;
  readonly total: (counts: { readonly files: number; readonly clean: number; readonly withErrors: number; readonly unreadable: number }) => string;
  readonly skipped: (code: SkipCode, path: string, detail: string) => string;
  /** The ordinary skips of a human run (files of another kind, Word lock files), counted. */
  readonly skippedSummary: (otherFiles: number, lockFiles: number) => string;
  /** A folder that was given and holds nothing to work on. */
  readonly noneFound: (path: string) => string;
}

export interface FolderRun {
  readonly format: OutputFormat;
  readonly lang: Language;
  /** Human output: a total line at the end (folder runs and several files). */
  readonly total: boolean;
  /** The JSON array the entries go in: "reports" (check), "imports" (import). */
  readonly collection: string;
  readonly walk: AsyncIterator<WalkEntry>;
  readonly texts: FolderTexts;
  /** One file in this thread. Must not throw: a file's own failure is its entry. */
  readonly process: (file: string) => Promise<RenderedEntry>;
  /**
   * Worker threads for large runs: started once the walk has found `minFiles` files (below that
   * a thread cannot win back its start); `capacity` is how many files the workers take at once.
   */
  readonly pool?: { readonly minFiles: number; readonly start: () => { readonly pool: EntryPool; readonly capacity: number } | undefined };
}

/** A progress bar is worth drawing only when the work takes a noticeable while. */
const PROGRESS_MIN_FILES = 20;
const BAR_WIDTH = 24;

/** How far the folder walk may run ahead of the work (entries waiting, ~100 bytes each). */
const WALK_AHEAD = 10_000;

/** One entry of `skipped` in the JSON output: what the walk passed by, and why (contract addition). */
interface SkippedEntry {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

type FileEntry = WalkEntry & { readonly kind: 'file' };

/** What one walk entry becomes once its work is done, in walk order. */
type Done = { readonly entry: FileEntry; readonly result: RenderedEntry } | { readonly entry: Exclude<WalkEntry, { readonly kind: 'file' }> };

/** An entry on its way out: a file being worked on (by a worker or this thread), or done. */
interface Slot {
  readonly file?: FileEntry;
  running?: Promise<void>;
  done?: Done;
}

/** JSON.stringify never puts a raw line break inside a string, so indenting the lines is safe. */
function indentJson(value: unknown, indent: string): string {
  return indent + JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** An entry's text in the stream: an element of the collection (--json), a line (--ndjson), nothing (people). */
export function entryText(value: unknown, format: OutputFormat): string {
  if (format === 'json') return indentJson(value, '    ');
  return format === 'ndjson' ? JSON.stringify(value) : '';
}

/**
 * What an exception inside one file means for that file (issue 8, class 7): exhausting the
 * stack (nesting far beyond any real document) or the memory is the file's fault; anything else
 * is a bug of ours, reported as `unexpected` with its first line, never a stack trace.
 */
export type ExceptionKind = { readonly code: 'too_complex' } | { readonly code: 'out_of_memory' } | { readonly code: 'unexpected'; readonly reason: string };

export function classifyException(error: unknown): ExceptionKind {
  // An error from a worker thread arrives as a copy that is no longer `instanceof Error`.
  const message = typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(message)) return { code: 'too_complex' };
  if (error instanceof RangeError && /invalid (string|array) length|allocation failed/i.test(message)) return { code: 'out_of_memory' };
  return { code: 'unexpected', reason: message.split('\n')[0] ?? '' };
}

/** Runs the folder run and returns the exit code: the worst over all entries and skips. */
export async function runFolder(io: CliIo, run: FolderRun): Promise<number> {
  const { format, lang, texts } = run;
  const out = outputStream(io, format, run.collection);

  let found = 0;
  const source = run.walk;
  async function* counted(): AsyncGenerator<WalkEntry, void, undefined> {
    for (;;) {
      const step = await source.next();
      if (step.done === true) return;
      if (step.value.kind === 'file') found += 1;
      yield step.value;
    }
  }
  const walk = readAhead(counted(), WALK_AHEAD);
  // Enough of the walk to decide: whether a progress bar is worth it, whether workers are.
  const minFiles = run.pool?.minFiles ?? 0;
  await walk.until(() => found >= Math.max(PROGRESS_MIN_FILES, minFiles));
  const started = run.pool !== undefined && found >= minFiles ? run.pool.start() : undefined;
  const pool = started?.pool;
  const inFlight = (started?.capacity ?? 0) + 2;

  const progress = io.stderrIsTTY && found >= PROGRESS_MIN_FILES;
  let barShown = false;
  const drawProgress = (done: number): void => {
    if (!progress) return;
    const total = Math.max(found, done, 1);
    const filled = Math.round((done / total) * BAR_WIDTH);
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${texts.progress(done, found, walk.done())}`);
    barShown = true;
  };
  // Clear the bar before anything else reaches the terminal, so lines are not garbled.
  const clearProgress = (): void => {
    if (barShown) io.stderr('\r\x1b[K');
    barShown = false;
  };

  let exit: number = EXIT.ok;
  const counts = { files: 0, clean: 0, withErrors: 0, unreadable: 0 };
  const ordinarySkips = { otherFiles: 0, lockFiles: 0 };
  const skipped: SkippedEntry[] = [];

  const emit = (done: Done): void => {
    const { entry } = done;
    if (entry.kind === 'file' && 'result' in done) {
      const { result } = done;
      counts.files += 1;
      if (result.outcome === 'clean') counts.clean += 1;
      else if (result.outcome === 'errors') counts.withErrors += 1;
      else counts.unreadable += 1;
      exit = Math.max(exit, result.exit);
      clearProgress();
      if (format === 'human') {
        if (result.stdout !== '') io.stdout(result.stdout);
        if (result.stderr !== '') io.stderr(result.stderr);
      } else out.entry(result.entry);
      drawProgress(counts.files);
      return;
    }
    if (entry.kind === 'empty') {
      exit = EXIT.usage;
      clearProgress();
      io.stderr(`${terminalSafe(texts.noneFound(entry.path))}\n`);
      return;
    }
    if (entry.kind !== 'skipped') return;
    if (SKIP_CODES[entry.code].incomplete) exit = EXIT.usage;
    const message = texts.skipped(entry.code, entry.path, skipDetail(entry, lang));
    if (format !== 'human') {
      const item = { path: entry.path, code: entry.code, message: jsonMessage(message) };
      if (format === 'ndjson') out.line({ skipped: item });
      else skipped.push(item);
    } else if (entry.code === 'not_docx' || entry.code === 'not_importable') ordinarySkips.otherFiles += 1;
    else if (entry.code === 'word_lock_file') ordinarySkips.lockFiles += 1;
    else {
      clearProgress();
      io.stderr(`${terminalSafe(message)}\n`);
    }
  };

  out.begin();
  drawProgress(0);
  try {
    // Up to `inFlight` entries are under way; each is written the moment it and all before it
    // are done, so the order is the walk's and at most `inFlight` entries wait in memory. A
    // file goes to a worker if one has room; otherwise this thread takes it, but only when it
    // would otherwise wait: writing what is done comes first.
    const pending: Slot[] = [];
    let more = true;
    for (;;) {
      while (more && pending.length < inFlight) {
        const entry = await walk.next();
        if (entry === undefined) {
          more = false;
        } else if (entry.kind !== 'file') {
          pending.push({ done: { entry } });
        } else {
          const slot: Slot = { file: entry };
          if (pool?.hasRoom() === true) slot.running = pool.check(entry.path).then((result) => void (slot.done = { entry, result }));
          pending.push(slot);
        }
      }
      const head = pending[0];
      if (head === undefined) break;
      if (head.done !== undefined) {
        pending.shift();
        emit(head.done);
        // A slow reader of a pipe must not make the entries pile up here.
        await io.drain?.();
        continue;
      }
      const mine = pending.find((slot) => slot.done === undefined && slot.running === undefined);
      if (mine?.file !== undefined) {
        const { file } = mine;
        mine.running = run.process(file.path).then((result) => void (mine.done = { entry: file, result }));
        await mine.running;
      } else {
        await head.running;
      }
    }
  } catch (error) {
    // Not a file's fault (each file's own failure is its entry): a bug of ours. The entries
    // written so far stay valid; the document is still closed, with the error beside them.
    clearProgress();
    const reason = error instanceof Error ? error.message : String(error);
    const failure = { code: 'unexpected', message: CLI_TEXTS[lang].unexpected(reason.split('\n')[0] ?? '') };
    io.stderr(`${terminalSafe(failure.message)}\n`);
    out.end(skipped, { code: failure.code, message: jsonMessage(failure.message) });
    return EXIT.usage;
  } finally {
    await pool?.close();
  }
  clearProgress();
  out.end(skipped);
  if (ordinarySkips.otherFiles + ordinarySkips.lockFiles > 0) io.stderr(`${terminalSafe(texts.skippedSummary(ordinarySkips.otherFiles, ordinarySkips.lockFiles))}\n`);
  if (format === 'human' && run.total) io.stdout(`${texts.total(counts)}\n`);
  return exit;
}

function skipDetail(entry: WalkEntry & { readonly kind: 'skipped' }, lang: Language): string {
  if (entry.detail === undefined) return '';
  return typeof entry.detail === 'string' ? entry.detail : systemReason(entry.detail, lang);
}

interface OutputStream {
  readonly begin: () => void;
  readonly entry: (text: string) => void;
  readonly line: (value: unknown) => void;
  readonly end: (skipped: readonly SkippedEntry[], error?: { readonly code: string; readonly message: string }) => void;
}

/** The JSON document written piece by piece: the opening, each entry as it completes, the closing. */
function outputStream(io: CliIo, format: OutputFormat, collection: string): OutputStream {
  let entries = 0;
  return {
    begin: () => {
      if (format === 'json') io.stdout(`{\n  ${JSON.stringify(collection)}: [`);
    },
    entry: (text) => {
      io.stdout(format === 'json' ? `${entries === 0 ? '\n' : ',\n'}${text}` : `${text}\n`);
      entries += 1;
    },
    line: (value) => io.stdout(`${JSON.stringify(value)}\n`),
    end: (skipped, error) => {
      if (format === 'ndjson') {
        if (error !== undefined) io.stdout(`${JSON.stringify({ error })}\n`);
        return;
      }
      if (format !== 'json') return;
      let tail = entries === 0 ? ']' : '\n  ]';
      if (skipped.length > 0) tail += `,\n  "skipped": ${indentJson(skipped, '  ').trimStart()}`;
      if (error !== undefined) tail += `,\n  "error": ${indentJson(error, '  ').trimStart()}`;
      io.stdout(`${tail}\n}\n`);
    },
  };
}
