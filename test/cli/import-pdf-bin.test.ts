import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workerPdfReader } from '../../src/cli/pdf-reader';
import { DEFAULT_PDF_LIMITS } from '../../src/document/pdf';

/**
 * PDFs as `annotatie import` reads them: the bundle, its worker thread and pdf.js, for real.
 * Hostile files end in one line and exit 2; the worker is what bounds time and memory.
 */
const root = join(__dirname, '..', '..');
const corpus = join(root, 'test', 'fixtures', 'legacy', 'corpus');

function annotatie(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'annotatie.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
}, 60_000);

describe('annotatie import FILE.pdf', () => {
  it('a two-page PDF with real tables (reportlab): the table read by columns, headers and footers set aside', () => {
    const run = annotatie('import', join(corpus, 'tuned', 't01.reportlab.pdf'), '--json');
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { values: Record<string, string>; unrecognised: string[] };
    expect(output.values).toMatchObject({ portefeuillehouder: 'Burgemeester M. Bezuijen', 'ambtenaar.naam': 'J.P. de Groot', 'raadsadviseur.telefoon': '+31 6 12345678', 'planning.besluitvorming': '17-11-2025' });
    expect(output.unrecognised).toEqual(['Gemeente Zoetermeer Z/25/100200', 'Pagina 1', 'Gemeente Zoetermeer Z/25/100200', 'Pagina 2']);
  }, 30_000);

  it.each([
    ['nl', 'de PDF bevat geen tekst, alleen afbeeldingen: waarschijnlijk een scan'],
    ['en', 'the PDF holds no text, only images: probably a scan'],
  ])('a scan (%s): exit 2 and says so', (lang, words) => {
    const run = annotatie('import', join(corpus, 'scan.pdf'), '--lang', lang);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stdout).toBe('');
  }, 30_000);

  it.each([
    ['garbage after a PDF header', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x41)])],
    ['a PDF cut in half', readFileSync(join(corpus, 'tuned', 't02.reportlab.pdf')).subarray(0, 3000)],
  ])('%s: exit 2, one line, no stack trace', (_name, bytes) => {
    const file = join(mkdtempSync(join(tmpdir(), 'annotatie-pdf-')), 'kapot.pdf');
    writeFileSync(file, bytes);
    const run = annotatie('import', file, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.(c?js|mjs):\d+/);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: expect.stringMatching(/^pdf_(corrupt|not_pdf)$/) } });
  }, 30_000);
});

describe('annotatie import DIR with PDFs', () => {
  it('one entry per file, the PDFs read in the PDF worker, a scan an error entry; the process ends', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'annotatie-pdf-dir-')), 'archief');
    mkdirSync(join(folder, '2025'), { recursive: true });
    copyFileSync(join(corpus, 'tuned', 't01.reportlab.pdf'), join(folder, '2025', 'a.pdf'));
    copyFileSync(join(corpus, 'tuned', 't02.libreoffice.pdf'), join(folder, '2025', 'b.pdf'));
    copyFileSync(join(corpus, 'scan.pdf'), join(folder, '2025', 'c-scan.pdf'));
    copyFileSync(join(corpus, 'tuned', 't03.linear.txt'), join(folder, 'd.txt'));
    const result = spawnSync(process.execPath, [join(root, 'bin', 'annotatie.js'), 'import', folder, '--json', '--today', '2025-09-01'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    const doc = JSON.parse(result.stdout) as { imports: { file: string; values: Record<string, string>; error?: { code: string } }[] };
    expect(doc.imports.map((entry) => [entry.file.slice(folder.length + 1), entry.error?.code])).toEqual([
      ['2025/a.pdf', undefined],
      ['2025/b.pdf', undefined],
      ['2025/c-scan.pdf', 'pdf_no_text'],
      ['d.txt', undefined],
    ]);
    expect(doc.imports[0]?.values['ambtenaar.naam']).toBe('J.P. de Groot');
    expect(result.stderr).toBe('');
  }, 60_000);
});

describe('the PDF worker', () => {
  const pdf = new Uint8Array(readFileSync(join(corpus, 'tuned', 't02.reportlab.pdf')));

  it('stops a file that takes too long, and the next file gets a fresh worker', async () => {
    const slow = workerPdfReader({ ...DEFAULT_PDF_LIMITS, timeoutMs: 1 });
    expect(await slow.read(pdf)).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await slow.close();
    const normal = workerPdfReader();
    expect(await normal.read(pdf)).toMatchObject({ ok: true });
    expect(await normal.read(pdf)).toMatchObject({ ok: true });
    await normal.close();
  }, 30_000);

  it('a worker that runs out of its heap fails that file only', async () => {
    const tiny = workerPdfReader({ ...DEFAULT_PDF_LIMITS, maxHeapMb: 2 });
    const read = await tiny.read(pdf);
    expect(read).toMatchObject({ ok: false, error: { kind: expect.stringMatching(/^(out_of_memory|corrupt)$/) } });
    await tiny.close();
  }, 30_000);
});

describe('pdf.js costs nothing to the other commands', () => {
  const bundles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? bundles(join(dir, entry.name)) : entry.name.endsWith('.cjs') ? [join(dir, entry.name)] : []));

  it('is in no bundle: the PDF worker imports the installed package at run time', () => {
    const all = bundles(join(root, 'lib', 'cli'));
    expect(all.map((path) => path.slice(root.length + 1)).sort()).toEqual(
      ['annotatie', 'check-worker', 'pdf-worker', ...['check', 'export', 'import', 'new', 'validate'].map((name) => `commands/${name}`)].map((name) => `lib/cli/${name}.cjs`).sort(),
    );
    for (const path of all) {
      const bundle = readFileSync(path, 'utf8');
      expect(bundle).not.toMatch(/class PDFDocumentProxy|class PDFPageProxy/);
      expect(bundle.length).toBeLessThan(1_000_000);
    }
  });

  it('only the PDF worker has the code that drives pdf.js, and it loads pdf.mjs with a real import()', () => {
    for (const path of bundles(join(root, 'lib', 'cli'))) {
      const bundle = readFileSync(path, 'utf8');
      if (path.endsWith('pdf-worker.cjs')) {
        // The other bundles turn import() into require(), which cannot load an ES module file.
        expect(bundle).toMatch(/loading \?\?= import\(url\)/);
        expect(bundle).toContain('getDocument(');
      } else {
        expect(bundle).not.toContain('getDocument(');
      }
    }
  });
});
