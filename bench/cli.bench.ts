import { spawn, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figure';
import { round2 } from './figure';
import seed from '../src/preview/seed.json';
import type { AnnotatieValues } from '../src/domain';
import { writeDocx } from '../src/document/ooxml';

/**
 * The command line as a whole process, the way a griffie runs it (issue 8):
 * - `annotatie check DIR --json` against python-docx on the same 2,000 small documents, in
 *   turns (A B A B …, so drift of this shared machine hits both), medians and their ratio;
 * - peak memory of `check DIR --json` over 5,000 documents (streamed output: goal < 400 MB);
 * - start-up: `node bin/annotatie.js --help` against bare `node`, and against `npx annotatie`.
 * Needs Debian's python3-docx for the comparison (skipped, and said, without it).
 */
const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'annotatie.js');
/** Debian's python3, where python3-docx is installed (a pyenv python on PATH would not have it). */
const PYTHON = '/usr/bin/python3';
const SEED: AnnotatieValues = seed;

/**
 * The fair equivalent in python-docx: open every .docx of the folder (sorted, like check) and
 * read the text of every paragraph in the body, those inside tables and content controls too
 * (python-docx cannot tell which control a paragraph belongs to, so it cannot check anything),
 * and print it all as one JSON document.
 */
const PYTHON_SCRIPT = `
import json, os, sys
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
reports = []
for folder, dirs, names in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(names):
        if name.lower().endswith('.docx') and not name.startswith('~$'):
            path = os.path.join(folder, name)
            document = Document(path)
            reports.append({'file': path, 'paragraphs': [Paragraph(p, document).text for p in document.element.body.iter(qn('w:p'))]})
json.dump({'reports': reports}, sys.stdout, ensure_ascii=False, indent=2)
`;

/** Small documents that differ (values, a few left empty), 20 to a folder like a year's archive. */
function writeCorpus(dir: string, count: number): void {
  const variants = Array.from({ length: 50 }, (_, index) =>
    writeDocx({
      ...SEED,
      onderwerp: `${SEED.onderwerp ?? ''} ${index}`,
      'raadsadviseur.telefoon': `+31 6 3934${String(index).padStart(4, '0')}`,
      ...(index % 5 === 0 ? { adviesCommissie: '', 'toelichting.kern': '' } : {}),
    }),
  );
  for (let index = 0; index < count; index += 1) {
    const folder = join(dir, `map-${String(Math.floor(index / 20)).padStart(4, '0')}`);
    if (index % 20 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `voorstel-${String(index).padStart(5, '0')}.docx`), variants[index % variants.length] ?? new Uint8Array());
  }
}

interface Timed {
  readonly ms: number;
  readonly code: number | null;
  /** Peak resident set of the whole process (all its threads), KiB, from getrusage in the child. */
  readonly maxRssKib?: number;
}

/** Runs a command with stdout to /dev/null (as `> /dev/null` would), timing the whole process. */
function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], env, cwd: root });
    let stderr = '';
    let rss = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdio[3]?.on('data', (chunk: Buffer) => (rss += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== null && code > 2) reject(new Error(`${command} ${args.join(' ')}: exit ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms, code, ...(rss !== '' ? { maxRssKib: Number(rss) } : {}) });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Wall times of each command, run in turns (one warm-up each first: file cache, Python's
 * bytecode cache), one array per command, round by round: compare them pair by pair, so a
 * moment when the shared machine is busy slows both sides of a pair.
 */
async function inTurns(commands: readonly (() => Promise<Timed>)[], rounds: number): Promise<number[][]> {
  for (const command of commands) await command();
  const samples = commands.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, command] of commands.entries()) samples[index]?.push((await command()).ms);
  }
  return samples;
}

/** Median over rounds of `a[i] op b[i]`. */
function pairwise(a: readonly number[] | undefined, b: readonly number[] | undefined, op: (x: number, y: number) => number): number {
  return median((a ?? []).map((x, index) => op(x, b?.[index] ?? Number.NaN)));
}

/** Milliseconds from creating a check worker to its `ready` message (bundle loaded, profile set). */
function workerStart(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const worker = new Worker(join(root, 'lib', 'cli', 'check-worker.cjs'), { workerData: { lang: 'nl', format: 'json', header: true } });
    worker.once('message', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      void worker.terminate().then(() => resolve(ms));
    });
    worker.once('error', reject);
  });
}

export async function run(): Promise<readonly Figure[]> {
  if (!existsSync(join(root, 'lib', 'cli', 'annotatie.cjs'))) throw new Error('build the command line first (node scripts/build-cli.mjs)');
  const dir = mkdtempSync(join(tmpdir(), 'annotatie-bench-cli-'));
  const figures: Figure[] = [];
  try {
    // A wrapper that reports the process's peak RSS on fd 3 when it exits, around the real bin.
    const measured = join(dir, 'measured.cjs');
    writeFileSync(measured, `process.on('exit', () => require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)));\nrequire(${JSON.stringify(bin)});\n`);

    const two = join(dir, 'twee-duizend');
    writeCorpus(two, 2000);
    const check = (env: NodeJS.ProcessEnv = process.env) => () => timed(process.execPath, [bin, 'check', two, '--json'], env);
    const python = join(dir, 'python-docx.py');
    writeFileSync(python, PYTHON_SCRIPT);
    const hasPythonDocx = spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;
    if (hasPythonDocx) {
      const [annotatie, single, pythonDocx] = await inTurns([check(), check({ ...process.env, ANNOTATIE_THREADS: '1' }), () => timed(PYTHON, [python, two])], 3);
      figures.push(
        { name: 'cli.check2000.ms', value: round2(median(annotatie ?? [])), unit: 'ms', note: 'node bin/annotatie.js check DIR --json > /dev/null, 2,000 small documents, median of 3 (in turns with the two below)' },
        { name: 'cli.check2000.oneThread.ms', value: round2(median(single ?? [])), unit: 'ms', note: 'the same with ANNOTATIE_THREADS=1' },
        { name: 'cli.pythonDocx2000.ms', value: round2(median(pythonDocx ?? [])), unit: 'ms', note: 'python-docx (Debian python3-docx) reading every paragraph of the same files, JSON to /dev/null' },
        { name: 'cli.check2000.vsPythonDocx', value: round2(pairwise(annotatie, pythonDocx, (a, b) => a / b)), unit: '×', note: 'annotatie check ÷ python-docx, median of the ratios per round; below 1 is ahead' },
        { name: 'cli.check2000.threadsVsOne', value: round2(pairwise(annotatie, single, (a, b) => a / b)), unit: '×', note: 'with worker threads ÷ one thread, per round; depends on how busy the cores are' },
      );
    } else {
      figures.push({ name: 'cli.pythonDocx2000.ms', value: Number.NaN, unit: 'ms', note: `skipped: ${PYTHON} cannot import docx (apt-get install python3-docx)` });
    }

    // Memory: 5,000 documents, output streamed to /dev/null; peak RSS of the whole process.
    const five = join(dir, 'vijf-duizend');
    writeCorpus(five, 5000);
    const memory = await timed(process.execPath, [measured, 'check', five, '--json']);
    figures.push({
      name: 'cli.check5000.peakRss.mb',
      value: round2(((memory.maxRssKib ?? NaN) * 1024) / 1e6),
      unit: 'MB',
      note: `peak RSS (getrusage, all threads) of check DIR --json over 5,000 documents, ${round2(memory.ms / 1000)} s; goal < 400 MB`,
    });

    // What a worker thread costs before its first document: why small folders stay in one thread.
    const starts: number[] = [];
    for (let round = 0; round < 5; round += 1) starts.push(await workerStart());
    figures.push({ name: 'cli.workerStart.ms', value: round2(median(starts)), unit: 'ms', note: 'new Worker(check-worker.cjs) until it is ready, median of 5; compare with cli.check2000.oneThread.ms / 2,000 per document' });

    // Start-up: what every call pays before doing anything.
    const [help, bare] = await inTurns([() => timed(process.execPath, [bin, '--help']), () => timed(process.execPath, ['-e', '0'])], 21);
    figures.push(
      { name: 'cli.help.ms', value: round2(median(help ?? [])), unit: 'ms', note: 'node bin/annotatie.js --help, wall, median of 21' },
      { name: 'cli.nodeBare.ms', value: round2(median(bare ?? [])), unit: 'ms', note: "node -e 0: Node's own start-up on this machine, same turns" },
      { name: 'cli.help.ownStartup.ms', value: round2(pairwise(help, bare, (a, b) => a - b)), unit: 'ms', note: 'what the command line adds to Node, median of the differences per round' },
    );
    // npx's own start-up (update check off: no network in a bench, and a user on a slow network would pay more).
    const npx = spawnSync('npx', ['--version'], { stdio: 'ignore' }).status === 0;
    if (npx) {
      const env = { ...process.env, npm_config_update_notifier: 'false' };
      const [viaNpx, direct] = await inTurns([() => timed('npx', ['--no-install', 'annotatie', '--help'], env), () => timed(process.execPath, [bin, '--help'])], 5);
      figures.push(
        { name: 'cli.npxHelp.ms', value: round2(median(viaNpx ?? [])), unit: 'ms', note: 'npx annotatie --help from the checkout, median of 5' },
        { name: 'cli.npxOverhead.ms', value: round2(pairwise(viaNpx, direct, (a, b) => a - b)), unit: 'ms', note: 'what npx adds per call over node bin/annotatie.js (or ./annotatie), per round' },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
