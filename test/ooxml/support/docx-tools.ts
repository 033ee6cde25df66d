import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fieldByKey } from '../../../src/domain/fields';
import type { FieldKey } from '../../../src/domain/fields';

/** Test-side zip tools: independent of the reader under test (fflate's own unzipSync). */
export function unzipParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function zipParts(parts: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

/** Rewrites word/document.xml of a .docx. */
export function editDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipParts(bytes);
  const xml = parts.get('word/document.xml');
  if (xml === undefined) throw new Error('no word/document.xml');
  parts.set('word/document.xml', edit(xml));
  return zipParts(parts);
}

/**
 * Text pandoc (an independent reader) sees in a .docx, one block (paragraph, cell, heading) or
 * line break per line. Via HTML because pandoc's plain writer re-flows table cells.
 */
export function pandocText(bytes: Uint8Array, trackChanges: 'accept' | 'reject' = 'accept'): string {
  const dir = mkdtempSync(join(tmpdir(), 'annotatie-pandoc-'));
  try {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, bytes);
    const html = execFileSync('pandoc', ['-f', 'docx', '-t', 'html', '--wrap=none', `--track-changes=${trackChanges}`, file], {
      encoding: 'utf8',
    });
    return html
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<\/(p|td|th|h\d|li|div|tr)>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] ?? '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace-insensitive form for comparing what pandoc shows with a value. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface Validation {
  readonly [part: string]: readonly string[] | null;
}

/** Validates parts against test/fixtures/schemas/ooxml (see validate-parts.mjs for why a child process). */
export function validateParts(parts: ReadonlyMap<string, string>): Validation {
  const result = spawnSync(process.execPath, [join(__dirname, 'validate-parts.mjs')], {
    input: JSON.stringify({ parts: Object.fromEntries(parts) }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`validate-parts failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Validation;
}

/**
 * The w:sdt element of a field in document.xml (the first one, or the nth), as [start, end) offsets.
 * Works on the XML as text because Word-made changes are easiest to express as text edits.
 */
export function sdtRange(xml: string, key: FieldKey, nth = 0): readonly [number, number] {
  const tag = `<w:tag w:val="${fieldByKey(key).tag}"/>`;
  let at = -1;
  for (let index = 0; index <= nth; index += 1) {
    at = xml.indexOf(tag, at + 1);
    if (at < 0) throw new Error(`no control ${key} #${nth}`);
  }
  const start = xml.lastIndexOf('<w:sdt>', at);
  // Field controls never contain other w:sdt elements in our template, so the next </w:sdt> closes it.
  const end = xml.indexOf('</w:sdt>', at) + '</w:sdt>'.length;
  return [start, end];
}

/** Replaces the w:sdtContent children of a field's control. */
export function setContent(xml: string, key: FieldKey, content: string): string {
  const [start, end] = sdtRange(xml, key);
  const sdt = xml.slice(start, end).replace(/<w:showingPlcHdr\/>/, '');
  const open = sdt.indexOf('<w:sdtContent>') + '<w:sdtContent>'.length;
  const close = sdt.lastIndexOf('</w:sdtContent>');
  return xml.slice(0, start) + sdt.slice(0, open) + content + sdt.slice(close) + xml.slice(end);
}

/** What Word writes for a field emptied by the user: the placeholder again (docPart + style). */
export function toPlaceholder(xml: string, key: FieldKey, placeholderText: string): string {
  const [start, end] = sdtRange(xml, key);
  const sdt = xml.slice(start, end);
  const open = sdt.indexOf('<w:sdtContent>') + '<w:sdtContent>'.length;
  const close = sdt.lastIndexOf('</w:sdtContent>');
  const block = sdt.slice(open, close).startsWith('<w:p>');
  const run = `<w:r w:rsidRPr="00C91F2E"><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>${placeholderText}</w:t></w:r>`;
  const pr = sdt.slice(0, open).replace('<w:lock w:val="sdtLocked"/>', '<w:lock w:val="sdtLocked"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>');
  return xml.slice(0, start) + pr + (block ? `<w:p w:rsidR="00C91F2E">${run}</w:p>` : run) + sdt.slice(close) + xml.slice(end);
}
