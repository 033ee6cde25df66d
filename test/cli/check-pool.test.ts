import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, workerCount } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/io';
import type { CliIo } from '../../src/cli/io';
import { startPool } from '../../src/cli/check-pool';
import type { RenderOptions } from '../../src/cli/check-file';
import { POOL_MIN_FILES } from '../../src/cli/commands/check';
import { DEFAULT_PROFILE } from '../../src/domain';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';

/**
 * `check DIR` spreads large folders over worker threads (lib/cli/check-worker.cjs). What must
 * hold: the output is the same as in one thread, in the same order; a worker that dies costs
 * only the document it was on; workers that cannot start at all leave the work to this thread.
 */
const root = join(__dirname, '..', '..');
let dir = '';
const TODAY = { kind: 'date', year: 2025, month: 9, day: 1 } as const;
const RENDER: RenderOptions = { format: 'json', lang: 'nl', profile: DEFAULT_PROFILE, header: true, context: { today: TODAY } };
const INIT = { format: 'json', lang: 'nl', header: true, today: TODAY } as const;

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'annotatie-pool-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recording(io: CliIo): { readonly io: CliIo; readonly stdout: () => string; readonly stderr: () => string } {
  let out = '';
  let err = '';
  return { io: { ...io, stdout: (text) => void (out += text), stderr: (text) => void (err += text), stderrIsTTY: false }, stdout: () => out, stderr: () => err };
}

describe('check DIR with worker threads', () => {
  it(`${POOL_MIN_FILES + 30} documents: the same JSON, byte for byte and in order, as in one thread`, async () => {
    const folder = join(dir, 'archief');
    const values: AnnotatieValues = { ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };
    for (let index = 0; index < POOL_MIN_FILES + 30; index += 1) {
      const sub = join(folder, `jaar-${index % 3}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `doc-${String(index).padStart(3, '0')}.docx`), index % 11 === 0 ? 'geen zip' : writeDocx(index % 5 === 0 ? seed : { ...values, onderwerp: `Voorstel ${index}` }));
    }
    // A wrapper around the real worker that leaves a mark, so we know threads did the work.
    const marks = join(dir, 'marks.txt');
    const wrapper = join(dir, 'worker.cjs');
    writeFileSync(wrapper, `require('node:fs').appendFileSync(${JSON.stringify(marks)}, 'worker\\n');\nrequire(${JSON.stringify(join(root, 'lib', 'cli', 'check-worker.cjs'))});\n`);

    const threaded = recording(nodeIo({ workerScript: wrapper, workerCount: 3 }));
    const single = recording(nodeIo());
    const threadedCode = await main(['check', folder, '--json'], threaded.io);
    const singleCode = await main(['check', folder, '--json'], single.io);
    expect(readFileSync(marks, 'utf8')).toBe('worker\nworker\n'); // three threads: this one and two workers
    expect(threadedCode).toBe(singleCode);
    expect(threaded.stdout()).toBe(single.stdout());
    expect(threaded.stderr()).toBe(single.stderr());
    expect((JSON.parse(threaded.stdout()) as { reports: unknown[] }).reports).toHaveLength(POOL_MIN_FILES + 30);
  }, 60_000);

  it('a worker that dies costs only the document it was on; the others are checked by a fresh one', async () => {
    // A stand-in worker: answers every file, and throws (ending its thread) on the one named so.
    const script = join(dir, 'crashing-worker.cjs');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, file }) => {
  if (file.includes('crash')) throw new Error('native crash in ' + file);
  parentPort.postMessage({ id, result: { outcome: 'clean', exit: 0, entry: file, stdout: '', stderr: '' } });
});
`,
    );
    const pool = startPool(nodeIo(), script, 1, INIT, RENDER);
    try {
      const files = ['a.docx', 'b-crash.docx', 'c.docx', 'd.docx'];
      const results = await Promise.all(files.map((file) => pool.check(file)));
      expect(results.map((result) => result.outcome)).toEqual(['clean', 'unreadable', 'clean', 'clean']);
      expect(results.map((result) => (result.outcome === 'clean' ? result.entry : ''))).toEqual(['a.docx', '', 'c.docx', 'd.docx']);
      const crash = JSON.parse(results[1]?.entry ?? '') as { error: { code: string; message: string } };
      expect(crash.error).toEqual({ code: 'unexpected', message: '‘b-crash.docx’ kon niet worden gecontroleerd door een onverwachte fout: native crash in b-crash.docx' });
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('workers that cannot start leave the documents to this thread, with the same results', async () => {
    const file = join(dir, 'los.docx');
    writeFileSync(file, writeDocx(seed));
    const pool = startPool(nodeIo(), join(dir, 'bestaat-niet.cjs'), 2, INIT, RENDER);
    try {
      const [first, second] = await Promise.all([pool.check(file), pool.check(file)]);
      expect(first?.outcome).toBe('errors'); // the seed's e-mail typo: checked after all
      expect(second).toEqual(first);
      expect(pool.hasRoom()).toBe(false);
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('check DIR with worker threads and a meeting calendar (issue 13 on issue 8)', () => {
  const calendar = join(root, 'test', 'fixtures', 'calendar', 'zoetermeer-2025.ics');

  it('--calendar and --today reach the workers: the same findings as in one thread, planning_no_meeting included', async () => {
    const folder = join(dir, 'kalender');
    mkdirSync(folder, { recursive: true });
    for (let index = 0; index < POOL_MIN_FILES + 10; index += 1) {
      // Every third document is planned on a Tuesday, which has no raadsvergadering.
      const besluitvorming = index % 3 === 0 ? '14-10-2025' : '13-10-2025';
      writeFileSync(join(folder, `doc-${String(index).padStart(3, '0')}.docx`), writeDocx({ ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl', 'planning.besluitvorming': besluitvorming }));
    }
    const marks = join(dir, 'marks-kalender.txt');
    const wrapper = join(dir, 'worker-kalender.cjs');
    writeFileSync(wrapper, `require('node:fs').appendFileSync(${JSON.stringify(marks)}, 'worker\\n');\nrequire(${JSON.stringify(join(root, 'lib', 'cli', 'check-worker.cjs'))});\n`);
    const args = ['check', folder, '--json', '--calendar', calendar, '--today', '2026-12-01'];
    const threaded = recording(nodeIo({ workerScript: wrapper, workerCount: 3 }));
    const single = recording(nodeIo());
    expect(await main(args, threaded.io)).toBe(0);
    expect(await main(args, single.io)).toBe(0);
    expect(readFileSync(marks, 'utf8')).toBe('worker\nworker\n');
    expect(threaded.stdout()).toBe(single.stdout());
    const reports = (JSON.parse(threaded.stdout()) as { reports: { file: string; findings: { code: string; field: string; suggestion?: string }[] }[] }).reports;
    for (const [index, report] of reports.entries()) {
      const codes = report.findings.map((finding) => `${finding.field}:${finding.code}`);
      // --today 2026-12-01 puts every 2025 date in the past, in every thread alike.
      expect(codes).toContain('planning.oordeelsvorming:planning_in_past');
      if (index % 3 === 0) expect(report.findings).toContainEqual(expect.objectContaining({ field: 'planning.besluitvorming', code: 'planning_no_meeting' }));
      else expect(codes).not.toContain('planning.besluitvorming:planning_no_meeting');
    }
  }, 60_000);

  it('the worker bundle holds no iCalendar reader: the calendar is parsed once, in the main thread', () => {
    const worker = readFileSync(join(root, 'lib', 'cli', 'check-worker.cjs'), 'utf8');
    expect(worker).not.toMatch(/ICAL\.|ical\.js/);
    expect(readFileSync(join(root, 'lib', 'cli', 'commands', 'check.cjs'), 'utf8')).toMatch(/ICAL\./);
  });
});

describe('how many threads', () => {
  it.each([
    [{}, 2, 2],
    [{}, 1, 1],
    [{}, 32, 8],
    [{ ANNOTATIE_THREADS: '1' }, 4, 1],
    [{ ANNOTATIE_THREADS: '3' }, 2, 3],
    [{ ANNOTATIE_THREADS: '0' }, 2, 2],
    [{ ANNOTATIE_THREADS: 'veel' }, 4, 4],
  ])('env %j on %i cores: %i', (env, cores, expected) => {
    expect(workerCount(env, cores)).toBe(expected);
  });
});
