import { FIELDS, exitCodeFor, oriExport, typedValues } from '../../domain';
import type { OriExport, TypedValue } from '../../domain';
import type { Command } from '../io';
import { EXIT } from '../io';
import { readProfile } from '../files';
import { readCalendar } from '../calendar-option';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { humanText, terminalSafe } from '../terminal';
import type { Failure } from '../failure';
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
  if (options.positionals.length === 0) return usageError(texts.wrongPositionals(lang === 'nl' ? 'BESTAND.docx' : 'FILE.docx'));
  const profile = await readProfile(io, options.values.get('profile'), lang);
  if (!profile.ok) return fail(io, json, profile);
  if (ori && profile.value.gemeentecode === undefined) return fail(io, json, { code: 'no_gemeentecode', message: docx.noGemeentecode(profile.value.gemeente) });
  const calendar = await readCalendar(io, options.values.get('calendar'), profile.value, lang);
  if (!calendar.ok) return fail(io, json, calendar);
  for (const note of calendar.value?.notes ?? []) io.stderr(`${terminalSafe(note)}\n`);
  const context = calendar.value ? { calendar: calendar.value.calendar } : {};

  const exports: { readonly file: string; readonly schema: string; readonly values: Readonly<Record<string, TypedValue>> }[] = [];
  const oriExports: (OriExport & { readonly file: string })[] = [];
  const errors: (Failure & { readonly file: string })[] = [];
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
    const typed = typedValues(outcome.read.values, profile.value);
    exports.push({ file, schema: typed.schema, values: typed.values });
  }

  if (ori) {
    // One file: exactly the document of contract §6. Several: each with its file, like --json.
    const [only] = oriExports;
    const doc = options.positionals.length === 1 && only !== undefined ? { informatieobject: only.informatieobject, vergaderingen: only.vergaderingen, agendapunten: only.agendapunten } : { exports: oriExports, ...(errors.length > 0 ? { errors } : {}) };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (options.flags.has('csv')) {
    const header = ['file', ...FIELDS.map((field) => field.key)];
    const rows = exports.map((entry) => [entry.file, ...FIELDS.map((field) => csvValue(entry.values[field.key] ?? null))]);
    // RFC 4180 §2: CRLF line ends.
    if (exports.length > 0) io.stdout([header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n');
  } else if (json) {
    const [only] = exports;
    // `errors` is added to the contract's shape only when a file failed, so clean runs are unchanged.
    const doc = options.positionals.length === 1 ? only : { exports, ...(errors.length > 0 ? { errors } : {}) };
    if (doc !== undefined) io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
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

function csvValue(value: TypedValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : value.join('\n');
}

/**
 * A spreadsheet (Excel, LibreOffice Calc) runs a cell that starts with = + - @ as a formula, and
 * one starting with a tab or CR too after it trims it: a value like `=HYPERLINK(…)` in a
 * document would run on the griffie's machine (CSV injection, OWASP). OWASP's remedy: put a
 * single quote in front and quote the cell, which every spreadsheet shows as text. This also
 * keeps E.164 phone numbers (+31793468000) text instead of a formula or a number that loses
 * its +; the usage says so.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 §2.6–2.7: quote fields holding a comma, quote or line break; double the quotes. */
export function csvField(text: string): string {
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function humanValue(value: TypedValue, empty: string): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return empty;
  const text = typeof value === 'string' ? value : value.join('; ');
  return text.replace(/\n/g, ' ¶ ');
}
