import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real thing: `node bin/annotatie.js` as `npx annotatie` runs it, after building the bundle
 * the way `npm ci` (prepare) does. Catches what in-process tests cannot: the entry guard in
 * main.ts, bundling of the JSON profile and phone metadata, process.exitCode.
 */
const root = join(__dirname, '..', '..');
const values = (name: string): string => join('test', 'fixtures', 'values', name);

function annotatie(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'annotatie.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Newest modification time of the sources the bundle is built from. */
function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

beforeAll(() => {
  // Rebuild only when stale: other test files spawn the same bundle in parallel jest workers,
  // and rewriting it under them could hand them a half-written file. `npm test` builds first.
  const bundle = join(root, 'lib', 'cli', 'annotatie.cjs');
  if (existsSync(bundle) && statSync(bundle).mtimeMs > newestSource(join(root, 'src'))) return;
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
}, 60_000);

describe('bin/annotatie.js validate', () => {
  it('the seed: exit 1, the typo with its suggestion as one JSON document', () => {
    // --today as a user pins it: the day the seed was written, before its planning dates.
    const result = annotatie('validate', join('src', 'preview', 'seed.json'), '--json', '--today', '2025-09-01');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({
      findings: [{ field: 'ambtenaar.email', code: 'email_domain_typo', severity: 'error', suggestion: 'a.e.de.vries@zoetermeer.nl' }],
    });
  });

  it('a clean annotatie: exit 0', () => {
    expect(annotatie('validate', values('clean.json'), '--today', '2025-09-01')).toEqual({ code: 0, stdout: `${values('clean.json')}: geen bevindingen.\n`, stderr: '' });
  });

  it('a missing file: one line, exit 2, no stack trace', () => {
    expect(annotatie('validate', 'bestaat-niet.json')).toEqual({ code: 2, stdout: '', stderr: 'annotatie: ‘bestaat-niet.json’ bestaat niet.\n' });
  });

  it('a bad profile: one line naming file and property, exit 2', () => {
    const result = annotatie('validate', values('clean.json'), '--profile', values('profiles/bad-programma.json'));
    expect(result).toEqual({ code: 2, stdout: '', stderr: `annotatie: ongeldig profiel: ${values('profiles/bad-programma.json')}: options.programma[2] moet tekst zijn\n` });
  });

  it('an unknown command: usage on stderr, exit 2', () => {
    const result = annotatie('valideer');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^annotatie: onbekende opdracht ‘valideer’\.\n\nGebruik: annotatie/);
  });
});
