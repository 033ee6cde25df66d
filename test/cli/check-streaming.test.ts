import { main } from '../../src/cli/main';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

/**
 * Issue 8, class 8: `check DIR --json` held every report in memory until the end (25,000
 * documents ended in `Invalid string length`). Now each report is written as it completes: the
 * first is on stdout before the last document is read, and the stream is still exactly one
 * JSON document. The memory figure itself is measured by bench/cli.bench.ts (5,000 documents),
 * not asserted here.
 */
const COUNT = 300;
const CLEAN: AnnotatieValues = { ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };
const name = (index: number): string => `archief/${String(Math.floor(index / 100))}/doc${String(index).padStart(4, '0')}.docx`;
const FILES = Object.fromEntries(
  Array.from({ length: COUNT }, (_, index) => [name(index), writeDocx(index % 7 === 3 ? seed : { ...CLEAN, onderwerp: `Voorstel ${index}` })]),
);

describe(`check of ${COUNT} documents streams its output`, () => {
  it('--json: the first report is on stdout before the last document is read', async () => {
    const fs = memoryIo({ ...FILES, 'archief/kapot.docx': 'geen zip' });
    expect(await main(['check', 'archief', '--json'], fs.io)).toBe(2);
    const firstWrite = fs.log.indexOf('stdout');
    const firstReport = fs.log.findIndex((event, index) => event === 'stdout' && index > firstWrite); // after the opening
    const lastRead = fs.log.lastIndexOf(`read ${name(COUNT - 1)}`);
    expect(firstReport).toBeGreaterThan(-1);
    expect(lastRead).toBeGreaterThan(firstReport);
    // Reads and writes alternate: no document waits for others to be read before it is written.
    const reads = fs.log.filter((event) => event.startsWith('read ')).length;
    expect(reads).toBe(COUNT + 1);
    expect(fs.log.filter((event) => event === 'stdout').length).toBe(COUNT + 1 + 2);
  });

  it('--json: still exactly one JSON document, byte for byte what JSON.stringify gives', async () => {
    const fs = memoryIo(FILES);
    expect(await main(['check', 'archief', '--json'], fs.io)).toBe(1);
    const text = fs.stdout();
    const doc = JSON.parse(text) as { reports: { file: string }[] };
    expect(Object.keys(doc)).toEqual(['reports']);
    expect(doc.reports.map((report) => report.file)).toEqual(Array.from({ length: COUNT }, (_, index) => name(index)));
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('--json with skips and no documents: the same shape', async () => {
    const fs = memoryIo({ 'leeg/a.txt': 'x' });
    expect(await main(['check', 'leeg', '--json'], fs.io)).toBe(2);
    const text = fs.stdout();
    const doc = JSON.parse(text) as { reports: unknown[]; skipped: unknown[] };
    expect(doc).toEqual({ reports: [], skipped: [{ path: 'leeg/a.txt', code: 'not_docx', message: '‘leeg/a.txt’ overgeslagen: geen .docx-bestand.' }] });
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('--ndjson: one report per line, each written as it completes, the same reports as --json', async () => {
    const lines = memoryIo(FILES);
    expect(await main(['check', 'archief', '--ndjson'], lines.io)).toBe(1);
    const whole = memoryIo(FILES);
    await main(['check', 'archief', '--json'], whole.io);
    const parsed = lines
      .stdout()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(parsed).toEqual((JSON.parse(whole.stdout()) as { reports: unknown[] }).reports);
    expect(lines.log.indexOf('stdout')).toBeLessThan(lines.log.lastIndexOf(`read ${name(COUNT - 1)}`));
  });

  it('human output streams the same way, and ends with the total', async () => {
    const fs = memoryIo(FILES);
    expect(await main(['check', 'archief'], fs.io)).toBe(1);
    expect(fs.log.indexOf('stdout')).toBeLessThan(fs.log.lastIndexOf(`read ${name(COUNT - 1)}`));
    expect(fs.stdout().trimEnd().split('\n').at(-1)).toBe(`${COUNT} documenten gecontroleerd: 257 zonder fouten, 43 met fouten, 0 onleesbaar of zonder annotatie.`);
  });

  it('a failure of our own halfway (not a document’s): the reports so far stay, the document is still closed', async () => {
    const fs = memoryIo(FILES);
    let written = 0;
    const io = {
      ...fs.io,
      drain: async () => {
        written += 1;
        if (written === 3) throw new TypeError('stdout is weg');
      },
    };
    expect(await main(['check', 'archief', '--json'], io)).toBe(2);
    const doc = JSON.parse(fs.stdout()) as { reports: unknown[]; error: unknown };
    expect(doc.reports).toHaveLength(3);
    expect(doc.error).toEqual({ code: 'unexpected', message: 'onverwachte fout: stdout is weg' });
    expect(fs.stderr()).toBe('annotatie: onverwachte fout: stdout is weg\n');
  });

  it('--json and --ndjson together is a usage error', async () => {
    const fs = memoryIo(FILES);
    expect(await main(['check', 'archief', '--json', '--ndjson'], fs.io)).toBe(2);
    expect(JSON.parse(fs.stdout())).toEqual({ error: { code: 'usage', message: 'kies --json of --ndjson, niet allebei.' } });
  });

  it('--ndjson: a usage error is one line too', async () => {
    const fs = memoryIo(FILES);
    expect(await main(['check', '--ndjson', '--wat'], fs.io)).toBe(2);
    expect(fs.stdout()).toBe('{"error":{"code":"usage","message":"onbekende optie ‘--wat’."}}\n');
  });
});
