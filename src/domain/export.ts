/**
 * The hand-off to a raadsinformatiesysteem: the typed values of contract §5 as the JSON document
 * and the CSV table `annotatie export --json|--csv` prints. One implementation for the command
 * line and for the task pane's Controle tab, so the two give the RIS the same bytes (the CLI's
 * are recorded in test/cli/golden/). Pure: strings out, the caller prints, copies or downloads.
 */
import type { AnnotatieValues, FieldKey } from './fields';
import { FIELDS } from './fields';
import type { Profile } from './profile';
import { DEFAULT_PROFILE } from './profile';
import type { TypedValue, TypedValues } from './typed-values';
import { typedValues } from './typed-values';

/** One document's export: `{ "file", "schema", "values" }` (contract §5, §6). */
export interface ExportEntry {
  /** The document's name as the user knows it (the CLI: the path as given). */
  readonly file: string;
  readonly schema: TypedValues['schema'];
  readonly values: Readonly<Record<FieldKey, TypedValue>>;
}

/** A document that could not be exported, listed beside the others in a batch. */
export interface ExportError {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

/** Several documents: `{ "exports": […] }`, plus `"errors"` only when one failed (so clean runs keep the contract's shape). */
export interface ExportBatch {
  readonly exports: readonly ExportEntry[];
  readonly errors?: readonly ExportError[];
}

export function exportEntry(file: string, values: AnnotatieValues, profile: Profile = DEFAULT_PROFILE): ExportEntry {
  const typed = typedValues(values, profile);
  return { file, schema: typed.schema, values: typed.values };
}

export function exportBatch(exports: readonly ExportEntry[], errors: readonly ExportError[] = []): ExportBatch {
  return { exports, ...(errors.length > 0 ? { errors } : {}) };
}

/** The JSON text: two-space indent and a final line break, as every `--json` of the CLI. */
export function exportJsonText(document: ExportEntry | ExportBatch): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The CSV header: `file`, then every field key in field order. */
export function csvHeader(): readonly string[] {
  return ['file', ...FIELDS.map((field) => field.key)];
}

/** One document's cells, unquoted: lists joined with a line break, null as an empty cell. */
export function csvCells(entry: ExportEntry): readonly string[] {
  return [entry.file, ...FIELDS.map((field) => csvValue(entry.values[field.key] ?? null))];
}

/** The whole table, RFC 4180: header and one row per document, CRLF line ends (§2), "" for none. */
export function exportCsvText(entries: readonly ExportEntry[]): string {
  if (entries.length === 0) return '';
  return [csvHeader(), ...entries.map(csvCells)].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
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
 * its +; the CLI's usage says so.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 §2.6–2.7: quote fields holding a comma, quote or line break; double the quotes. */
export function csvField(text: string): string {
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
