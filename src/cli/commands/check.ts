import type { FieldKey, Finding, ReportedFinding } from '../../domain';
import { exitCodeFor, fieldByKey, fieldsEditedOutsidePane, reportFindings } from '../../domain';
import type { TrackedChange } from '../../document/ooxml';
import type { Command } from '../io';
import { EXIT } from '../io';
import { readProfile } from '../files';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { countBySeverity, findingLines } from '../report';
import { humanText, terminalSafe } from '../terminal';
import { fail, jsonMessage, wantsJson } from '../failure';
import { DOCX_TEXTS, checkDocument, collectDocx } from './docx-shared';

/** One entry of `reports` in the JSON output (contract §6). */
interface Report {
  readonly file: string;
  readonly ok: boolean;
  readonly values: Readonly<Record<string, string>>;
  readonly findings: readonly ReportedFinding[];
  readonly trackedChanges: readonly TrackedChange[];
  /** Fields whose text differs from the snapshot the add-in last wrote; [] without one (contract §6). */
  readonly editedOutsidePane: readonly FieldKey[];
  /**
   * Added to the contract's fields: the schema version the document declares (null if none).
   * Named `schema` like export's marker (contract §5), so one name means one thing in our JSON.
   */
  readonly schema?: string | null;
  /** Added for unreadable files and files without annotatie: why there is nothing to report. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** A progress bar is worth drawing only when checking takes a noticeable while. */
const PROGRESS_MIN_FILES = 20;
const BAR_WIDTH = 24;

/**
 * `annotatie check FILE.docx|DIR … [--json] [--profile P.json]` (contract §6). Exit 0 when no
 * document has error-level findings, 1 when one has, 2 when a file is unreadable, not a .docx,
 * or holds no annotatie (the worst code over all files wins).
 */
export const checkCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  const docx = DOCX_TEXTS[lang];
  // --json is known before the options parse (or when they fail to): a script gets its JSON either way.
  const json = wantsJson(args);
  const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, docx.checkUsage);
  const options = parseOptions(args, { flags: ['json'], values: ['profile'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  if (options.positionals.length === 0) return usageError(texts.wrongPositionals(lang === 'nl' ? 'BESTAND.docx of MAP' : 'FILE.docx or DIR'));
  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) return fail(io, json, profile);
  const { files, emptyDirs } = await collectDocx(io, options.positionals);
  for (const dir of emptyDirs) io.stderr(`${terminalSafe(docx.noDocxFound(dir))}\n`);

  const progress = io.stderrIsTTY && files.length >= PROGRESS_MIN_FILES;
  const drawProgress = (done: number): void => {
    const filled = Math.round((done / files.length) * BAR_WIDTH);
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${docx.progress(done, files.length)}`);
  };
  // Clear the bar before anything else reaches the terminal, so lines are not garbled.
  const clearProgress = (): void => {
    if (progress) io.stderr('\r\x1b[K');
  };
  const print = (text: string): void => {
    clearProgress();
    io.stdout(text);
  };

  const reports: Report[] = [];
  let exit: number = emptyDirs.length > 0 ? EXIT.usage : EXIT.ok;
  const counts = { files: files.length, clean: 0, withErrors: 0, unreadable: 0 };
  for (const [index, file] of files.entries()) {
    if (progress) drawProgress(index);
    const outcome = await checkDocument(io, file, profile.value, lang);
    if (outcome.status !== 'annotatie') {
      counts.unreadable += 1;
      exit = EXIT.usage;
      const code = outcome.status === 'no-annotatie' ? 'no_annotatie' : outcome.code;
      reports.push({ file, ok: false, values: {}, findings: [], trackedChanges: [], editedOutsidePane: [], error: { code, message: jsonMessage(outcome.message) } });
      if (!json) {
        clearProgress();
        io.stderr(`${terminalSafe(outcome.message)}\n`);
      }
      continue;
    }
    const { read, findings } = outcome;
    const fileExit = exitCodeFor(findings);
    exit = Math.max(exit, fileExit);
    if (fileExit === EXIT.ok) counts.clean += 1;
    else counts.withErrors += 1;
    // The domain's comparison, as the task pane's (a missing control has no text to compare).
    const missing = findings.flatMap((finding) => (finding.code === 'control_missing' && finding.field !== null ? [finding.field] : []));
    const editedOutsidePane = fieldsEditedOutsidePane(read.values, read.snapshot, { absent: missing });
    reports.push({
      file,
      ok: fileExit === EXIT.ok,
      values: read.values,
      findings: reportFindings(findings, lang, profile.value),
      trackedChanges: read.trackedChanges,
      editedOutsidePane,
      schema: read.schemaVersion,
    });
    if (!json) print(humanReport(file, findings, read.trackedChanges, editedOutsidePane, lang, profile.value, files.length > 1));
  }
  clearProgress();
  if (json) io.stdout(`${JSON.stringify({ reports }, null, 2)}\n`);
  else if (files.length > 1) io.stdout(`${docx.total(counts)}\n`);
  return exit;
};

function humanReport(
  file: string,
  findings: readonly Finding[],
  changes: readonly TrackedChange[],
  editedOutsidePane: readonly FieldKey[],
  lang: 'nl' | 'en',
  profile: Parameters<typeof findingLines>[2],
  header: boolean,
): string {
  const docx = DOCX_TEXTS[lang];
  const lines = [
    ...(header ? [docx.fileHeader(file)] : []),
    ...findingLines(findings, lang, profile),
    ...changes.map((change) => docx.trackedChange(change.type, change.author, change.date, fieldByKey(change.field).label[lang], oneLine(change.text))),
    ...(editedOutsidePane.length > 0 ? [docx.editedOutsidePane(editedOutsidePane.map((key) => fieldByKey(key).label[lang]).join(', '))] : []),
    CLI_TEXTS[lang].summary(countBySeverity(findings), file),
  ];
  return humanText(lines);
}

/** Tracked text on one line: paragraph breaks shown as ¶, long insertions shortened. */
function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\n/g, ' ¶ ').replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
