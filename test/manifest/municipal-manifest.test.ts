import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { DEFAULT_PROFILE, loadProfile } from '../../src/domain';
import { manifestId, municipalManifest } from '../../src/manifest/municipal-manifest';
import { profileRequest } from '../../src/taskpane/profile-source';

// Offline validation against Microsoft's manifest XSDs, as test/manifest/manifest.test.ts does.
// The schemas are copied into test/fixtures/schemas by the CLI/.docx hardening work; until that
// lands they are read where manifest.test.ts reads them.
const root = resolve(__dirname, '..', '..');
const fixtureSchemas = join(root, 'test', 'fixtures', 'schemas', 'office-addin-manifest');
const schemaDir = existsSync(fixtureSchemas) ? fixtureSchemas : resolve(root, '..', 'shared', 'schemas', 'office-addin-manifest');
const template = readFileSync(join(root, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const main = 'OfficeAppManifestV1_1.xsd';
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(schemaDir, main), 'utf8') }],
    preload: readdirSync(schemaDir)
      .filter((name) => name.endsWith('.xsd') && name !== main)
      .map((name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') })),
  });
}

const loaded = loadProfile(readFileSync(join(root, 'profiles', 'delft.json'), 'utf8'), 'delft.json');
if (!loaded.ok) throw new Error(loaded.error);
const delft = loaded.profile;
const ID = '0b6f3c1e-5d2a-4e8b-9c7f-1a2b3c4d5e6f';

function written(options: Partial<Parameters<typeof municipalManifest>[1]> = {}): string {
  const result = municipalManifest(template, { profile: delft, profilePath: 'profiles/delft.json', url: 'https://addin.delft.nl/annotatie/', id: ID, ...options });
  if (!result.ok) throw new Error(result.error);
  return result.xml;
}

const urlsOf = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));

describe('a municipality’s manifest from its profile and its site', () => {
  it('validates against the Office add-in manifest schemas', async () => {
    const result = await validate(written());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has its own Id, names from the profile, and every URL on the municipality’s site', () => {
    const xml = written();
    expect(manifestId(xml)).toBe(ID);
    expect(manifestId(xml)).not.toBe(manifestId(template));
    expect(xml).toContain('<ProviderName>Gemeente Delft</ProviderName>');
    expect(xml).toMatch(/<DisplayName DefaultValue="Annotatie raadsvoorstel Delft">\s*<Override Locale="en-US" Value="Council proposal annotation Delft"\/>/);
    const urls = urlsOf(xml);
    expect(urls.length).toBe(urlsOf(template).length);
    for (const url of urls) expect(url.startsWith('https://addin.delft.nl/annotatie/')).toBe(true);
    expect(xml).toContain('<AppDomain>https://addin.delft.nl</AppDomain>');
    expect(xml).not.toContain('localhost');
  });

  it('points the pane at the profile, in both places a manifest names the pane, as the pane reads it', () => {
    const xml = written();
    const panes = urlsOf(xml).filter((url) => url.includes('/taskpane.html'));
    expect(panes).toEqual(['https://addin.delft.nl/annotatie/taskpane.html?profile=profiles/delft.json', 'https://addin.delft.nl/annotatie/taskpane.html?profile=profiles/delft.json']);
    const pane = new URL(panes[0] ?? '');
    expect(profileRequest(pane.search, pane.href)).toEqual({ kind: 'file', name: 'profiles/delft.json', url: 'https://addin.delft.nl/annotatie/profiles/delft.json' });
  });

  it('with --office-js bundled the pane skips the CDN, and the XML stays valid (& escaped)', async () => {
    const xml = written({ officeJs: 'bundled' });
    expect(xml).toContain('taskpane.html?profile=profiles/delft.json&amp;office=bundled"');
    expect((await validate(xml)).valid).toBe(true);
  });

  it('escapes a gemeente name that XML would misread', async () => {
    const result = municipalManifest(template, { profile: { ...DEFAULT_PROFILE, gemeente: '’s-Hertogenbosch & <Test> "x"' }, profilePath: 'profiles/x.json', url: 'https://a.nl/', id: ID });
    if (!result.ok) throw new Error(result.error);
    expect(result.xml).toContain('<ProviderName>Gemeente ’s-Hertogenbosch &amp; &lt;Test&gt; &quot;x&quot;</ProviderName>');
    expect((await validate(result.xml)).valid).toBe(true);
  });

  it.each([
    [{ id: 'delft' }, /--id ‘delft’ is geen GUID/],
    [{ url: 'http://addin.delft.nl/' }, /https/],
    [{ url: 'https://addin.delft.nl/?x=1' }, /zonder \? of #/],
    [{ url: 'geen adres' }, /geen geldig adres/],
    [{ profilePath: 'https://elders.nl/delft.json' }, /pad op dezelfde site/],
    [{ profilePath: '//elders.nl/delft.json' }, /pad op dezelfde site/],
    [{ profile: { ...delft, gemeente: 'x'.repeat(120) } }, /langer dan de 125 tekens/],
  ])('refuses %j with a clear message', (options, message) => {
    const result = municipalManifest(template, { profile: delft, profilePath: 'profiles/delft.json', url: 'https://addin.delft.nl/', id: ID, ...options });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('adds the final slash to a site folder', () => {
    expect(urlsOf(written({ url: 'https://addin.delft.nl/annotatie' }))).toContain('https://addin.delft.nl/annotatie/taskpane.html?profile=profiles/delft.json');
  });
});

describe('node scripts/make-manifest.mjs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'make-manifest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', 'make-manifest.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

  it('writes manifest.NAME.xml with a new GUID, and keeps that GUID when run again', async () => {
    const first = run('--profile', join(root, 'profiles', 'delft.json'), '--url', 'https://addin.delft.nl/');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const xml = readFileSync(join(dir, 'manifest.delft.xml'), 'utf8');
    const id = manifestId(xml);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(manifestId(template));
    expect(first.stdout).toContain(`Id            ${id} (nieuw`);
    expect((await validate(xml)).valid).toBe(true);

    const again = run('--profile', join(root, 'profiles', 'delft.json'), '--url', 'https://addin.delft.nl/');
    expect(again.status).toBe(0);
    expect(manifestId(readFileSync(join(dir, 'manifest.delft.xml'), 'utf8'))).toBe(id);
    expect(again.stdout).toContain('(behouden uit het eerdere manifest.delft.xml)');
  }, 60_000);

  it.each([
    [['--url', 'https://addin.delft.nl/'], /--profile en --url zijn verplicht/],
    [['--profile', 'weg.json', '--url', 'https://a.nl/'], /weg\.json bestaat niet/],
    [['--profile', 'kapot.json', '--url', 'https://a.nl/'], /kapot\.json: meetingWeekday moet een van/],
    [['--profile', 'kapot.json', '--url', 'https://a.nl/', '--office-js', 'local'], /--office-js is cdn of bundled/],
  ])('%j: exit 2 and says why on stderr', (args, message) => {
    writeFileSync(join(dir, 'kapot.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'profiles', 'delft.json'), 'utf8')), meetingWeekday: 'thursday' }));
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  }, 60_000);
});
