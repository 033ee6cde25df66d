import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../src/cli/io';
import { READ_LIMITS } from '../../src/cli/files';

/**
 * Issue 8, class 6: inputs that never end or pretend to be huge. Before, `check /dev/zero`
 * read 5 GB and kept going, a FIFO hung forever, a 2 GB sparse file was read whole. Every
 * file the command line reads is now stat'ed on the open descriptor and read bounded: these
 * answer at once, with exit 2 and one line saying what the path is.
 *
 * Run through bin/annotatie.js as a user would, with a generous timeout (a hang or a 5 GB read
 * is what we catch, not milliseconds), and asynchronously so a hang cannot block jest itself.
 */
const root = join(__dirname, '..', '..');
let dir = '';

// Each run is killed after 10 s; the test waits for that, so a hang fails instead of timing out.
jest.setTimeout(20_000);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Kills the run after `limitMs`: a hang shows as code null, not as a stuck test run. */
function annotatie(args: readonly string[], limitMs = 10_000): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'annotatie.js'), ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'annotatie-unbounded-'));
  const fifo = spawnSync('mkfifo', [join(dir, 'pijp.docx')]);
  if (fifo.status !== 0) throw new Error('mkfifo failed');
  spawnSync('mkfifo', [join(dir, 'pijp.json')]);
  // Sparse: the file system stores no data, but stat says 2 GiB and a read would produce it all.
  writeFileSync(join(dir, 'groot.docx'), '');
  truncateSync(join(dir, 'groot.docx'), 2 * 1024 ** 3);
  writeFileSync(join(dir, 'groot.json'), '');
  truncateSync(join(dir, 'groot.json'), 2 * 1024 ** 3);
  writeFileSync(join(dir, 'waarden.json'), '{"onderwerp": "Test"}');
  spawnSync('mkfifo', [join(dir, 'pijp.ics')]);
  for (const name of ['groot.ics', 'groot.pdf']) {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), 2 * 1024 ** 3);
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_STACK = /\bat .*:\d+|Error:|node:internal/;

describe('check on inputs that never end: exit 2 at once, one line, no stack trace', () => {
  it.each([
    ['/dev/zero', '/dev/zero', 'annotatie: ‘/dev/zero’ is geen gewoon bestand maar een apparaat; alleen gewone bestanden worden gelezen.'],
    ['a FIFO', 'pijp.docx', 'annotatie: ‘pijp.docx’ is geen gewoon bestand maar een named pipe (FIFO); alleen gewone bestanden worden gelezen.'],
    ['a 2 GB sparse file', 'groot.docx', 'annotatie: ‘groot.docx’ is te groot om te lezen (2 GB; de grens is 200 MB).'],
  ])('%s', async (_name, path, line) => {
    const result = await annotatie(['check', path]);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `${line}\n` });
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it.each([
    ['/dev/zero', '/dev/zero', 'not_a_file', '‘/dev/zero’ is not a regular file but a device; only regular files are read.'],
    ['a FIFO', 'pijp.docx', 'not_a_file', '‘pijp.docx’ is not a regular file but a named pipe (FIFO); only regular files are read.'],
    ['a 2 GB sparse file', 'groot.docx', 'file_too_large', '‘groot.docx’ is too large to read (2 GB; the limit is 200 MB).'],
  ])('%s, in English and as JSON: the report says why, with a stable code', async (_name, path, code, message) => {
    const result = await annotatie(['check', path, '--json', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ reports: [{ file: path, ok: false, values: {}, findings: [], trackedChanges: [], editedOutsidePane: [], error: { code, message } }] });
  });

  it('a FIFO inside a folder is reported like any unreadable document, and the others are checked', async () => {
    const folder = join(dir, 'map');
    spawnSync('mkdir', [folder]);
    spawnSync('mkfifo', [join(folder, 'a-pijp.docx')]);
    expect((await annotatie(['new', join(folder, 'b.docx')])).code).toBe(0);
    const result = await annotatie(['check', folder, '--json']);
    expect(result.code).toBe(2);
    const { reports } = JSON.parse(result.stdout) as { reports: { file: string; error?: { code: string } }[] };
    expect(reports.map((report) => [report.file.slice(-11), report.error?.code])).toEqual([
      ['a-pijp.docx', 'not_a_file'],
      ['/map/b.docx', undefined],
    ]);
  });
});

describe('every other file the command line reads is bounded too', () => {
  it.each([
    ['validate /dev/zero', ['validate', '/dev/zero'], '‘/dev/zero’ is geen gewoon bestand maar een apparaat'],
    ['validate a FIFO', ['validate', 'pijp.json'], '‘pijp.json’ is geen gewoon bestand maar een named pipe (FIFO)'],
    ['validate a 2 GB file', ['validate', 'groot.json'], '‘groot.json’ is te groot om te lezen (2 GB; de grens is 16 MB)'],
    ['validate --profile /dev/zero', ['validate', 'waarden.json', '--profile', '/dev/zero'], '‘/dev/zero’ is geen gewoon bestand maar een apparaat'],
    ['check --profile a FIFO', ['check', 'x.docx', '--profile', 'pijp.json'], '‘pijp.json’ is geen gewoon bestand maar een named pipe (FIFO)'],
    ['check --profile a 2 GB file', ['check', 'x.docx', '--profile', 'groot.json'], '‘groot.json’ is te groot om te lezen (2 GB; de grens is 1 MB)'],
    ['new --from /dev/zero', ['new', 'uit.docx', '--from', '/dev/zero'], '‘/dev/zero’ is geen gewoon bestand maar een apparaat'],
    ['new --from a 2 GB file', ['new', 'uit.docx', '--from', 'groot.json'], '‘groot.json’ is te groot om te lezen (2 GB; de grens is 16 MB)'],
    ['export a FIFO', ['export', 'pijp.docx'], '‘pijp.docx’ is geen gewoon bestand maar een named pipe (FIFO)'],
    ['export a 2 GB file', ['export', 'groot.docx', '--json'], '‘groot.docx’ is te groot om te lezen (2 GB; de grens is 200 MB)'],
    // The meeting calendar (h13) was read whole and measured afterwards.
    ['validate --calendar /dev/zero', ['validate', 'waarden.json', '--calendar', '/dev/zero'], '‘/dev/zero’ is geen gewoon bestand maar een apparaat'],
    ['check --calendar a FIFO', ['check', 'x.docx', '--calendar', 'pijp.ics'], '‘pijp.ics’ is geen gewoon bestand maar een named pipe (FIFO)'],
    ['export --calendar a 2 GB file', ['export', 'x.docx', '--calendar', 'groot.ics'], 'de vergaderkalender ‘groot.ics’ is niet te gebruiken: te groot voor een vergaderkalender (2048 MB, ten hoogste 10 MB)'],
    ['import a FIFO', ['import', 'pijp.docx'], '‘pijp.docx’ is geen gewoon bestand maar een named pipe (FIFO)'],
    ['import a 2 GB PDF', ['import', 'groot.pdf', '--json'], '‘groot.pdf’ is te groot om te lezen (2 GB; de grens is 50 MB)'],
  ])('%s', async (_name, args, message) => {
    const result = await annotatie(args);
    expect(result.code).toBe(2);
    const [first] = result.stderr.split('\n');
    expect(first?.startsWith(`annotatie: ${message}`) ? message : first).toBe(message);
    expect(result.stderr).not.toMatch(NO_STACK);
  });
});

describe('the bounded read itself (node io)', () => {
  const io = nodeIo();

  it('a file whose size says less than it holds is still cut off at the limit plus one byte', async () => {
    // /proc files report size 0 and produce their text when read: the read must not trust stat.
    const read = await io.readFile('/proc/self/maps', 10);
    expect(read).toEqual({ kind: 'too-large', size: 11 });
  });

  it('a file at the limit is read whole; one byte more is refused', async () => {
    const path = join(dir, 'precies.json');
    writeFileSync(path, 'x'.repeat(100));
    expect(await io.readFile(path, 100)).toMatchObject({ kind: 'file', bytes: new Uint8Array(100).fill(0x78) });
    expect(await io.readFile(path, 99)).toEqual({ kind: 'too-large', size: 100 });
    expect(await io.readFile(join(dir, 'leeg.docx'), 10).catch((error: { code: string }) => error.code)).toBe('ENOENT');
  });

  it('the limits are what the messages and the README say', () => {
    expect(READ_LIMITS).toEqual({ docx: 200 * 1024 ** 2, values: 16 * 1024 ** 2, profile: 1024 ** 2 });
  });
});
