import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `./annotatie`, the launcher the README offers instead of `npx annotatie` (whose own start-up
 * costs a second or more per call): it runs bin/annotatie.js with the same arguments, also
 * through a link from a folder on PATH, and passes the exit code on.
 */
const root = join(__dirname, '..', '..');
let dir = '';

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'annotatie-launcher-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('./annotatie', () => {
  it('runs the command line with the arguments given', () => {
    const result = spawnSync(join(root, 'annotatie'), ['--lang', 'en', '--help'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Usage: annotatie <command> [options]');
  });

  it('through a chain of links from another folder, and passes the exit code on', () => {
    symlinkSync(join(root, 'annotatie'), join(dir, 'first'));
    symlinkSync('first', join(dir, 'annotatie'));
    const result = spawnSync(join(dir, 'annotatie'), ['check', 'bestaat-niet.docx'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('annotatie: ‘bestaat-niet.docx’ bestaat niet.\n');
  });
});
