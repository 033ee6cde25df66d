import type { FieldKey, Finding, Language, Profile, ReportedFinding, ValidationContext } from '../domain';
import { exitCodeFor, fieldByKey, fieldsEditedOutsidePane, reportFindings } from '../domain';
import type { TrackedChange } from '../document/ooxml';
import type { CliIo } from './io';
import { EXIT } from './io';
import { CLI_TEXTS } from './messages';
import { countBySeverity, findingLines } from './report';
import { humanText, terminalSafe } from './terminal';
import { jsonMessage } from './failure';
import { DOCX_TEXTS } from './docx-texts';
import { checkDocument } from './commands/docx-shared';
import type { OutputFormat, RenderedEntry } from './folder-run';
import { classifyException, entryText } from './folder-run';

export type { OutputFormat } from './folder-run';

/** One entry of `reports` in the JSON output (contract §6). */
export interface Report {
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

export interface RenderOptions {
  readonly format: OutputFormat;
  readonly lang: Language;
  readonly profile: Profile;
  /** Human output: a `== file` line above each report (folder runs and several files). */
  readonly header: boolean;
  /** The meeting calendar and today's date, the same for every document of a run. */
  readonly context: ValidationContext;
}

/**
 * One checked document, already rendered for the chosen output (folder-run.ts): what `check`
 * writes for it and how it counts. Plain strings and numbers, so a worker thread can hand it
 * over as it is (the structured clone of a string is a copy, nothing to rebuild).
 */
export type CheckedFile = RenderedEntry;

/** The report of a document that could not be checked: an error entry with a stable code. */
export function failedEntry(file: string, code: string, message: string, options: RenderOptions): CheckedFile {
  const report: Report = { file, ok: false, values: {}, findings: [], trackedChanges: [], editedOutsidePane: [], error: { code, message: jsonMessage(message) } };
  return { outcome: 'unreadable', exit: EXIT.usage, entry: entryText(report, options.format), stdout: '', stderr: options.format === 'human' ? `${terminalSafe(message)}\n` : '' };
}

/**
 * What an exception inside one document means for that document (issue 8, class 7): its own
 * error entry, and the run goes on. Exhausting the stack (nesting far beyond any real document)
 * or the memory is the document's fault and said so; anything else is a bug of ours, reported
 * as `unexpected` with its first line, never a stack trace.
 */
export function exceptionEntry(file: string, error: unknown, options: RenderOptions): CheckedFile {
  const texts = DOCX_TEXTS[options.lang];
  const kind = classifyException(error);
  if (kind.code === 'too_complex') return failedEntry(file, 'too_complex', texts.tooComplex(file), options);
  if (kind.code === 'out_of_memory') return failedEntry(file, 'out_of_memory', texts.outOfMemory(file), options);
  return failedEntry(file, 'unexpected', texts.unexpected(file, kind.reason), options);
}

/** Reads, checks and renders one document. Never throws. */
export async function checkFile(io: CliIo, file: string, options: RenderOptions): Promise<CheckedFile> {
  try {
    const outcome = await checkDocument(io, file, options.profile, options.lang, options.context);
    if (outcome.status !== 'annotatie') return failedEntry(file, outcome.status === 'no-annotatie' ? 'no_annotatie' : outcome.code, outcome.message, options);
    const { read, findings } = outcome;
    const exit = exitCodeFor(findings);
    // The domain's comparison, as the task pane's (a missing control has no text to compare).
    const missing = findings.flatMap((finding) => (finding.code === 'control_missing' && finding.field !== null ? [finding.field] : []));
    const editedOutsidePane = fieldsEditedOutsidePane(read.values, read.snapshot, { absent: missing });
    const report: Report = {
      file,
      ok: exit === EXIT.ok,
      values: read.values,
      findings: reportFindings(findings, options.lang, options.profile),
      trackedChanges: read.trackedChanges,
      editedOutsidePane,
      schema: read.schemaVersion,
    };
    return {
      outcome: exit === EXIT.ok ? 'clean' : 'errors',
      exit,
      entry: entryText(report, options.format),
      stdout: options.format === 'human' ? humanReport(file, findings, read.trackedChanges, editedOutsidePane, options) : '',
      stderr: '',
    };
  } catch (error) {
    return exceptionEntry(file, error, options);
  }
}

function humanReport(
  file: string,
  findings: readonly Finding[],
  changes: readonly TrackedChange[],
  editedOutsidePane: readonly FieldKey[],
  options: RenderOptions,
): string {
  const { lang, profile } = options;
  const docx = DOCX_TEXTS[lang];
  const lines = [
    ...(options.header ? [docx.fileHeader(file)] : []),
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
