import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './figure';
import { medianMicros, round2 } from './figure';
import { recogniseAnnotatie, textBlocks } from '../src/domain';
import { readLegacyDocx } from '../src/document/ooxml/legacy-read';
import { pdfBlocks } from '../src/document/pdf';
import { workerPdfReader } from '../src/cli/pdf-reader';

/**
 * Converting old annotaties (issue 12): how long recognising the seed takes, and how many PDFs
 * a folder import gets through per second — pdf.js in the CLI's worker thread, as `annotatie
 * import` runs it, one worker reused for the whole folder.
 */
const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'legacy');

export async function run(): Promise<readonly Figure[]> {
  const seed = readFileSync(join(fixtures, 'seed', 'annotatie-raadsvoorstel-zoetermeer-2025.txt'), 'utf8');
  const docx = new Uint8Array(readFileSync(join(fixtures, 'corpus', 'tuned', 't02.template.docx')));
  const recogniseSeed = medianMicros(() => recogniseAnnotatie(textBlocks(seed)), 101, 10);
  const recogniseDocx = medianMicros(() => {
    const read = readLegacyDocx(docx);
    if (read.ok) recogniseAnnotatie(read.input);
  }, 101, 10);

  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  const pdfs: Uint8Array[] = [];
  for (const split of ['tuned', 'heldout']) {
    for (const name of readdirSync(join(fixtures, 'corpus', split)).sort()) {
      if (name.endsWith('.pdf')) pdfs.push(new Uint8Array(readFileSync(join(fixtures, 'corpus', split, name))));
    }
  }
  const reader = workerPdfReader();
  // The first file pays for starting the worker and loading pdf.js; a folder run pays it once.
  const coldStart = performance.now();
  await reader.read(pdfs[0] ?? new Uint8Array());
  const cold = performance.now() - coldStart;
  const rounds = 3;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (const pdf of pdfs) {
      const read = await reader.read(pdf);
      if (!read.ok) throw new Error(read.error.kind);
      recogniseAnnotatie(pdfBlocks(read.text));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await reader.close();

  const bin = join(root, 'bin', 'annotatie.js');
  const one = join(fixtures, 'corpus', 'tuned', 't01.reportlab.pdf');
  const runs: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    const start = performance.now();
    spawnSync(process.execPath, [bin, 'import', one, '--json'], { encoding: 'utf8' });
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return [
    { name: 'legacy.recognise.seed.us', value: recogniseSeed, unit: 'µs', note: 'the seed text, median of 101 batches of 10' },
    { name: 'legacy.docx.read_recognise.us', value: recogniseDocx, unit: 'µs', note: 'an old-template .docx, read and recognised' },
    { name: 'import.pdf.folder.docs_per_s', value: round2((pdfs.length * rounds) / seconds), unit: 'docs/s', note: `${pdfs.length} PDFs × ${rounds}, one worker, read + layout + recognise` },
    { name: 'import.pdf.first_file.ms', value: round2(cold), unit: 'ms', note: 'worker start and pdf.js load included' },
    { name: 'import.pdf.bin.ms', value: round2(runs[2] ?? Number.NaN), unit: 'ms', note: 'node bin/annotatie.js import (2 pages) --json, median of 5' },
  ];
}
