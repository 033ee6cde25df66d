import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

// `office-addin-manifest validate` posts to an online service no machine here reaches, so the
// manifest is checked offline against Microsoft's published XSDs (test/fixtures/schemas, see its README).
const root = resolve(__dirname, '..', '..');
const schemaDir = resolve(root, 'test', 'fixtures', 'schemas', 'office-addin-manifest');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const schemaFiles = readdirSync(schemaDir).filter((name) => name.endsWith('.xsd'));
  const main = 'OfficeAppManifestV1_1.xsd';
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(schemaDir, main), 'utf8') }],
    preload: schemaFiles
      .filter((name) => name !== main)
      .map((name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') })),
  });
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schemas', async () => {
    const result = await validate(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is refused by the same validation when an element is out of place', async () => {
    // Proves the check above can fail: Version must come after Id.
    const broken = manifest.replace(/<Version>[^<]*<\/Version>/, '').replace('<Id>', '<Version>0.1.0.0</Version><Id>');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
  });

  it('is a Word task pane add-in, Dutch first with an English override', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toMatch(/<Host Name="Document"\s*\/>/);
    expect(manifest).toContain('<DefaultLocale>nl-NL</DefaultLocale>');
    expect(manifest).toMatch(/<DisplayName DefaultValue="Annotatie raadsvoorstel">\s*<Override Locale="en-US"/);
  });

  it('loads everything from the add-in origin on localhost:3000', () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it.each([16, 32, 64, 80, 128])('has a %i px icon of that size in assets/', (size) => {
    expect(pngSize(join(root, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it('refers only to icons that exist', () => {
    const icons = [...manifest.matchAll(/localhost:3000\/assets\/([\w.-]+)"/g)].map((match) => match[1] ?? '');
    const present = new Set(readdirSync(join(root, 'assets')));
    for (const icon of icons) expect(present.has(icon)).toBe(true);
  });
});
