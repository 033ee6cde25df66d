import type { Profile, ValidationContext } from '../../domain';
import { DEFAULT_PROFILE, loadProfile, todayIn } from '../../domain';
import type { CliIo, Command } from '../io';
import { readProfileText } from '../files';
import { readCalendar, readToday } from '../calendar-option';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { terminalSafe } from '../terminal';
import { fail, jsonMode } from '../failure';
import { DOCX_TEXTS } from '../docx-texts';
import type { OutputFormat, RenderOptions } from '../check-file';
import { checkFile } from '../check-file';
import type { WorkerInit } from '../check-pool';
import { TASKS_PER_WORKER, startPool } from '../check-pool';
import { walkDocx } from '../walk';
import { runFolder } from '../folder-run';

/**
 * Below this many documents a worker thread cannot win back its start: it took about 100 ms to
 * be ready on the (busy) development machine (cli.workerStart.ms in bench/cli.bench.ts) and a
 * small document 1–2 ms to check in one thread (cli.check2000.oneThread.ms / 2,000); sharing N
 * documents with it saves at most N/2 of those.
 */
export const POOL_MIN_FILES = 96;

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
  if (options.positionals.length === 0) return usageError(texts.wrongPositionals(texts.operands.check));
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

/**
 * The folder run (folder-run.ts) with check's own parts: the documents are .docx files, each
 * checked by checkFile here or in a worker thread (check-pool.ts) for large folders.
 */
function runCheck(io: CliIo, paths: readonly string[], render: RenderOptions, init: WorkerInit): Promise<number> {
  const docx = DOCX_TEXTS[render.lang];
  return runFolder(io, {
    format: render.format,
    lang: render.lang,
    total: render.header,
    collection: 'reports',
    walk: walkDocx(io, paths),
    texts: { progress: docx.progress, total: docx.total, skipped: docx.skipped, skippedSummary: docx.skippedSummary, noneFound: docx.noDocxFound },
    process: (file) => checkFile(io, file, render),
    pool: {
      minFiles: POOL_MIN_FILES,
      start: () => {
        // This thread checks too, between writing reports, so N threads are N - 1 workers: one
        // thread fewer to start, each of which loads, compiles and warms up the reader on its
        // own (cli.workerStart.ms in bench/cli.bench.ts).
        const workers = io.workers === undefined ? 0 : io.workers.count - 1;
        if (workers <= 0 || io.workers === undefined) return undefined;
        return { pool: startPool(io, io.workers.script, workers, init, render), capacity: workers * TASKS_PER_WORKER };
      },
    },
  });
}
