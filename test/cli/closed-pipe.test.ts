import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';

/**
 * Streamed output is made for pipes, and a pipe's reader may stop early
 * (`annotatie check map --json | head`). That is no error of ours: the command stops the way
 * Unix tools do on a closed pipe (exit 141, as if killed by SIGPIPE), with no stack trace.
 */
const root = join(__dirname, '..', '..');
let dir = '';

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'annotatie-pipe-'));
  mkdirSync(join(dir, 'map'));
  const bytes = writeDocx(seed);
  for (let index = 0; index < 60; index += 1) writeFileSync(join(dir, 'map', `doc-${String(index).padStart(2, '0')}.docx`), bytes);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each([['--json'], ['--ndjson'], ['--lang']])('check map %s | a reader that has stopped reading', async (flag) => {
  const args = flag === '--lang' ? ['check', 'map', '--lang', 'en'] : ['check', 'map', flag];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'annotatie.js'), ...args], { cwd: dir, env: { ...process.env, ANNOTATIE_THREADS: '1' } });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    // Closed before the first report: deterministic, whatever the size of the pipe's buffer.
    child.stdout.destroy();
    child.on('close', (status) => resolve({ code: status, stderr: err }));
  });
  expect(stderr).toBe('');
  expect(code).toBe(141);
}, 30_000);
