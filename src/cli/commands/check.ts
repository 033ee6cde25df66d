import type { Language, Profile, ValidationContext } from '../../domain';
import { DEFAULT_PROFILE, loadProfile, todayIn } from '../../domain';
import type { CliIo, Command } from '../io';
import { EXIT } from '../io';
import { readProfileText, systemReason } from '../files';
import { readCalendar, readToday } from '../calendar-option';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { terminalSafe } from '../terminal';
import { fail, jsonMessage, jsonMode } from '../failure';
import { DOCX_TEXTS } from '../docx-texts';
import type { CheckedFile, OutputFormat, RenderOptions } from '../check-file';
import { checkFile, indentJson } from '../check-file';
import type { CheckPool, WorkerInit } from '../check-pool';
import { TASKS_PER_WORKER, startPool } from '../check-pool';
import type { WalkEntry } from '../walk';
import { SKIP_CODES, walkDocx } from '../walk';
import { readAhead } from '../read-ahead';

/** A progress bar is worth drawing only when checking takes a noticeable while. */
const PROGRESS_MIN_FILES = 20;
const BAR_WIDTH = 24;

/**
 * Below this many documents a worker thread cannot win back its start: it took about 100 ms to
 * be ready on the (busy) development machine (cli.workerStart.ms in bench/cli.bench.ts) and a
 * small document 1–2 ms to check in one thread (cli.check2000.oneThread.ms / 2,000); sharing N
 * documents with it saves at most N/2 of those.
 */
export const POOL_MIN_FILES = 96;

/** How far the folder walk may run ahead of the checks (entries waiting, ~100 bytes each). */
const WALK_AHEAD = 10_000;

/** One entry of `skipped` in the JSON output: what the walk passed by, and why (contract addition). */
interface SkippedEntry {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * `annotatie check FILE.docx|DIR … [--json|--ndjson] [--profile P.json] [--calendar CAL.ics]
 * [--today YYYY-MM-DD]` (contract §6). Exit 0 when no document has error-level findings, 1 when one has, 2 when a file is unreadable, not a
 * .docx, holds no annotatie, or a folder could not be searched (the worst code wins).
 *
 * Output streams (issue 8, class 8): each report is written as soon as it is ready, in the
 * order of the walk, so memory stays flat whatever the number of documents. With --json the
 * stream is still one JSON document, byte for byte what `JSON.stringify({ reports }, null, 2)`
 * gives, plus `"skipped": [ … ]` at the end when the walk passed something by. With --ndjson
 * every line is one JSON object: a report, or `{ "skipped": { path, code, message } }`.
 */
export const checkCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  const docx = DOCX_TEXTS[lang];
  // The JSON form is known before the options parse (or when they fail to): a script gets its JSON either way.
  const json = jsonMode(args);
  const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, docx.checkUsage);
  const options = parseOptions(args, { flags: ['json', 'ndjson'], values: ['profile', 'calendar', 'today'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  if (options.flags.has('json') && options.flags.has('ndjson')) return usageError(docx.oneJsonFormat);
  if (options.positionals.length === 0) return usageError(texts.wrongPositionals(lang === 'nl' ? 'BESTAND.docx of MAP' : 'FILE.docx or DIR'));
  const today = readToday(options.values.get('today'), lang);
  if (!today.ok) return usageError(today.message);

  let profile: Profile = DEFAULT_PROFILE;
  let profileSource: WorkerInit['profile'];
  const profilePath = options.values.get('profile');
  if (profilePath !== undefined) {
    const text = await readProfileText(io, profilePath, lang);
    if (!text.ok) return fail(io, json, text);
    const loaded = loadProfile(text.value, profilePath, lang);
    if (!loaded.ok) return fail(io, json, { code: 'bad_profile', message: texts.badProfile(loaded.error) });
    profile = loaded.profile;
    profileSource = { text: text.value, name: profilePath };
  }
  const calendar = await readCalendar(io, options.values.get('calendar'), profile, lang);
  if (!calendar.ok) return fail(io, json, calendar);
  for (const note of calendar.value?.notes ?? []) io.stderr(`${terminalSafe(note)}\n`);
  // One calendar and one today for the whole run: every document is judged on the same day, in
  // this thread and in every worker (which get the parsed meetings, not the file: see check-pool.ts).
  const context: ValidationContext = { ...(calendar.value ? { calendar: calendar.value.calendar } : {}), today: today.value ?? todayIn() };
  const format: OutputFormat = options.flags.has('ndjson') ? 'ndjson' : options.flags.has('json') ? 'json' : 'human';
  // A `== file` line above each report, and a total at the end, when there can be more than one.
  const header = options.positionals.length > 1 || (await isDirectory(io, options.positionals[0] ?? ''));
  const render: RenderOptions = { format, lang, profile, header, context };
  const init: WorkerInit = {
    lang,
    format,
    header,
    today: context.today ?? todayIn(),
    ...(profileSource ? { profile: profileSource } : {}),
    ...(calendar.value ? { meetings: calendar.value.calendar.meetings } : {}),
  };
  return runCheck(io, options.positionals, render, init);
};

async function isDirectory(io: CliIo, path: string): Promise<boolean> {
  try {
    return (await io.stat(path)).kind === 'directory';
  } catch {
    return false;
  }
}

type FileEntry = WalkEntry & { readonly kind: 'file' };

/** What one walk entry becomes once its check is done, in walk order. */
type Done = { readonly entry: FileEntry; readonly result: CheckedFile } | { readonly entry: Exclude<WalkEntry, { readonly kind: 'file' }> };

/** An entry on its way out: a file being checked (by a worker or this thread), or done. */
interface Slot {
  readonly file?: FileEntry;
  running?: Promise<void>;
  done?: Done;
}

async function runCheck(io: CliIo, paths: readonly string[], render: RenderOptions, init: WorkerInit): Promise<number> {
  const { format, lang } = render;
  const docx = DOCX_TEXTS[lang];
  const out = outputStream(io, format);

  let found = 0;
  async function* counted(): AsyncGenerator<WalkEntry, void, undefined> {
    for await (const entry of walkDocx(io, paths)) {
      if (entry.kind === 'file') found += 1;
      yield entry;
    }
  }
  const walk = readAhead(counted(), WALK_AHEAD);
  // Enough of the walk to decide: few documents are checked here, many in worker threads.
  await walk.until(() => found >= POOL_MIN_FILES);
  // This thread checks too, between writing reports, so N threads are N - 1 workers: one thread
  // fewer to start, each of which loads, compiles and warms up the reader on its own
  // (cli.workerStart.ms in bench/cli.bench.ts).
  const workers = io.workers !== undefined && found >= POOL_MIN_FILES ? io.workers.count - 1 : 0;
  const pool: CheckPool | undefined = workers > 0 && io.workers !== undefined ? startPool(io, io.workers.script, workers, init, render) : undefined;
  const inFlight = workers * TASKS_PER_WORKER + 2;

  const progress = io.stderrIsTTY && found >= PROGRESS_MIN_FILES;
  let barShown = false;
  const drawProgress = (done: number): void => {
    if (!progress) return;
    const total = Math.max(found, done, 1);
    const filled = Math.round((done / total) * BAR_WIDTH);
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${docx.progress(done, found, walk.done())}`);
    barShown = true;
  };
  // Clear the bar before anything else reaches the terminal, so lines are not garbled.
  const clearProgress = (): void => {
    if (barShown) io.stderr('\r\x1b[K');
    barShown = false;
  };

  let exit: number = EXIT.ok;
  const counts = { files: 0, clean: 0, withErrors: 0, unreadable: 0 };
  const ordinarySkips = { notDocx: 0, lockFiles: 0 };
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
      } else out.report(result.entry);
      drawProgress(counts.files);
      return;
    }
    if (entry.kind === 'empty') {
      exit = EXIT.usage;
      clearProgress();
      io.stderr(`${terminalSafe(docx.noDocxFound(entry.path))}\n`);
      return;
    }
    if (entry.kind !== 'skipped') return;
    if (SKIP_CODES[entry.code].incomplete) exit = EXIT.usage;
    const message = docx.skipped(entry.code, entry.path, skipDetail(entry, lang));
    if (format !== 'human') {
      const item = { path: entry.path, code: entry.code, message: jsonMessage(message) };
      if (format === 'ndjson') out.line({ skipped: item });
      else skipped.push(item);
    } else if (entry.code === 'not_docx') ordinarySkips.notDocx += 1;
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
    // are done, so the order is the walk's and at most `inFlight` reports wait in memory. A
    // document goes to a worker if one has room; otherwise this thread checks it, but only
    // when it would otherwise wait: writing what is done comes first.
    const pending: Slot[] = [];
    let source = true;
    for (;;) {
      while (source && pending.length < inFlight) {
        const entry = await walk.next();
        if (entry === undefined) {
          source = false;
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
        // A slow reader of a pipe must not make the reports pile up here.
        await io.drain?.();
        continue;
      }
      const mine = pending.find((slot) => slot.done === undefined && slot.running === undefined);
      if (mine?.file !== undefined) {
        const { file } = mine;
        mine.running = checkFile(io, file.path, render).then((result) => void (mine.done = { entry: file, result }));
        await mine.running;
      } else {
        await head.running;
      }
    }
  } catch (error) {
    // Not a document's fault (each document's own failure is its entry): a bug of ours. The
    // reports written so far stay valid; the document is still closed, with the error beside them.
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
  if (ordinarySkips.notDocx + ordinarySkips.lockFiles > 0) io.stderr(`${terminalSafe(docx.skippedSummary(ordinarySkips.notDocx, ordinarySkips.lockFiles))}\n`);
  if (format === 'human' && render.header) io.stdout(`${docx.total(counts)}\n`);
  return exit;
}

function skipDetail(entry: WalkEntry & { readonly kind: 'skipped' }, lang: Language): string {
  if (entry.detail === undefined) return '';
  return typeof entry.detail === 'string' ? entry.detail : systemReason(entry.detail, lang);
}

interface OutputStream {
  readonly begin: () => void;
  readonly report: (entry: string) => void;
  readonly line: (value: unknown) => void;
  readonly end: (skipped: readonly SkippedEntry[], error?: { readonly code: string; readonly message: string }) => void;
}

/**
 * The JSON document written piece by piece: the opening, each report as it completes, the
 * closing. Byte for byte JSON.stringify({ reports, skipped? }, null, 2), which a test checks.
 */
function outputStream(io: CliIo, format: OutputFormat): OutputStream {
  let reports = 0;
  return {
    begin: () => {
      if (format === 'json') io.stdout('{\n  "reports": [');
    },
    report: (entry) => {
      io.stdout(format === 'json' ? `${reports === 0 ? '\n' : ',\n'}${entry}` : `${entry}\n`);
      reports += 1;
    },
    line: (value) => io.stdout(`${JSON.stringify(value)}\n`),
    end: (skipped, error) => {
      if (format === 'ndjson') {
        if (error !== undefined) io.stdout(`${JSON.stringify({ error })}\n`);
        return;
      }
      if (format !== 'json') return;
      let tail = reports === 0 ? ']' : '\n  ]';
      if (skipped.length > 0) tail += `,\n  "skipped": ${indentJson(skipped, '  ').trimStart()}`;
      if (error !== undefined) tail += `,\n  "error": ${indentJson(error, '  ').trimStart()}`;
      io.stdout(`${tail}\n}\n`);
    },
  };
}
