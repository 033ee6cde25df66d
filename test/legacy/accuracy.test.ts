import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseAnnotatie } from '../../src/domain';
import type { Recognition } from '../../src/domain';
import { pdfBlocks } from '../../src/document/pdf';
import { workerPdfReader } from '../../src/cli/pdf-reader';
import type { PdfReader } from '../../src/cli/pdf-reader';
import { CORPUS, corpusDocuments, recogniseFile, score } from './corpus';

/**
 * The bar, measured on the corpus of scripts/legacy-corpus/make_corpus.py: at least 90 %
 * of the fields right per kind of input on the held-out half (annotaties the recogniser was not
 * tuned on), and nothing dropped anywhere. The figures go to test-output/legacy-accuracy.json.
 * PDFs are read as `annotatie import` reads them: pdf.js in the PDF worker thread (lib/cli/pdf-worker.cjs).
 */
const root = join(__dirname, '..', '..');
let reader: PdfReader;

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  reader = workerPdfReader();
}, 60_000);

afterAll(() => reader.close());

async function recognise(path: string): Promise<Recognition> {
  if (!path.endsWith('.pdf')) return recogniseFile(path);
  const read = await reader.read(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(`${path}: ${read.error.kind} ${read.error.detail}`);
  return recogniseAnnotatie(pdfBlocks(read.text));
}

interface Tally {
  present: number;
  right: number;
  spurious: number;
  documents: number;
}

describe('the legacy corpus', () => {
  const tallies = new Map<string, Tally>();
  const dropped: string[] = [];

  beforeAll(async () => {
    for (const document of corpusDocuments()) {
      const recognition = await recognise(document.path);
      const result = score(document.expected, recognition.values);
      const key = `${document.kind} ${document.split}`;
      const tally = tallies.get(key) ?? { present: 0, right: 0, spurious: 0, documents: 0 };
      tally.present += result.present;
      tally.right += result.right;
      tally.spurious += result.spurious;
      tally.documents += 1;
      tallies.set(key, tally);
      // Nothing dropped: every word of every expected value is somewhere in the output.
      const out = [...Object.values(recognition.values), ...recognition.unrecognised, ...recognition.labels].join(' ');
      for (const value of Object.values(document.expected)) {
        for (const word of value.split(/\s+/)) if (word !== '•' && !out.includes(word)) dropped.push(`${document.file}: ${word}`);
      }
    }
    mkdirSync(join(root, 'test-output'), { recursive: true });
    writeFileSync(join(root, 'test-output', 'legacy-accuracy.json'), `${JSON.stringify(Object.fromEntries(tallies), null, 2)}\n`);
  }, 120_000);

  const kinds = ['text-ocr', 'text-linear', 'docx-template', 'docx-table', 'pdf-reportlab', 'pdf-libreoffice'];

  it.each(kinds)('%s, held out: at least 90 % of the fields right', (kind) => {
    const tally = tallies.get(`${kind} heldout`);
    expect(tally?.documents).toBeGreaterThan(0);
    expect((tally?.right ?? 0) / (tally?.present ?? 1)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(kinds)('%s, tuned: at least 95 % of the fields right', (kind) => {
    const tally = tallies.get(`${kind} tuned`);
    expect((tally?.right ?? 0) / (tally?.present ?? 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('invents no field a document does not have', () => {
    expect([...tallies.values()].reduce((sum, tally) => sum + tally.spurious, 0)).toBe(0);
  });

  it('drops nothing', () => {
    expect(dropped).toEqual([]);
  });

  it('says a scan has no text layer', async () => {
    const read = await reader.read(new Uint8Array(readFileSync(join(CORPUS, 'scan.pdf'))));
    expect(read).toMatchObject({ ok: false, error: { kind: 'no_text' } });
  });
});
