import { CONFIDENT, FIELDS, exitCodeFor, fieldByKey, looksLikeAnnotatie, recogniseAnnotatie, reportFindings, textBlocks, validate } from '../../domain';
import type { Doubt, FieldKey, Finding, Language, LegacyInput, Profile, Recognition, ReportedFinding } from '../../domain';
import { docxErrorMessage, readDocx, writeDocx } from '../../document/ooxml';
import { readLegacyDocx } from '../../document/ooxml/legacy-read';
import { pdfBlocks, pdfErrorMessage } from '../../document/pdf';
import { DEFAULT_PDF_LIMITS } from '../../document/pdf';
import type { PdfRead } from '../../document/pdf';
import type { CliIo, Command } from '../io';
import { READ_LIMITS, readBytes, readProfile, systemReason } from '../files';
import { fail, wantsJson } from '../failure';
import { CLI_TEXTS } from '../messages';
import { parseOptions } from '../options';
import { findingLines } from '../report';
import { humanText } from '../terminal';
import { DOCX_TEXTS } from '../docx-texts';
import { writeAtomically } from '../atomic-write';
import { IMPORT_TEXTS } from './import-texts';
import { workerPdfReader } from '../pdf-reader';
import type { PdfReader } from '../pdf-reader';

/**
 * `annotatie import LEGACY.docx|LEGACY.pdf|LEGACY.txt [--out NEW.docx] [--force] [--json]`
 * (contract §6). One file is one call of importDocument (bytes and name in, one entry out), so
 * a folder run can call it per file and stream the entries.
 *
 * JSON (contract: values and unrecognised; added: file, confidence, doubts, findings, and
 * written/pages where they apply):
 * `{ "file", "values": {…}, "confidence": {…}, "doubts": {…}, "unrecognised": […], "findings": […] }`.
 * Exit 0 without error findings, 1 with, 2 for usage, an unreadable file, or no annotatie in it.
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

export async function importDocument(bytes: Uint8Array, file: string, readers: ImportReaders, profile: Profile, lang: Language): Promise<ImportEntry> {
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
  return { status: 'imported', file, recognition, findings: validate(recognition.values, profile), ...(pages ? { pages } : {}) };
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

export function makeImportCommand(readers: (io: CliIo) => { readonly readers: ImportReaders; readonly close: () => Promise<void> }): Command {
  return async ({ io, args, lang }) => {
    const texts = CLI_TEXTS[lang];
    const own = IMPORT_TEXTS[lang];
    const docx = DOCX_TEXTS[lang];
    const json = wantsJson(args);
    const usageError = (message: string): number => fail(io, json, { code: 'usage', message }, own.usage);
    const options = parseOptions(args, { flags: ['json', 'force'], values: ['out', 'profile'] });
    if (!options.ok) {
      if (options.problem === 'missing_value') return usageError(texts.missingValue(options.option));
      if (options.problem === 'repeated') return usageError(texts.repeatedOption(options.option));
      return usageError(texts.unknownOption(options.option));
    }
    const [file, ...rest] = options.positionals;
    if (file === undefined || rest.length > 0) return usageError(texts.wrongPositionals(lang === 'nl' ? 'OUD.docx, OUD.pdf of OUD.txt' : 'OLD.docx, OLD.pdf or OLD.txt'));
    const out = options.values.get('out');
    if (out !== undefined && !/\.docx$/i.test(out)) return usageError(docx.notDocxName(out));
    const profile = await readProfile(io, options.values.get('profile'), lang);
    if (!profile.ok) return fail(io, json, profile);
    if (await isDirectory(io, file)) return fail(io, json, { code: 'usage', message: own.folderLater(file) }, own.usage);
    const bytes = await readBytes(io, file, lang, readLimit(file));
    if (!bytes.ok) return fail(io, json, bytes);

    const opened = readers(io);
    let entry: ImportEntry;
    try {
      entry = await importDocument(bytes.value, file, opened.readers, profile.value, lang);
    } finally {
      await opened.close();
    }
    if (entry.status === 'failed') return fail(io, json, { code: entry.code, message: entry.message });

    let written: string | undefined;
    if (out !== undefined) {
      const force = options.flags.has('force');
      if (!force && (await exists(io, out))) return fail(io, json, { code: 'file_exists', message: docx.exists(out) });
      // The same writer and house style as `annotatie new`: the document the add-in would have
      // made, written as new writes it (whole or not at all; without --force never over a file).
      const result = await writeAtomically(io, out, writeDocx(entry.recognition.values, { houseStyle: profile.value, created: new Date() }), { replace: force });
      if (!result.ok) {
        if (result.code === 'file_exists') return fail(io, json, { code: 'file_exists', message: docx.exists(out) });
        return fail(io, json, { code: 'cannot_write', message: docx.cannotWrite(out, systemReason(result.error, lang)) });
      }
      written = out;
    }
    if (json) {
      io.stdout(`${JSON.stringify({ ...importJson(entry, lang, profile.value), ...(written ? { written } : {}) }, null, 2)}\n`);
    } else {
      const filled = Object.keys(entry.recognition.values).length;
      const lines = [...humanLines(entry, lang), ...findingLines(entry.findings, lang, profile.value), ...(written ? [docx.written(written, filled, FIELDS.length)] : [])];
      io.stdout(humanText(lines));
    }
    return exitCodeFor(entry.findings);
  };
}

/** The real readers: PDFs in a worker thread, started only when a PDF comes. */
function defaultReaders(io: CliIo): { readonly readers: ImportReaders; readonly close: () => Promise<void> } {
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

async function exists(io: CliIo, path: string): Promise<boolean> {
  try {
    await io.stat(path);
    return true;
  } catch {
    return false; // or unreachable: the write says why
  }
}

