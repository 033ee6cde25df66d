import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxErrorMessage, writeDocx } from '../../src/document/ooxml';
import type { DocxErrorKind } from '../../src/document/ooxml';
import { HOSTILE_FILES, deflatedSpaces, docxWithDocumentXml, nestedControls, zipWithRawEntry } from '../ooxml/support/hostile-files';

/**
 * Issue 8 end to end: the built command line (`node bin/annotatie.js check`, as a griffie runs
 * it) on one generated file per hostile class. Each answers with exit 2 and one Dutch line
 * naming the reason (and the same as an error entry with --json), never `unexpected`, never a
 * stack trace; the readable extremes (class 1's blanks, class 10's long values, deep nesting)
 * are reported normally. The timeout is generous headroom to catch a blow-up, not a speed
 * test; peak RSS (getrusage maxRSS of the child) is bounded and printed, so the figures are
 * seen on every run.
 */
const root = join(__dirname, '..', '..');
const TIMEOUT_MS = 60_000;
const MAX_RSS_MB = 500;
let dir = '';
let rssHook = '';
const figures: string[] = [];

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'annotatie-hostile-'));
  rssHook = join(dir, 'max-rss.cjs');
  // Preloaded into the child: its peak resident set, written when it exits (process.exit too).
  writeFileSync(rssHook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.ANNOTATIE_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // The measured figures, for the record (issue 8 asks for them).
  process.stdout.write(`\nannotatie check on hostile input (wall time, peak RSS):\n${figures.join('\n')}\n`);
});

function check(file: string, ...flags: string[]) {
  const rssFile = join(dir, 'rss.txt');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-r', rssHook, join(root, 'bin', 'annotatie.js'), 'check', file, ...flags], {
    cwd: dir,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 256 << 20,
    env: { ...process.env, ANNOTATIE_RSS_FILE: rssFile },
  });
  const ms = performance.now() - started;
  const rssMb = result.signal ? Number.NaN : Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms, rssMb };
}

function record(name: string, flags: string, run: { ms: number; rssMb: number }): void {
  figures.push(`  ${`${name}${flags}`.padEnd(78)} ${(run.ms / 1000).toFixed(2).padStart(6)} s ${run.rssMb.toFixed(0).padStart(5)} MB`);
}

const byName = (name: string) => {
  const entry = HOSTILE_FILES.find((file) => file.name === name);
  if (!entry) throw new Error(`no hostile file ${name}`);
  return entry;
};

/** One case per class of the issue; the file names are what a griffie would see. */
const REFUSED: readonly (readonly [klass: string, name: string, bytes: () => Uint8Array, kind: DocxErrorKind])[] = [
  ['2', 'namespace declarations nested 20 000 deep', byName('namespace declarations nested 20 000 deep').bytes, 'xml_too_deep'],
  ['3', 'entity &constructor; in a field', byName("entity &constructor; in a field's text").bytes, 'xml_entity'],
  ['3', 'entity &__proto__; in a field', byName("entity &__proto__; in a field's text").bytes, 'xml_entity'],
  ['4', '2 000 directory entries on one stored 1 MB part', byName('overlapping entries: 2 000 directory entries on one stored 1 MB part').bytes, 'overlapping_entries'],
  ['4', 'a directory entry pointing into another entry', byName('overlapping entries: a directory entry that points into another entry').bytes, 'overlapping_entries'],
  ['5', 'a flipped byte (CRC-32)', byName('a flipped byte in a stored document.xml (CRC-32 no longer matches)').bytes, 'checksum'],
  ['5', 'two entries named word/document.xml', byName('two entries named word/document.xml').bytes, 'duplicate_entry'],
  ['5', 'word/document.xml and Word/Document.xml', byName('word/document.xml and Word/Document.xml (OPC names ignore ASCII case)').bytes, 'duplicate_entry'],
  ['5', 'no [Content_Types].xml', byName('no [Content_Types].xml').bytes, 'not_docx'],
  ['5', 'invalid UTF-8', byName('invalid UTF-8 in document.xml').bytes, 'xml_encoding'],
  ['5', 'local header contradicts the central directory', byName('local header gives another size than the central directory').bytes, 'header_mismatch'],
  ['bomb', 'header says 1 KB, inflates 1000:1 to 24 MB', () => zipWithRawEntry('word/document.xml', deflatedSpaces(24), 1024), 'too_large'],
  ['bomb', 'declares 65 MiB of spaces at 1000:1', () => zipWithRawEntry('word/document.xml', deflatedSpaces(65), 65 << 20), 'too_large'],
];

describe('hostile .docx files: exit 2, one clear Dutch line, within seconds and a few hundred MB', () => {
  it.each(REFUSED)('class %s: %s', (klass, name, bytes, kind) => {
    const file = `klasse-${klass}.docx`;
    writeFileSync(join(dir, file), bytes());
    const human = check(file);
    record(`class ${klass}: ${name}`, '', human);
    expect({ code: human.code, signal: human.signal, stdout: human.stdout }).toEqual({ code: 2, signal: null, stdout: '' });
    expect(human.stderr).toBe(`annotatie: ‘${file}’ is niet te lezen: ${docxErrorMessage({ kind, detail: '' }, 'nl')}.\n`);
    expect(human.rssMb).toBeLessThan(MAX_RSS_MB);

    const json = check(file, '--json');
    record(`class ${klass}: ${name}`, ' --json', json);
    expect(json.code).toBe(2);
    const reports = (JSON.parse(json.stdout) as { reports: { file: string; ok: boolean; error?: { code: string; message: string } }[] }).reports;
    expect(reports).toHaveLength(1);
    expect(reports[0]?.ok).toBe(false);
    expect(reports[0]?.error?.code).toBe(kind);
    expect(reports[0]?.error?.message).toContain(docxErrorMessage({ kind, detail: '' }, 'nl'));
    for (const output of [human.stderr, json.stdout, json.stderr]) {
      expect(output).not.toMatch(/onverwachte fout|unexpected|\n\s+at |Error:/);
    }
    expect(json.rssMb).toBeLessThan(MAX_RSS_MB);
  }, 2 * TIMEOUT_MS + 10_000);

  it('--lang en gives the English reason', () => {
    writeFileSync(join(dir, 'crc.docx'), byName('a flipped byte in a stored document.xml (CRC-32 no longer matches)').bytes());
    const result = check('crc.docx', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`annotatie: cannot read ‘crc.docx’: ${docxErrorMessage({ kind: 'checksum', detail: '' }, 'en')}.\n`);
  }, TIMEOUT_MS + 10_000);
});

/** Extremes that are documents: read and reported (exit 0 or 1), not refused, not `unexpected`. */
const READ: readonly (readonly [name: string, bytes: () => Uint8Array])[] = [
  // Class 1: before, 40 leading tabs took minutes and millions of blanks overflowed the stack.
  ['class 1: 40 tabs and then a letter in Onderwerp', () => writeDocx({ onderwerp: `${'\t'.repeat(40)}x` }, { houseStyle: false })],
  ['class 1: 5 million U+FEFF and then a letter in Onderwerp', () => writeDocx({ onderwerp: `${'\ufeff'.repeat(5_000_000)}x` }, { houseStyle: false })],
  // Class 10: what new writes, check reads: 20 MB of one character compresses ~1000:1.
  ['class 10: 20 MB of one character in Overige toelichting', () => writeDocx({ onderwerp: 'Herhaling', 'toelichting.kern': 'x'.repeat(20_000_000) })],
  // Nesting: 500 controls of one field around a million paragraphs (a 100 KB file; was 4 GB).
  ['500 nested controls of one field around a million paragraphs', () => docxWithDocumentXml(nestedControls(Array<string>(500).fill('annotatie.toelichting.kern'), '<w:p><w:r><w:t>ab</w:t></w:r></w:p>'.repeat(1_000_000)))],
];

describe('extreme but readable documents are reported, quickly', () => {
  it.each(READ)('%s', (name, bytes) => {
    writeFileSync(join(dir, 'groot.docx'), bytes());
    for (const flags of [[], ['--json']]) {
      const result = check('groot.docx', ...flags);
      record(name, flags.length > 0 ? ' --json' : '', result);
      expect({ signal: result.signal, exit: result.code === 0 || result.code === 1 }).toEqual({ signal: null, exit: true });
      expect(result.stderr).toBe('');
      expect(result.rssMb).toBeLessThan(MAX_RSS_MB);
      if (flags.length > 0) expect((JSON.parse(result.stdout) as { reports: { error?: unknown }[] }).reports[0]?.error).toBeUndefined();
    }
  }, 2 * TIMEOUT_MS + 10_000);
});
