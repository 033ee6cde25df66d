import { CONFIDENT, FIELDS, exitCodeFor, fieldByKey, looksLikeAnnotatie, recogniseAnnotatie, reportFindings, textBlocks, todayIn, validate } from '../../domain';
import type { Doubt, FieldKey, Finding, Language, LegacyInput, Profile, Recognition, ReportedFinding, ValidationContext } from '../../domain';
import { docxErrorMessage, readDocx, writeDocx } from '../../document/ooxml';
import { readLegacyDocx } from '../../document/ooxml/legacy-read';
import { DEFAULT_PDF_LIMITS, pdfBlocks, pdfErrorMessage } from '../../document/pdf';
import type { PdfRead } from '../../document/pdf';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { CliIo, Command } from '../io';
import { EXIT } from '../io';
import { READ_LIMITS, readBytes, readProfile, systemReason } from '../files';
import { readToday } from '../calendar-option';
import type { Failure } from '../failure';
import { fail, jsonMessage, jsonMode } from '../failure';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { findingLines } from '../report';
import { humanText, terminalSafe } from '../terminal';
import { DOCX_TEXTS } from '../docx-texts';
import { writeDocument } from '../write-document';
import type { OutputFormat, RenderedEntry } from '../folder-run';
import { classifyException, entryText, runFolder } from '../folder-run';
import type { WantedFiles } from '../walk';
import { walkFiles } from '../walk';
import { IMPORT_TEXTS } from './import-texts';
import { workerPdfReader } from '../pdf-reader';
import type { PdfReader } from '../pdf-reader';

/**
 * `annotatie import OLD.docx|OLD.pdf|OLD.txt|DIR [--out NEW.docx | --out-dir DIR] [--force]
 * [--json|--ndjson] [--profile P.json] [--today YYYY-MM-DD]` (contract §6).
 *
 * One file: JSON (contract: values and unrecognised; added: file, confidence, doubts, findings,
 * and written/pages where they apply)
 * `{ "file", "values": {…}, "confidence": {…}, "doubts": {…}, "unrecognised": […], "findings": […] }`;
 * a failure is `{ "error": { "code", "message" } }`, exit 2.
 *
 * A folder (issue 12, point 3): a folder run like `check DIR` (folder-run.ts): every .docx, .pdf
 * and .txt under it gets one entry, written as soon as it is done, in the order of the walk:
 * `{ "imports": [ entry, … ], "skipped": [ … ] }` with --json, one entry a line with --ndjson.
 * An entry is the one-file object; a file that could not be imported has the same keys, empty,
 * and `"error": { "code", "message" }`; one that was recognised but could not be written keeps
 * its values and has the error beside them. One PDF worker serves the whole run and is closed
 * at the end. `--out` names one document, so a folder takes `--out-dir DIR` instead.
 *
 * Exit 0 without error findings, 1 with, 2 for usage, an unreadable file, no annotatie in it, or
 * a document that could not be written (the worst over all files wins).
 */
export type ImportEntry =
  | {
      readonly status: 'imported';
      readonly file: string;
      readonly recognition: Recognition;
      readonly findings: readonly Finding[];
      /** Pages read and pages in the file, when a PDF was longer than the pages read. */
      readonly pages?: { readonly read: number; readonly total: number };
    }
  | { readonly status: 'failed'; readonly file: string; readonly code: string; readonly message: string };

export interface ImportReaders {
  readonly pdf: (bytes: Uint8Array) => Promise<PdfRead>;
}

/** The readers of one run and how to let them go (the PDF worker thread). */
export interface OpenReaders {
  readonly readers: ImportReaders;
  readonly close: () => Promise<void>;
}

/** What a folder walk of import takes: the three kinds importDocument reads, by extension. */
const IMPORT_FILES: WantedFiles = { accepts: (name) => /\.(?:docx|pdf|txt)$/i.test(name), otherCode: 'not_importable' };

type Kind = 'docx' | 'pdf' | 'txt';

/** By extension; a file without a known one by its first bytes (PDF header, zip signature). */
function kindOf(name: string, bytes: Uint8Array): Kind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.txt')) return 'txt';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  return undefined;
}

/** Text files from Windows are often Windows-1252 (Notepad's "ANSI"): read them as such when they are not UTF-8. */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * One file, bytes in, one entry out: the old .docx, the PDF (through `readers.pdf`) or the text
 * recognised, then validated with `context` (the run's today: a folder run judges every file on
 * the same day). Never throws on input: a file that is not an annotatie is a failed entry.
 */
export async function importDocument(bytes: Uint8Array, file: string, readers: ImportReaders, profile: Profile, lang: Language, context: ValidationContext = {}): Promise<ImportEntry> {
  const texts = IMPORT_TEXTS[lang];
  const failed = (code: string, message: string): ImportEntry => ({ status: 'failed', file, code, message });
  const kind = kindOf(file, bytes);
  let input: LegacyInput;
  let pages: { read: number; total: number } | undefined;
  if (kind === 'docx') {
    const structured = readDocx(bytes);
    if (structured.status === 'unreadable') return failed(structured.error.kind, texts.unreadable(file, docxErrorMessage(structured.error, lang)));
    if (structured.status === 'annotatie') return failed('already_structured', texts.alreadyStructured(file));
    const legacy = readLegacyDocx(bytes);
    if (!legacy.ok) return failed(legacy.error.kind, texts.unreadable(file, docxErrorMessage(legacy.error, lang)));
    input = legacy.input;
  } else if (kind === 'pdf') {
    const read = await readers.pdf(bytes);
    if (!read.ok) return failed(`pdf_${read.error.kind}`, texts.unreadable(file, pdfErrorMessage(read.error.kind, lang)));
    input = pdfBlocks(read.text);
    if (read.text.pageCount > read.text.pages.length) pages = { read: read.text.pages.length, total: read.text.pageCount };
  } else if (kind === 'txt') {
    const text = decodeText(bytes);
    if (text === undefined) return failed('not_text', texts.notText(file));
    input = textBlocks(text);
  } else {
    return failed('unsupported', texts.unsupported(file));
  }
  const recognition = recogniseAnnotatie(input, profile);
  if (!looksLikeAnnotatie(recognition)) return failed('no_annotatie', texts.noAnnotatie(file));
  return { status: 'imported', file, recognition, findings: validate(recognition.values, profile, context), ...(pages ? { pages } : {}) };
}

/** The JSON of one imported file. */
export function importJson(entry: Extract<ImportEntry, { status: 'imported' }>, lang: Language, profile: Profile): {
  readonly file: string;
  readonly values: Readonly<Partial<Record<FieldKey, string>>>;
  readonly confidence: Readonly<Partial<Record<FieldKey, number>>>;
  readonly doubts: Readonly<Partial<Record<FieldKey, readonly Doubt[]>>>;
  readonly unrecognised: readonly string[];
  readonly findings: readonly ReportedFinding[];
  readonly pages?: { readonly read: number; readonly total: number };
} {
  const doubts: Partial<Record<FieldKey, readonly Doubt[]>> = {};
  for (const field of FIELDS) {
    const found = entry.recognition.fields[field.key];
    if (found && found.doubts.length > 0) doubts[field.key] = found.doubts;
  }
  return {
    file: entry.file,
    values: entry.recognition.values,
    confidence: entry.recognition.confidence,
    doubts,
    unrecognised: entry.recognition.unrecognised,
    findings: reportFindings(entry.findings, lang, profile),
    ...(entry.pages ? { pages: entry.pages } : {}),
  };
}

/** Lines for people: each field found with its value's first line, "?" and why where it needs a look. */
function humanLines(entry: Extract<ImportEntry, { status: 'imported' }>, lang: Language): readonly string[] {
  const texts = IMPORT_TEXTS[lang];
  const fields = entry.recognition.fields;
  const found = FIELDS.filter((field) => fields[field.key] !== undefined);
  const toCheck = found.filter((field) => (fields[field.key]?.confidence ?? 1) < CONFIDENT);
  const width = Math.max(...found.map((field) => field.label[lang].length));
  const lines = [texts.header(entry.file, found.length, FIELDS.length, toCheck.length)];
  for (const field of found) {
    const recognised = fields[field.key];
    if (!recognised) continue;
    const first = recognised.value.split('\n')[0] ?? '';
    const more = recognised.value.includes('\n') ? ' …' : '';
    const shown = first.length > 70 ? `${first.slice(0, 69)}…` : `${first}${more}`;
    const mark = recognised.confidence < CONFIDENT ? `  ? ${texts.toCheck}: ${recognised.doubts.map((doubt) => texts.doubts[doubt]).join('; ')}` : '';
    lines.push(`  ${fieldByKey(field.key).label[lang].padEnd(width)}  ${shown}${mark}`);
  }
  if (entry.pages) lines.push(texts.truncated(entry.pages.read, entry.pages.total));
  if (entry.recognition.unrecognised.length > 0) {
    lines.push(texts.unrecognised(entry.recognition.unrecognised.length));
    for (const line of entry.recognition.unrecognised) lines.push(`  ${line}`);
  }
  return lines;
}

type Imported = Extract<ImportEntry, { status: 'imported' }>;

/** Everything a run shares: read once, the same for every file. */
interface ImportRun {
  readonly io: CliIo;
  readonly lang: Language;
  readonly profile: Profile;
  readonly context: ValidationContext;
  readonly readers: ImportReaders;
  readonly force: boolean;
}

/**
 * Reads one file (bounded, by its kind: readLimit) and imports it. Never throws for the file's
 * sake: a missing, unreadable or too large file is a failed entry like any other.
 */
async function importPath(run: ImportRun, file: string): Promise<ImportEntry> {
  const bytes = await readBytes(run.io, file, run.lang, readLimit(file));
  if (!bytes.ok) return { status: 'failed', file, code: bytes.code, message: bytes.message };
  return importDocument(bytes.value, file, run.readers, run.profile, run.lang, run.context);
}

/** The structured document the add-in would have made of the values: the writer and house style of `annotatie new`. */
function structuredDocx(entry: Imported, profile: Profile): Uint8Array {
  return writeDocx(entry.recognition.values, { houseStyle: profile, created: new Date() });
}

export function makeImportCommand(readers: (io: CliIo) => OpenReaders): Command {
  return async ({ io, args, lang }) => {
    const texts = CLI_TEXTS[lang];
    const own = IMPORT_TEXTS[lang];
    const docx = DOCX_TEXTS[lang];
    const json = jsonMode(args);
    const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, own.usage);
    const options = parseOptions(args, { flags: ['json', 'ndjson', 'force'], values: ['out', 'out-dir', 'profile', 'today'] });
    if (!options.ok) {
      if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
      if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
      return usageError(texts.unknownOption(options.option));
    }
    if (options.flags.has('json') && options.flags.has('ndjson')) return usageError(docx.oneJsonFormat);
    const [path, ...rest] = options.positionals;
    if (path === undefined || rest.length > 0) return usageError(texts.wrongPositionals(texts.operands.import));
    const out = options.values.get('out');
    const outDir = options.values.get('out-dir');
    if (out !== undefined && outDir !== undefined) return usageError(own.outOrOutDir);
    if (out !== undefined && !/\.docx$/i.test(out)) return usageError(docx.notDocxName(out));
    const today = readToday(options.values.get('today'), lang);
    if (!today.ok) return usageError(today.message);
    const profile = await readProfile(io, options.values.get('profile'), lang);
    if (!profile.ok) return fail(io, json, profile);
    const folder = await isDirectory(io, path);
    if (folder && out !== undefined) return usageError(own.outWithFolder(path));
    if (folder && outDir !== undefined && (await isInside(io, outDir, path))) return usageError(own.outDirInside(outDir, path));
    const format: OutputFormat = options.flags.has('ndjson') ? 'ndjson' : options.flags.has('json') ? 'json' : 'human';

    const opened = readers(io);
    try {
      // One today for the whole run: every file is judged on the same day (and --today pins it).
      const run: ImportRun = { io, lang, profile: profile.value, context: { today: today.value ?? todayIn() }, readers: opened.readers, force: options.flags.has('force') };
      if (folder) return await importFolder(run, path, format, outDir);
      const target = out ?? (outDir === undefined ? undefined : join(outDir, outputName(basename(path))));
      return await importOne(run, path, format, target, outDir);
    } finally {
      await opened.close();
    }
  };
}

/** `import FILE`: the one-file shapes (a failure is the JSON document itself). */
async function importOne(run: ImportRun, file: string, format: OutputFormat, target: string | undefined, outDir: string | undefined): Promise<number> {
  const { io, lang, profile } = run;
  const json = format === 'json' ? 'document' : format === 'ndjson' ? 'lines' : false;
  const entry = await importPath(run, file);
  if (entry.status === 'failed') return fail(io, json, { code: entry.code, message: entry.message });
  if (target !== undefined) {
    const failure = await writeTo(run, entry, target, outDir);
    if (failure !== undefined) return fail(io, json, failure);
  }
  const written = target === undefined ? {} : { written: target };
  if (format === 'json') io.stdout(`${JSON.stringify({ ...importJson(entry, lang, profile), ...written }, null, 2)}\n`);
  else if (format === 'ndjson') io.stdout(`${JSON.stringify({ ...importJson(entry, lang, profile), ...written })}\n`);
  else io.stdout(humanText(humanEntry(entry, lang, profile, target)));
  return exitCodeFor(entry.findings);
}

/** Writes the structured document of `entry` to `target` (making the folders of --out-dir first). */
async function writeTo(run: ImportRun, entry: Imported, target: string, outDir: string | undefined): Promise<Failure | undefined> {
  if (outDir !== undefined) {
    try {
      await run.io.makeDirectory(dirname(target));
    } catch (error) {
      return { code: 'cannot_write', message: DOCX_TEXTS[run.lang].cannotWrite(target, systemReason(error, run.lang)) };
    }
  }
  return writeDocument(run.io, target, structuredDocx(entry, run.profile), { replace: run.force, lang: run.lang });
}

/** `import DIR`: a folder run (folder-run.ts), one entry per .docx, .pdf and .txt under it. */
async function importFolder(run: ImportRun, root: string, format: OutputFormat, outDir: string | undefined): Promise<number> {
  const { io, lang } = run;
  const own = IMPORT_TEXTS[lang];
  const docx = DOCX_TEXTS[lang];
  const targets = outDir === undefined ? undefined : outputTargets(root, outDir);
  return runFolder(io, {
    format,
    lang,
    total: true,
    collection: 'imports',
    walk: walkFiles(io, [root], IMPORT_FILES),
    texts: { progress: own.progress, total: own.total, skipped: docx.skipped, skippedSummary: own.skippedSummary, noneFound: own.noneFound },
    process: async (file) => {
      try {
        const entry = await importPath(run, file);
        if (entry.status === 'failed') return failedEntry(entry.file, entry.code, entry.message, format);
        const target = targets?.(file);
        const failure = target === undefined ? undefined : await writeTo(run, entry, target, outDir);
        return importedEntry(run, entry, format, failure === undefined ? target : undefined, failure);
      } catch (error) {
        const kind = classifyException(error);
        const message = kind.code === 'unexpected' ? own.unexpected(file, kind.reason) : kind.code === 'too_complex' ? docx.tooComplex(file) : docx.outOfMemory(file);
        return failedEntry(file, kind.code, message, format);
      }
    },
  });
}

/** A file that could not be imported: the keys of an entry, empty, and why (like check's error reports). */
function failedEntry(file: string, code: string, message: string, format: OutputFormat): RenderedEntry {
  const value = { file, values: {}, confidence: {}, doubts: {}, unrecognised: [], findings: [], error: { code, message: jsonMessage(message) } };
  return { outcome: 'unreadable', exit: EXIT.usage, entry: entryText(value, format), stdout: '', stderr: format === 'human' ? `${terminalSafe(message)}\n` : '' };
}

/** A recognised file: its entry, with `written` or, when writing failed, the error beside the values. */
function importedEntry(run: ImportRun, entry: Imported, format: OutputFormat, written: string | undefined, failure: Failure | undefined): RenderedEntry {
  const value = {
    ...importJson(entry, run.lang, run.profile),
    ...(written === undefined ? {} : { written }),
    ...(failure === undefined ? {} : { error: { code: failure.code, message: jsonMessage(failure.message) } }),
  };
  const exit = failure === undefined ? exitCodeFor(entry.findings) : EXIT.usage;
  return {
    outcome: failure !== undefined ? 'unreadable' : exit === EXIT.ok ? 'clean' : 'errors',
    exit,
    entry: entryText(value, format),
    stdout: format === 'human' ? humanText(humanEntry(entry, run.lang, run.profile, written)) : '',
    stderr: format === 'human' && failure !== undefined ? `${terminalSafe(failure.message)}\n` : '',
  };
}

function humanEntry(entry: Imported, lang: Language, profile: Profile, written: string | undefined): readonly string[] {
  const filled = Object.keys(entry.recognition.values).length;
  return [...humanLines(entry, lang), ...findingLines(entry.findings, lang, profile), ...(written === undefined ? [] : [DOCX_TEXTS[lang].written(written, filled, FIELDS.length)])];
}

/** `raad-12.pdf` → `raad-12.docx`: the name Word shows, in the output folder. */
function outputName(name: string, keepExtension = false): string {
  const extension = extname(name);
  const stem = extension === '' ? name : name.slice(0, -extension.length);
  return keepExtension && extension !== '' ? `${stem}${extension}.docx` : `${stem}.docx`;
}

/**
 * Where --out-dir puts the document of each file: the same subfolders as under the input folder
 * (two archives of different years often hold the same names), the name with .docx for its
 * extension. An archive often holds an annotatie twice, as the Word file and as its PDF: the
 * first in the walk's order (names sorted: .docx before .pdf before .txt) gets `raad-12.docx`,
 * the next `raad-12.pdf.docx`, so no conversion of this run overwrites another. (The names taken
 * are kept: about 100 bytes a file, a few MB for an archive of tens of thousands.)
 */
function outputTargets(root: string, outDir: string): (file: string) => string {
  const taken = new Set<string>();
  return (file) => {
    const within = relative(root, file);
    const folder = join(outDir, dirname(within));
    let target = join(folder, outputName(basename(within)));
    if (taken.has(target.toLowerCase())) target = join(folder, outputName(basename(within), true));
    taken.add(target.toLowerCase());
    return target;
  };
}

/**
 * Whether `child` is `parent` or lies inside it: an --out-dir inside the folder being imported
 * would have the run find its own output. By the paths as given, and by their real paths where
 * both exist (a link can lead inside).
 */
async function isInside(io: CliIo, child: string, parent: string): Promise<boolean> {
  const within = (a: string, b: string): boolean => a === b || a.startsWith(b.endsWith(sep) ? b : `${b}${sep}`);
  if (within(resolve(child), resolve(parent))) return true;
  if (io.realPath === undefined) return false;
  try {
    return within(await io.realPath(child), await io.realPath(parent));
  } catch {
    return false; // the output folder does not exist yet: it cannot be reached through a link either
  }
}

/** The real readers: PDFs in a worker thread, started only when a PDF comes, one for the whole run. */
function defaultReaders(io: CliIo): OpenReaders {
  let reader: PdfReader | undefined;
  return {
    readers: { pdf: (bytes) => (reader ??= workerPdfReader(DEFAULT_PDF_LIMITS, io.pdfWorker)).read(bytes) },
    close: async () => {
      await reader?.close();
    },
  };
}

export const importCommand: Command = makeImportCommand(defaultReaders);

/**
 * The most that is read of a file to import (issue 8, class 6), by its extension: a PDF as much
 * as the PDF reader accepts, a text file as much as a values file, anything else (an old .docx,
 * or a file told apart by its first bytes) as much as a .docx.
 */
function readLimit(file: string): number {
  const lower = file.toLowerCase();
  if (lower.endsWith('.pdf')) return DEFAULT_PDF_LIMITS.maxBytes;
  if (lower.endsWith('.txt')) return READ_LIMITS.values;
  return READ_LIMITS.docx;
}

async function isDirectory(io: CliIo, path: string): Promise<boolean> {
  try {
    return (await io.stat(path)).kind === 'directory';
  } catch {
    return false;
  }
}
