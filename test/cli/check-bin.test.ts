import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { deflatedSpaces, zipWithRawEntry } from '../ooxml/support/hostile-files';
import { pandocText } from '../ooxml/support/docx-tools';

/**
 * The real thing, as `npx annotatie` runs it: new → check round-trips the seed exactly, export
 * works on what new wrote, and hostile files end in exit 2 with one line and no stack trace.
 */
const root = join(__dirname, '..', '..');
let dir = '';

function annotatie(...args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bin', 'annotatie.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'annotatie-bin-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/annotatie.js new | check | export', () => {
  it('new → check --json round-trips every seed value exactly', () => {
    const seedPath = join(root, 'src', 'preview', 'seed.json');
    // Exit 1 and the finding, as check says below: new validates what it writes.
    const made = annotatie('new', 'seed.docx', '--from', seedPath, '--today', '2025-09-01');
    expect(made).toMatchObject({ code: 1, stderr: '' });
    expect(made.stdout).toMatch(/^fout\s+E-mail behandelend ambtenaar: .*\nseed\.docx geschreven: 20 van 20 velden ingevuld\.\n$/);
    const check = annotatie('check', 'seed.docx', '--json', '--today', '2025-09-01');
    expect(check.code).toBe(1); // the seed's e-mail typo
    expect(check.stderr).toBe('');
    const { reports } = JSON.parse(check.stdout) as { reports: { values: unknown; findings: { code: string }[] }[] };
    expect(reports[0]?.values).toEqual(JSON.parse(readFileSync(seedPath, 'utf8')));
    expect(reports[0]?.findings.map((finding) => finding.code)).toEqual(['email_domain_typo']);
    // …and an independent reader sees the same document.
    expect(pandocText(new Uint8Array(readFileSync(join(dir, 'seed.docx'))))).toContain('a.e.de.vries@zoetemeer.nl');
  });

  it('export --csv of what new wrote', () => {
    const result = annotatie('export', 'seed.docx', '--csv');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\r\n')[0]).toMatch(/^file,onderwerp,portefeuillehouder,/);
  });

  it.each([
    ['not a zip', strToU8('hallo'), 'dit is geen .docx-bestand (geen zip-archief)'],
    ['zip bomb', zipWithRawEntry('word/document.xml', deflatedSpaces(24), 1024), 'het bestand pakt uit tot een onredelijk grote omvang en is geweigerd (mogelijk een zip-bom)'],
  ])('%s: exit 2, one line, no stack trace, within seconds', (_name, bytes, reason) => {
    writeFileSync(join(dir, 'x.docx'), bytes);
    const result = annotatie('check', 'x.docx');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `annotatie: ‘x.docx’ is niet te lezen: ${reason}.\n` });
    expect(result.ms).toBeLessThan(5000);
  });
});
