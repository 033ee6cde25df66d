import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/io';
import type { CliIo, WriteHandle } from '../../src/cli/io';
import { readDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/**
 * Issue 8, class 9: `new` wrote the file in place. A full disk or a kill at the wrong moment
 * left a truncated document, with --force after destroying the user's good one, and two runs
 * on one path both "succeeded". Now the document is written to a temporary file beside it,
 * flushed, and only then given its name: exclusively (link) without --force, by rename with it.
 */
const SEED_JSON = JSON.stringify(seed);
const OLD = new TextEncoder().encode('het goede document van een collega');
const fsError = (code: string): Error => Object.assign(new Error(code), { code });

/** Names in the in-memory file system other than the inputs: temporary files must be gone. */
const leftovers = (files: Map<string, Uint8Array>): string[] => [...files.keys()].filter((path) => path !== 'seed.json' && path !== 'uit.docx');

function readable(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && readDocx(bytes).status === 'annotatie';
}

/** A handle whose write stores half the bytes and then fails, as a disk that fills up does. */
function failingWrite(fs: ReturnType<typeof memoryIo>, code: string): CliIo {
  return {
    ...fs.io,
    createExclusive: async (path): Promise<WriteHandle> => {
      const handle = await fs.io.createExclusive(path);
      return {
        ...handle,
        write: async (bytes) => {
          await handle.write(bytes.subarray(0, bytes.length >> 1));
          throw fsError(code);
        },
      };
    },
  };
}

describe('new: nothing the user had is lost, whatever fails', () => {
  it('--force and the disk fills up mid-write: the old document is untouched, the half-written file removed', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON, 'uit.docx': OLD });
    expect(await main(['new', 'uit.docx', '--from', 'seed.json', '--force'], failingWrite(fs, 'ENOSPC'))).toBe(2);
    expect(fs.stderr()).toBe('annotatie: kan ‘uit.docx’ niet schrijven (de schijf is vol).\n');
    expect(fs.files.get('uit.docx')).toEqual(OLD);
    expect(leftovers(fs.files)).toEqual([]);
  });

  it('without --force and the disk fills up: no file at all, not a truncated one', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    expect(await main(['new', 'uit.docx', '--from', 'seed.json', '--lang', 'en'], failingWrite(fs, 'ENOSPC'))).toBe(2);
    expect(fs.stderr()).toBe('annotatie: cannot write ‘uit.docx’ (the disk is full).\n');
    expect(fs.files.has('uit.docx')).toBe(false);
    expect(leftovers(fs.files)).toEqual([]);
  });

  it.each([
    ['the flush to disk fails', (io: CliIo): CliIo => ({ ...io, createExclusive: async (path) => ({ ...(await io.createExclusive(path)), sync: async () => Promise.reject(fsError('EIO')) }) })],
    ['the rename fails', (io: CliIo): CliIo => ({ ...io, rename: async () => Promise.reject(fsError('EACCES')) })],
  ])('--force and %s: the old document is untouched, no temporary file left', async (_name, breakIo) => {
    const fs = memoryIo({ 'seed.json': SEED_JSON, 'uit.docx': OLD });
    expect(await main(['new', 'uit.docx', '--from', 'seed.json', '--force'], breakIo(fs.io))).toBe(2);
    expect(fs.files.get('uit.docx')).toEqual(OLD);
    expect(leftovers(fs.files)).toEqual([]);
  });

  it('a colleague creates the file between our check and our write: theirs stays, we say it exists', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    const io: CliIo = {
      ...fs.io,
      link: async (from, to) => {
        fs.files.set(to, OLD); // the colleague, at the worst moment
        return fs.io.link(from, to);
      },
    };
    expect(await main(['new', 'uit.docx', '--from', 'seed.json', '--json'], io)).toBe(2);
    expect(JSON.parse(fs.stdout())).toEqual({ error: { code: 'file_exists', message: '‘uit.docx’ bestaat al; kies een andere naam of gebruik --force om het te overschrijven.' } });
    expect(fs.files.get('uit.docx')).toEqual(OLD);
    expect(leftovers(fs.files)).toEqual([]);
  });

  it('a file system without hard links (FAT, many network shares): the name is reserved exclusively, then renamed over', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    const noLinks: CliIo = { ...fs.io, link: async () => Promise.reject(fsError('EPERM')) };
    expect(await main(['new', 'uit.docx', '--from', 'seed.json'], noLinks)).toBe(1);
    expect(readable(fs.files.get('uit.docx'))).toBe(true);
    expect(leftovers(fs.files)).toEqual([]);
    // …and there too, a name taken meanwhile is never overwritten.
    const again = memoryIo({ 'seed.json': SEED_JSON });
    const raced: CliIo = {
      ...again.io,
      link: async (_from, to) => {
        again.files.set(to, OLD);
        return Promise.reject(fsError('EPERM'));
      },
    };
    expect(await main(['new', 'uit.docx', '--from', 'seed.json'], raced)).toBe(2);
    expect(again.files.get('uit.docx')).toEqual(OLD);
    expect(leftovers(again.files)).toEqual([]);
  });
});

describe('new on a real disk', () => {
  const root = join(__dirname, '..', '..');
  let dir = '';
  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  }, 60_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'annotatie-new-'));
    writeFileSync(join(dir, 'seed.json'), SEED_JSON);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function recorded(): { readonly io: CliIo; readonly stderr: () => string } {
    let err = '';
    return { io: { ...nodeIo(), stdout: () => undefined, stderr: (text) => void (err += text) }, stderr: () => err };
  }

  it('two runs on one path at the same moment (one process): exactly one writes, the other is told it exists', async () => {
    const out = join(dir, 'uit.docx');
    const [a, b] = [recorded(), recorded()];
    const codes = await Promise.all([main(['new', out, '--from', join(dir, 'seed.json')], a.io), main(['new', out, '--from', join(dir, 'seed.json')], b.io)]);
    expect([...codes].sort()).toEqual([1, 2]); // 1: written (the seed's typo is reported), 2: refused
    expect([a.stderr(), b.stderr()].join('')).toBe(`annotatie: ‘${out}’ bestaat al; kies een andere naam of gebruik --force om het te overschrijven.\n`);
    expect(readable(new Uint8Array(readFileSync(out)))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['seed.json', 'uit.docx']);
  });

  it('two processes on one path at the same moment, five times over: never two winners, never a broken file', async () => {
    const run = (): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [join(root, 'bin', 'annotatie.js'), 'new', 'uit.docx', '--from', 'seed.json'], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    for (let round = 0; round < 5; round += 1) {
      rmSync(join(dir, 'uit.docx'), { force: true });
      const results = await Promise.all([run(), run()]);
      expect(results.map((result) => result.code).sort()).toEqual([1, 2]);
      expect(results.map((result) => result.stderr).join('')).toBe('annotatie: ‘uit.docx’ bestaat al; kies een andere naam of gebruik --force om het te overschrijven.\n');
      expect(readable(new Uint8Array(readFileSync(join(dir, 'uit.docx'))))).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['seed.json', 'uit.docx']);
    }
  }, 60_000);

  it('--force replaces the document whole, and keeps no temporary file', async () => {
    writeFileSync(join(dir, 'uit.docx'), OLD);
    const { io } = recorded();
    expect(await main(['new', join(dir, 'uit.docx'), '--from', join(dir, 'seed.json'), '--force'], io)).toBe(1);
    expect(readable(new Uint8Array(readFileSync(join(dir, 'uit.docx'))))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['seed.json', 'uit.docx']);
  });
});

describe('what new writes, it reads back before it gets the name (issue 8, class 10)', () => {
  it('a value that makes a part larger than the reader reads (14 million &, 70 MB escaped): refused, nothing written, the old file kept', async () => {
    // h8a bounded the reader at 64 MiB per part; the writer has no limit of its own, so this was
    // written, and then `check` refused it as too large.
    const values = JSON.stringify({ onderwerp: 'Herhaling', 'toelichting.kern': '&'.repeat(14_000_000) });
    for (const force of [false, true]) {
      const fs = memoryIo({ 'groot.json': values, ...(force ? { 'uit.docx': OLD } : {}) });
      const code = await main(['new', 'uit.docx', '--from', 'groot.json', '--json', ...(force ? ['--force'] : [])], fs.io);
      expect(code).toBe(2);
      expect(JSON.parse(fs.stdout())).toEqual({
        error: {
          code: 'output_unreadable',
          message: '‘uit.docx’ is niet geschreven: de tekst van het document zou groter worden dan de 64 MB die annotatie check leest, en wat annotatie schrijft moet het ook kunnen lezen. Maak de langste waarde korter.',
        },
      });
      expect(fs.files.get('uit.docx')).toEqual(force ? OLD : undefined);
      expect([...fs.files.keys()].filter((path) => path !== 'groot.json' && path !== 'uit.docx')).toEqual([]);
    }
  }, 180_000);

  it('English, and a read-back that finds other bytes than were written (a short write on a share)', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    const io: CliIo = {
      ...fs.io,
      readFile: async (path, maxBytes) => (path.endsWith('.tmp') ? { kind: 'file', bytes: new Uint8Array(10) } : fs.io.readFile(path, maxBytes)),
    };
    expect(await main(['new', 'uit.docx', '--from', 'seed.json', '--lang', 'en'], io)).toBe(2);
    expect(fs.stderr()).toMatch(/^annotatie: did not write ‘uit\.docx’: annotatie check could not read the document \(.+\)\.\n$/);
    expect(leftovers(fs.files)).toEqual([]);
    expect(fs.files.has('uit.docx')).toBe(false);
  });

  it('an ordinary document reads back and is written as before', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    expect(await main(['new', 'uit.docx', '--from', 'seed.json'], fs.io)).toBe(1);
    expect(readable(fs.files.get('uit.docx'))).toBe(true);
    expect(leftovers(fs.files)).toEqual([]);
  });
});
