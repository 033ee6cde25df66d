import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 * import` runs it, one worker reused for the whole folder — and `annotatie import DIR --json` as
 * a griffie runs it on an archive: whole process, output to /dev/null, at two sizes, with the
 * peak RSS of all its threads (the folder run streams, so memory should not grow with the count).
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

  const folderFigures = await importFolderFigures(bin);
  return [
    { name: 'legacy.recognise.seed.us', value: recogniseSeed, unit: 'µs', note: 'the seed text, median of 101 batches of 10' },
    { name: 'legacy.docx.read_recognise.us', value: recogniseDocx, unit: 'µs', note: 'an old-template .docx, read and recognised' },
    { name: 'import.pdf.folder.docs_per_s', value: round2((pdfs.length * rounds) / seconds), unit: 'docs/s', note: `${pdfs.length} PDFs × ${rounds}, one worker, read + layout + recognise` },
    { name: 'import.pdf.first_file.ms', value: round2(cold), unit: 'ms', note: 'worker start and pdf.js load included' },
    { name: 'import.pdf.bin.ms', value: round2(runs[2] ?? Number.NaN), unit: 'ms', note: 'node bin/annotatie.js import (2 pages) --json, median of 5' },
    ...folderFigures,
  ];
}

/** The corpus files of every kind (PDF, text, old .docx), copied round-robin into `count` files over subfolders of 25. */
function archive(dir: string, count: number): void {
  const sources: string[] = [];
  for (const split of ['tuned', 'heldout']) {
    for (const name of readdirSync(join(fixtures, 'corpus', split)).sort()) {
      if (/\.(?:pdf|txt|docx)$/.test(name)) sources.push(join(fixtures, 'corpus', split, name));
    }
  }
  for (let index = 0; index < count; index += 1) {
    const source = sources[index % sources.length] ?? '';
    const folder = join(dir, `jaar-${Math.floor(index / 25)}`);
    if (index % 25 === 0) mkdirSync(folder, { recursive: true });
    copyFileSync(source, join(folder, `stuk-${String(index).padStart(4, '0')}${source.slice(source.lastIndexOf('.'))}`));
  }
}

/** Runs the measured bin (peak RSS on fd 3 at exit) with stdout to /dev/null. */
function timedRun(args: readonly string[]): Promise<{ readonly ms: number; readonly code: number | null; readonly maxRssKib: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], cwd: root });
    let stderr = '';
    let rss = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdio[3]?.on('data', (chunk: Buffer) => (rss += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === null || code > 2) reject(new Error(`import DIR: exit ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms: performance.now() - started, code, maxRssKib: Number(rss) });
    });
  });
}

async function importFolderFigures(bin: string): Promise<readonly Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'annotatie-bench-import-'));
  try {
    const measured = join(dir, 'measured.cjs');
    writeFileSync(measured, `process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)));\nrequire(${JSON.stringify(bin)});\n`);
    const figures: Figure[] = [];
    for (const count of [100, 1000]) {
      const folder = join(dir, `archief-${count}`);
      archive(folder, count);
      const result = await timedRun([measured, 'import', folder, '--json', '--today', '2025-09-01']);
      figures.push(
        { name: `import.dir${count}.docs_per_s`, value: round2(count / (result.ms / 1000)), unit: 'docs/s', note: `node bin/annotatie.js import DIR --json > /dev/null, ${count} files (a third PDFs), ${round2(result.ms / 1000)} s whole process` },
        { name: `import.dir${count}.peakRss.mb`, value: round2((result.maxRssKib * 1024) / 1e6), unit: 'MB', note: 'peak RSS of that process (getrusage, the PDF worker thread included)' },
      );
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
