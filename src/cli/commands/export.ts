import { FIELDS, exitCodeFor, exportBatch, exportCsvText, exportEntry, exportJsonText, oriExport, oriJsonText } from '../../domain';
import type { ExportEntry, ExportError, OriExport, TypedValue } from '../../domain';
import type { Command } from '../io';
import { EXIT } from '../io';
import { readProfile } from '../files';
import { readCalendar } from '../calendar-option';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { humanText, terminalSafe } from '../terminal';
import { fail, jsonMessage, wantsJson } from '../failure';
import { DOCX_TEXTS, checkDocument } from './docx-shared';

/**
 * `annotatie export FILE.docx … [--json|--csv|--ori] [--profile P.json] [--calendar CAL.ics]`
 * (contract §5, §6): the values typed by the domain (ISO dates, E.164 phones, names as a list,
 * empty as null).
 * - JSON: one file → `{ "file", "schema", "values" }`; several → `{ "exports": [ … ] }`, plus
 *   `"errors": [ { "file", "code", "message" } ]` when some failed; a usage or file problem
 *   that stops the run → `{ "error": { "code", "message" } }`.
 * - CSV (RFC 4180): header `file,<key>,<key>…` in field order, then one row per document;
 *   lists are joined with a line break inside the quoted cell, null is an empty cell.
 * - ORI: one file → `{ "informatieobject", "vergaderingen", "agendapunten" }` (the domain's
 *   oriExport, Open Raadsinformatie 2.0.0-beta.4); several → `{ "exports": [ { "file", … } ] }`.
 *   Needs the profile's gemeentecode; --calendar lends meetings their UID, name and times.
 * Exit codes as everywhere (§6): 2 when a file is unreadable or has no annotatie, else 1 when a
 * document has error-level findings (the data is still exported), else 0.
 */
export const exportCommand: Command = async ({ io, args, lang }) => {
  const texts = CLI_TEXTS[lang];
  const docx = DOCX_TEXTS[lang];
  // --json is known before the options parse (or when they fail to): a script gets its JSON
  // either way. With --csv too that is a usage error, reported as JSON since it was asked for.
  // --ori prints JSON, so its failures are JSON too.
  const ori = wantsOri(args);
  const json = wantsJson(args) || ori;
  const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, docx.exportUsage);
  const options = parseOptions(args, { flags: ['json', 'csv', 'ori'], values: ['profile', 'calendar'] });
  if (!options.ok) {
    if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
    if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
    return usageError(texts.unknownOption(options.option));
  }
  if (options.flags.has('json') && options.flags.has('csv')) return usageError(docx.oneFormat);
  if (options.flags.has('ori') && options.flags.has('csv')) return usageError(docx.csvOrOri);
  if (options.positionals.length === 0) return usageError(texts.wrongPositionals(texts.operands.export));
  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) return fail(io, json, profile);
  if (ori && profile.value.gemeentecode === undefined) return fail(io, json, { code: 'no_gemeentecode', message: docx.noGemeentecode(profile.value.gemeente) });
  const calendar = await readCalendar(io, options.values.get('calendar'), profile.value, lang);
  if (!calendar.ok) return fail(io, json, calendar);
  for (const note of calendar.value?.notes ?? []) io.stderr(`${terminalSafe(note)}\n`);
  const context = calendar.value ? { calendar: calendar.value.calendar } : {};

  const exports: ExportEntry[] = [];
  const oriExports: (OriExport & { readonly file: string })[] = [];
  const errors: ExportError[] = [];
  let exit: number = EXIT.ok;
  for (const file of options.positionals) {
    const outcome = await checkDocument(io, file, profile.value, lang, context);
    if (outcome.status !== 'annotatie') {
      const failure = { code: outcome.status === 'no-annotatie' ? 'no_annotatie' : outcome.code, message: outcome.message };
      // One file given: its failure is the JSON document. Several: listed beside the exports.
      if (options.positionals.length === 1) return fail(io, json, failure);
      io.stderr(`${terminalSafe(outcome.message)}\n`);
      errors.push({ file, code: failure.code, message: jsonMessage(failure.message) });
      exit = EXIT.usage;
      continue;
    }
    exit = Math.max(exit, exitCodeFor(outcome.findings));
    if (ori) {
      // The RIS gets the titles cut to what the standard allows; the user hears it here.
      if (outcome.findings.some((finding) => finding.code === 'onderwerp_too_long')) io.stderr(`${terminalSafe(docx.oriTitleCut(file))}\n`);
      oriExports.push({ file, ...oriExport(outcome.read.values, profile.value, calendar.value?.calendar) });
      continue;
    }
    exports.push(exportEntry(file, outcome.read.values, profile.value));
  }

  // The JSON and CSV are the domain's (src/domain/export.ts), shared with the task pane's hand-off.
  if (ori) {
    // One file: exactly the document of contract §6. Several: each with its file, like --json.
    const [only] = oriExports;
    // One file: the text the task pane's hand-off copies too (oriJsonText).
    if (options.positionals.length === 1 && only !== undefined) io.stdout(oriJsonText(only));
    else io.stdout(`${JSON.stringify({ exports: oriExports, ...(errors.length > 0 ? { errors } : {}) }, null, 2)}\n`);
  } else if (options.flags.has('csv')) {
    if (exports.length > 0) io.stdout(exportCsvText(exports));
  } else if (json) {
    const [only] = exports;
    const doc = options.positionals.length === 1 ? only : exportBatch(exports, errors);
    if (doc !== undefined) io.stdout(exportJsonText(doc));
  } else {
    for (const entry of exports) {
      const width = Math.max(...FIELDS.map((field) => field.label[lang].length));
      const lines = FIELDS.map((field) => `${field.label[lang].padEnd(width)}  ${humanValue(entry.values[field.key] ?? null, docx.empty)}`);
      io.stdout(humanText([...(exports.length > 1 ? [docx.fileHeader(entry.file)] : []), ...lines]));
    }
  }
  return exit;
};

/** Whether argv asks for --ori (before any `--`), known before the options parse, like wantsJson. */
function wantsOri(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--ori');
}

/** Kept here for the CLI's own tests and scripts that imported it; the implementation is the domain's. */
export { csvField } from '../../domain';

function humanValue(value: TypedValue, empty: string): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return empty;
  const text = typeof value === 'string' ? value : value.join('; ');
  return text.replace(/\n/g, ' ¶ ');
}
