import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { makeImportCommand } from '../../src/cli/commands/import';
import type { OpenReaders } from '../../src/cli/commands/import';
import type { CliIo } from '../../src/cli/io';
import { readDocx, writeDocx } from '../../src/document/ooxml';
import type { PdfRead } from '../../src/document/pdf';
import expected from '../fixtures/legacy/seed/expected.json';
import seedValues from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/**
 * `annotatie import DIR` (issue 12, point 3; contract §6 "folder runs stream"): one entry per
 * .docx, .pdf and .txt under the folder, written as it completes in the order of the walk, every
 * skip said, one PDF worker for the whole run. The same folder run as check (folder-run.ts).
 */
const fixtures = join(__dirname, '..', 'fixtures', 'legacy');
const seed = readFileSync(join(fixtures, 'seed', 'annotatie-raadsvoorstel-zoetermeer-2025.txt'));
const templateDocx = readFileSync(join(fixtures, 'corpus', 'tuned', 't02.template.docx'));
const linear = readFileSync(join(fixtures, 'corpus', 'tuned', 't03.linear.txt'));
const TODAY = ['--today', '2025-09-01'];

/** An archive as a griffie finds it: years in subfolders, a PDF, an old .doc, Word's lock file, damage. */
const ARCHIEF = {
  'archief/2019/raad-01.txt': seed,
  'archief/2019/raad-02.docx': templateDocx,
  'archief/2019/raad-02.pdf': '%PDF-1.4 stands in for the PDF of raad-02',
  'archief/2019/~$raad-02.docx': 'lock',
  'archief/2020/kapot.docx': 'PK\u0003\u0004 kapot',
  'archief/2020/nieuw.docx': writeDocx(seedValues),
  'archief/2020/oud.doc': 'Word 97',
  'archief/2020/raad-03.txt': linear,
};

interface Entry {
  readonly file: string;
  readonly values: Record<string, string>;
  readonly unrecognised: readonly string[];
  readonly findings: readonly { code: string }[];
  readonly written?: string;
  readonly error?: { readonly code: string; readonly message: string };
}

/** The PDF reader as import sees it: a stand-in that "reads" raad-02's text, counting starts and stops. */
function countingReaders(): { readonly factory: (io: CliIo) => OpenReaders; readonly opened: () => number; readonly closed: () => number; readonly reads: () => number } {
  let opened = 0;
  let closed = 0;
  let reads = 0;
  const text = templateTextAsPdf();
  return {
    factory: () => {
      opened += 1;
      return {
        readers: {
          pdf: async (): Promise<PdfRead> => {
            reads += 1;
            return text;
          },
        },
        close: async () => {
          closed += 1;
        },
      };
    },
    opened: () => opened,
    closed: () => closed,
    reads: () => reads,
  };
}

/** One page whose lines are the seed's, as pdf.js would place them (top to bottom). */
function templateTextAsPdf(): PdfRead {
  const lines = seed.toString('utf8').split('\n');
  return {
    ok: true,
    text: {
      pageCount: 1,
      pages: [{ number: 1, width: 595, height: 842, items: lines.map((line, index) => ({ text: line, x: 56, y: 800 - index * 14, width: line.length * 5, size: 10, bold: false })) }],
    },
  };
}

async function run(args: readonly string[], files: Readonly<Record<string, string | Uint8Array>> = ARCHIEF) {
  const fs = memoryIo(files);
  const readers = countingReaders();
  const code = await makeImportCommand(readers.factory)({ io: fs.io, args, lang: 'nl' });
  return { fs, code, readers };
}

describe('annotatie import DIR', () => {
  it('--json: one entry per file in the order of the walk, error entries with the same keys, every skip listed; exit 2', async () => {
    const { fs, code, readers } = await run(['archief', '--json', ...TODAY]);
    expect(code).toBe(2);
    const text = fs.stdout();
    const doc = JSON.parse(text) as { imports: Entry[]; skipped: { path: string; code: string; message: string }[] };
    expect(Object.keys(doc)).toEqual(['imports', 'skipped']);
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.imports.map((entry) => [entry.file, entry.error?.code])).toEqual([
      ['archief/2019/raad-01.txt', undefined],
      ['archief/2019/raad-02.docx', undefined],
      ['archief/2019/raad-02.pdf', undefined],
      ['archief/2020/kapot.docx', 'not_zip'],
      ['archief/2020/nieuw.docx', 'already_structured'],
      ['archief/2020/raad-03.txt', undefined],
    ]);
    expect(doc.imports[0]).toMatchObject({ values: expected, unrecognised: ['prog'] });
    expect(doc.imports[2]?.values).toMatchObject({ onderwerp: expected.onderwerp, 'planning.besluitvorming': expected['planning.besluitvorming'] });
    for (const entry of doc.imports) expect(Object.keys(entry).slice(0, 6)).toEqual(['file', 'values', 'confidence', 'doubts', 'unrecognised', 'findings']);
    expect(doc.imports[3]).toEqual({
      file: 'archief/2020/kapot.docx',
      values: {},
      confidence: {},
      doubts: {},
      unrecognised: [],
      findings: [],
      error: { code: 'not_zip', message: expect.stringContaining('‘archief/2020/kapot.docx’ is niet te lezen') as unknown },
    });
    expect(doc.skipped).toEqual([
      { path: 'archief/2019/~$raad-02.docx', code: 'word_lock_file', message: '‘archief/2019/~$raad-02.docx’ overgeslagen: een vergrendelingsbestand van Word, geen document.' },
      { path: 'archief/2020/oud.doc', code: 'not_importable', message: '‘archief/2020/oud.doc’ overgeslagen: geen .docx-, .pdf- of .txt-bestand.' },
    ]);
    expect(fs.stderr()).toBe('');
    // One PDF reader for the whole run, let go at the end.
    expect([readers.opened(), readers.reads(), readers.closed()]).toEqual([1, 1, 1]);
  });

  it('streams: the first entry is on stdout before the last file is read', async () => {
    const files: Record<string, string | Uint8Array> = {};
    for (let index = 0; index < 60; index += 1) files[`groot/${String(index).padStart(3, '0')}.txt`] = seed;
    const { fs, code } = await run(['groot', '--json', ...TODAY], files);
    expect(code).toBe(1); // the seed's e-mail typo, in every file
    const opening = fs.log.indexOf('stdout');
    const firstEntry = fs.log.findIndex((event, index) => event === 'stdout' && index > opening);
    expect(firstEntry).toBeGreaterThan(-1);
    expect(fs.log.lastIndexOf('read groot/059.txt')).toBeGreaterThan(firstEntry);
    expect((JSON.parse(fs.stdout()) as { imports: unknown[] }).imports).toHaveLength(60);
  });

  it('--ndjson: one entry a line, the same entries as --json, and a line per skip', async () => {
    const lines = await run(['archief', '--ndjson', ...TODAY]);
    const whole = await run(['archief', '--json', ...TODAY]);
    const parsed = lines.fs
      .stdout()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const doc = JSON.parse(whole.fs.stdout()) as { imports: unknown[]; skipped: unknown[] };
    expect(parsed.filter((line) => !('skipped' in line))).toEqual(doc.imports);
    expect(parsed.filter((line) => 'skipped' in line).map((line) => line['skipped'])).toEqual(doc.skipped);
    expect(lines.code).toBe(2);
  });

  it('for people: each file’s fields, one line per failure on stderr, the skips counted, a total', async () => {
    const { fs } = await run(['archief', ...TODAY]);
    expect(fs.stdout()).toContain('archief/2019/raad-01.txt: 20 van 20 velden herkend, 1 om na te kijken (gemarkeerd met ?).');
    expect(fs.stdout()).toContain('archief/2020/raad-03.txt: ');
    expect(fs.stdout().trimEnd().split('\n').at(-1)).toBe('6 bestanden ingelezen: 1 herkend zonder fouten, 3 herkend met fouten, 2 mislukt.');
    expect(fs.stderr().split('\n')).toEqual([
      expect.stringMatching(/^annotatie: ‘archief\/2020\/kapot\.docx’ is niet te lezen/),
      'annotatie: ‘archief/2020/nieuw.docx’ bevat al een gestructureerde annotatie; gebruik annotatie check of annotatie export.',
      'annotatie: overgeslagen: 1 bestand dat geen .docx, .pdf of .txt is en 1 Word-vergrendelingsbestand (~$…); --json noemt ze allemaal.',
      '',
    ]);
  });

  it('an empty folder, and a folder with nothing to import, say so (exit 2)', async () => {
    const { fs, code } = await run(['leeg', '--json'], { 'leeg/foto.jpg': 'x' });
    expect(code).toBe(2);
    expect(JSON.parse(fs.stdout())).toEqual({ imports: [], skipped: [{ path: 'leeg/foto.jpg', code: 'not_importable', message: '‘leeg/foto.jpg’ overgeslagen: geen .docx-, .pdf- of .txt-bestand.' }] });
    expect(fs.stderr()).toBe('annotatie: in ‘leeg’ staan geen .docx-, .pdf- of .txt-bestanden.\n');
  });

  it('--today pins the whole run; without it the clock decides', async () => {
    const pinned = await run(['archief', '--json', '--today', '2026-03-01']);
    const entries = (JSON.parse(pinned.fs.stdout()) as { imports: Entry[] }).imports;
    expect(entries[0]?.findings.map((finding) => finding.code)).toEqual(['email_domain_typo', 'planning_in_past', 'planning_in_past']);
  });
});

describe('annotatie import DIR --out-dir', () => {
  it('writes a structured document per recognised file, in the same subfolders, and names the Word file and its PDF apart', async () => {
    const { fs, code } = await run(['archief', '--out-dir', 'omgezet', '--json', ...TODAY]);
    expect(code).toBe(2); // kapot.docx and nieuw.docx still fail
    const entries = (JSON.parse(fs.stdout()) as { imports: Entry[] }).imports;
    expect(entries.map((entry) => entry.written ?? entry.error?.code)).toEqual([
      'omgezet/2019/raad-01.docx',
      'omgezet/2019/raad-02.docx',
      'omgezet/2019/raad-02.pdf.docx',
      'not_zip',
      'already_structured',
      'omgezet/2020/raad-03.docx',
    ]);
    for (const entry of entries) {
      if (entry.written === undefined) continue;
      const read = readDocx(fs.files.get(entry.written) ?? new Uint8Array());
      expect(read.status === 'annotatie' && read.values.onderwerp).toBe(entry.values['onderwerp']);
    }
    // The originals are untouched, and no temporary file is left anywhere.
    expect(fs.files.get('archief/2019/raad-01.txt')).toEqual(new Uint8Array(seed));
    expect([...fs.files.keys()].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a second run does not overwrite without --force: those files get an error entry and keep their values; with --force it replaces', async () => {
    const first = await run(['archief', '--out-dir', 'omgezet', ...TODAY]);
    const files = Object.fromEntries(first.fs.files);
    const again = await run(['archief', '--out-dir', 'omgezet', '--json', ...TODAY], files);
    const entries = (JSON.parse(again.fs.stdout()) as { imports: Entry[] }).imports;
    expect(entries[0]).toMatchObject({ file: 'archief/2019/raad-01.txt', values: expected, error: { code: 'file_exists' } });
    expect(entries[0]?.written).toBeUndefined();
    expect(again.code).toBe(2);
    const forced = await run(['archief', '--out-dir', 'omgezet', '--force', '--json', ...TODAY], files);
    expect((JSON.parse(forced.fs.stdout()) as { imports: Entry[] }).imports[0]?.written).toBe('omgezet/2019/raad-01.docx');
  });

  it('one file with --out-dir: the document goes into that folder under the file’s name', async () => {
    const { fs, code } = await run(['archief/2019/raad-01.txt', '--out-dir', 'omgezet', '--json', ...TODAY]);
    expect(code).toBe(1);
    expect(JSON.parse(fs.stdout())).toMatchObject({ file: 'archief/2019/raad-01.txt', written: 'omgezet/raad-01.docx' });
    expect(fs.files.has('omgezet/raad-01.docx')).toBe(true);
  });
});

describe('what import --out writes, it reads back first', () => {
  it('a document that does not read back is refused: nothing at the path, no temporary file left', async () => {
    const fs = memoryIo({ 'oud.txt': seed });
    const readBack: string[] = [];
    // The disk gives back something else than was written (a short write on a share, say).
    const io: CliIo = {
      ...fs.io,
      readFile: async (path, maxBytes) => {
        if (!path.endsWith('.tmp')) return fs.io.readFile(path, maxBytes);
        readBack.push(path);
        return { kind: 'file', bytes: new TextEncoder().encode('PK\u0003\u0004 half') };
      },
    };
    expect(await main(['import', 'oud.txt', '--out', 'nieuw.docx', '--json', ...TODAY], io)).toBe(2);
    expect(JSON.parse(fs.stdout())).toEqual({ error: { code: 'output_unreadable', message: expect.stringMatching(/^‘nieuw\.docx’ is niet geschreven: annotatie check zou het document niet kunnen lezen \(/) as unknown } });
    expect([...fs.files.keys()]).toEqual(['oud.txt']);
    expect(readBack).toEqual([expect.stringMatching(/^\.nieuw\.docx\.[a-z0-9]+\.tmp$/)]);
  });
});
