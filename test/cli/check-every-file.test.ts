import { main } from '../../src/cli/main';
import { MAX_DEPTH } from '../../src/cli/walk';
import type { AnnotatieValues } from '../../src/domain/fields';
import * as ooxml from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/**
 * Issue 8, class 7: one bad file must not cost the others their reports. Before, an exception
 * in one document or an unreadable subfolder ended the folder run with no reports at all, and
 * a document below the depth limit was skipped without a word. Now every file gets its own
 * entry (a report or an error with a code and a message), every skip is said, and the run goes on.
 */
const CLEAN: AnnotatieValues = { ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };
const good = ooxml.writeDocx(CLEAN);
/** Bytes the mocked reader below throws on, as a bug in the reader would. */
const BOOM = new TextEncoder().encode('PK-boom');
const DEEP = new TextEncoder().encode('PK-deep');

jest.mock('../../src/document/ooxml', () => {
  const actual: typeof ooxml = jest.requireActual('../../src/document/ooxml');
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
  return {
    ...actual,
    readDocx: (bytes: Uint8Array) => {
      if (text(bytes) === 'PK-boom') throw new TypeError("Cannot read properties of undefined (reading 'tag')\n    at read (read.ts:1:1)");
      if (text(bytes) === 'PK-deep') throw new RangeError('Maximum call stack size exceeded');
      return actual.readDocx(bytes);
    },
  };
});

interface JsonRun {
  readonly code: number;
  readonly reports: readonly { readonly file: string; readonly ok: boolean; readonly error?: { readonly code: string; readonly message: string } }[];
  readonly skipped?: readonly { readonly path: string; readonly code: string; readonly message: string }[];
  readonly stderr: string;
}

async function checkJson(fs: ReturnType<typeof memoryIo>, args: readonly string[]): Promise<JsonRun> {
  const code = await main(['check', ...args, '--json'], fs.io);
  return { code, ...(JSON.parse(fs.stdout()) as Omit<JsonRun, 'code' | 'stderr'>), stderr: fs.stderr() };
}

describe('an exception in one document is that document’s entry; the run goes on', () => {
  const files = { 'map/a.docx': good, 'map/b-kapot.docx': BOOM, 'map/c-diep.docx': DEEP, 'map/d.docx': good };

  it('JSON: four entries, the two failures with a code and a one-line message', async () => {
    const run = await checkJson(memoryIo(files), ['map']);
    expect(run.code).toBe(2);
    expect(run.reports.map((report) => [report.file, report.ok, report.error?.code])).toEqual([
      ['map/a.docx', true, undefined],
      ['map/b-kapot.docx', false, 'unexpected'],
      ['map/c-diep.docx', false, 'too_complex'],
      ['map/d.docx', true, undefined],
    ]);
    expect(run.reports[1]?.error?.message).toBe("‘map/b-kapot.docx’ kon niet worden gecontroleerd door een onverwachte fout: Cannot read properties of undefined (reading 'tag')");
    expect(run.reports[2]?.error?.message).toBe('‘map/c-diep.docx’ is niet te lezen: het document is te diep genest om te verwerken.');
    expect(run.stderr).toBe('');
  });

  it('human: the reports of the good ones, one line per failure on stderr, never a stack trace', async () => {
    const fs = memoryIo(files);
    // Pinned before the seed's planning dates: the clock would add planning_in_past warnings.
    expect(await main(['check', 'map', '--lang', 'en', '--today', '2025-09-01'], fs.io)).toBe(2);
    expect(fs.stdout()).toContain('map/a.docx: no findings.');
    expect(fs.stdout()).toContain('map/d.docx: no findings.');
    expect(fs.stdout().trimEnd().split('\n').at(-1)).toBe('4 documents checked: 2 without errors, 0 with errors, 2 unreadable or without annotatie.');
    expect(fs.stderr()).toBe(
      [
        "annotatie: ‘map/b-kapot.docx’ could not be checked because of an unexpected error: Cannot read properties of undefined (reading 'tag')",
        'annotatie: cannot read ‘map/c-diep.docx’: the document is nested too deeply to process.',
        '',
      ].join('\n'),
    );
    expect(fs.stderr()).not.toMatch(/\bat .*:\d+/);
  });
});

describe('an unreadable subfolder is said, the rest is checked', () => {
  const files = { 'stukken/a.docx': good, 'stukken/geheim/b.docx': good, 'stukken/z.docx': good };
  const denied = (fs: ReturnType<typeof memoryIo>) => ({
    ...fs.io,
    listDirectory: async (path: string) => (path === 'stukken/geheim' ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : fs.io.listDirectory(path)),
  });

  it('JSON: the reports, and the folder under "skipped" with its reason; exit 2 (not everything was checked)', async () => {
    const fs = memoryIo(files);
    const code = await main(['check', 'stukken', '--json'], denied(fs));
    const doc = JSON.parse(fs.stdout()) as Omit<JsonRun, 'code' | 'stderr'>;
    expect(code).toBe(2);
    expect(doc.reports.map((report) => report.file)).toEqual(['stukken/a.docx', 'stukken/z.docx']);
    expect(doc.skipped).toEqual([
      { path: 'stukken/geheim', code: 'folder_unreadable', message: '‘stukken/geheim’ overgeslagen: de map is niet te lezen (geen toegang); documenten daarin zijn niet gecontroleerd.' },
    ]);
  });

  it('human: one line on stderr, in Dutch', async () => {
    const fs = memoryIo(files);
    expect(await main(['check', 'stukken'], denied(fs))).toBe(2);
    expect(fs.stderr()).toBe('annotatie: ‘stukken/geheim’ overgeslagen: de map is niet te lezen (geen toegang); documenten daarin zijn niet gecontroleerd.\n');
    expect(fs.stdout()).toContain('2 documenten gecontroleerd: 2 zonder fouten');
  });
});

describe('the depth limit is said', () => {
  const deep = `archief/${Array.from({ length: MAX_DEPTH + 1 }, (_, index) => `n${index}`).join('/')}`;
  const files = { 'archief/a.docx': good, [`${deep}/diep.docx`]: good };

  it('the folder past the limit is a skip with its code; exit 2', async () => {
    const run = await checkJson(memoryIo(files), ['archief']);
    expect(run.code).toBe(2);
    expect(run.reports.map((report) => report.file)).toEqual(['archief/a.docx']);
    expect(run.skipped?.map((skip) => [skip.path, skip.code])).toEqual([[deep, 'depth_limit']]);
  });

  it('at the limit itself a document is still checked', async () => {
    const atLimit = `archief/${Array.from({ length: MAX_DEPTH }, (_, index) => `n${index}`).join('/')}`;
    const run = await checkJson(memoryIo({ [`${atLimit}/diep.docx`]: good }), ['archief']);
    expect(run.code).toBe(0);
    expect(run.reports.map((report) => report.file)).toEqual([`${atLimit}/diep.docx`]);
    expect(run.skipped).toBeUndefined();
  });
});

describe('ordinary skips: listed in JSON, counted for people', () => {
  const files = { 'map/a.docx': good, 'map/notulen.pdf': 'pdf', 'map/~$a.docx': 'lock', 'map/b.txt': 'x' };

  it('JSON lists each, with code and message, and they do not change the exit code', async () => {
    const run = await checkJson(memoryIo(files), ['map']);
    expect(run.code).toBe(0);
    expect(run.skipped).toEqual([
      { path: 'map/b.txt', code: 'not_docx', message: '‘map/b.txt’ overgeslagen: geen .docx-bestand.' },
      { path: 'map/notulen.pdf', code: 'not_docx', message: '‘map/notulen.pdf’ overgeslagen: geen .docx-bestand.' },
      { path: 'map/~$a.docx', code: 'word_lock_file', message: '‘map/~$a.docx’ overgeslagen: een vergrendelingsbestand van Word, geen document.' },
    ]);
  });

  it('--ndjson: each skip is a line of its own, in walk order', async () => {
    const fs = memoryIo(files);
    expect(await main(['check', 'map', '--ndjson'], fs.io)).toBe(0);
    const lines = fs.stdout().trimEnd().split('\n').map((line) => JSON.parse(line) as { file?: string; skipped?: { path: string } });
    expect(lines.map((line) => line.file ?? `skipped ${line.skipped?.path ?? ''}`)).toEqual(['map/a.docx', 'skipped map/b.txt', 'skipped map/notulen.pdf', 'skipped map/~$a.docx']);
  });
});
