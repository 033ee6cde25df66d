import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { makeImportCommand } from '../../src/cli/commands/import';
import { readDocx, writeDocx } from '../../src/document/ooxml';
import expected from '../fixtures/legacy/seed/expected.json';
import seedValues from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';
import { pinClock } from '../support/clock';

// The seed's 2025 planning dates: without a pinned today they turn into planning_in_past.
pinClock();

const fixtures = join(__dirname, '..', 'fixtures', 'legacy');
const seed = readFileSync(join(fixtures, 'seed', 'annotatie-raadsvoorstel-zoetermeer-2025.txt'));
const templateDocx = readFileSync(join(fixtures, 'corpus', 'tuned', 't02.template.docx'));

describe('annotatie import', () => {
  it('the seed as text, --json: every field as written, the left-over line, confidence, doubts and the typo finding; exit 1', async () => {
    const fs = memoryIo({ 'oud.txt': seed });
    // The day the seed was written: its planning dates are still ahead.
    expect(await main(['import', 'oud.txt', '--json', '--today', '2025-09-01'], fs.io)).toBe(1);
    expect(fs.stderr()).toBe('');
    const output = JSON.parse(fs.stdout()) as Record<string, unknown>;
    expect(output).toMatchObject({ file: 'oud.txt', values: expected, unrecognised: ['prog'] });
    expect(output.confidence).toMatchObject({ aardBijeenkomst: 1, 'planning.oordeelsvorming': 0.81 });
    expect(output.doubts).toMatchObject({ 'planning.oordeelsvorming': ['label_inferred', 'by_position'] });
    expect(output.findings).toEqual([expect.objectContaining({ field: 'ambtenaar.email', code: 'email_domain_typo', suggestion: 'a.e.de.vries@zoetermeer.nl' })]);
  });

  it('--today pins planning_in_past: the same file gives the same findings next year', async () => {
    const codes = async (today: string): Promise<string[]> => {
      const fs = memoryIo({ 'oud.txt': seed });
      await main(['import', 'oud.txt', '--json', '--today', today], fs.io);
      return (JSON.parse(fs.stdout()) as { findings: { field: string; code: string }[] }).findings.map((finding) => `${finding.field}:${finding.code}`);
    };
    expect(await codes('2025-09-01')).toEqual(['ambtenaar.email:email_domain_typo']);
    expect(await codes('2026-03-01')).toEqual(['ambtenaar.email:email_domain_typo', 'planning.oordeelsvorming:planning_in_past', 'planning.besluitvorming:planning_in_past']);
    const bad = memoryIo({ 'oud.txt': seed });
    expect(await main(['import', 'oud.txt', '--today', '1-9-2025'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('--today moet een datum zijn als 2025-09-29');
  });

  it('human output marks the fields to check and lists what was not recognised', async () => {
    const fs = memoryIo({ 'oud.txt': seed });
    await main(['import', 'oud.txt'], fs.io);
    expect(fs.stdout()).toContain('oud.txt: 20 van 20 velden herkend, 1 om na te kijken (gemarkeerd met ?).');
    expect(fs.stdout()).toMatch(/Oordeelsvorming\s+29-9-2025 {2}\? nakijken: het label was onleesbaar; afgeleid uit de plaats; geplaatst op volgorde in een platgeslagen tabel/);
    expect(fs.stdout()).toContain('Niet herkend (1 regel, bij geen veld ondergebracht):\n  prog\n');
  });

  it('--out writes the structured annotatie the add-in reads, in house style, and refuses to overwrite without --force', async () => {
    const fs = memoryIo({ 'oud.txt': seed, 'bestaat.docx': 'x' });
    expect(await main(['import', 'oud.txt', '--out', 'nieuw.docx'], fs.io)).toBe(1);
    const read = readDocx(fs.files.get('nieuw.docx') ?? new Uint8Array());
    expect(read.status).toBe('annotatie');
    if (read.status === 'annotatie') expect(read.values.onderwerp).toBe(expected.onderwerp);
    expect(fs.stdout()).toContain('nieuw.docx geschreven: 20 van 20 velden ingevuld.');
    expect(await main(['import', 'oud.txt', '--out', 'bestaat.docx', '--json'], fs.io)).toBe(2);
    expect(JSON.parse(fs.stdout().slice(fs.stdout().lastIndexOf('{\n  "error"')))).toMatchObject({ error: { code: 'file_exists' } });
  });

  it('an old-template .docx', async () => {
    const fs = memoryIo({ 'oud.docx': templateDocx });
    expect(await main(['import', 'oud.docx', '--json', '--lang', 'en'], fs.io)).toBe(0);
    expect(JSON.parse(fs.stdout())).toMatchObject({ values: { onderwerp: 'Grondexploitatie Dutch Innovation Park, herziening 2025', medePortefeuillehouders: 'Wethouder B.G. Velzen\nWethouder M. Koolmees' } });
  });

  it('a Windows-1252 text file reads as such', async () => {
    const text = 'Onderwerp: Café de Zwaan\nPortefeuillehouder: Wethouder A\nProgramma: Vrije tijd\n';
    const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    const fs = memoryIo({ 'oud.txt': bytes });
    await main(['import', 'oud.txt', '--json'], fs.io);
    expect(JSON.parse(fs.stdout())).toMatchObject({ values: { onderwerp: 'Café de Zwaan' } });
  });

  it.each([
    ['a document that already holds the structured annotatie', 'nieuw.docx', writeDocx(seedValues), 'already_structured', 'bevat al een gestructureerde annotatie'],
    ['a text that is no annotatie', 'brief.txt', 'Beste collega,\n\nHierbij de stukken.\n', 'no_annotatie', 'is geen annotatie herkend'],
    ['a file of another kind', 'oud.odt', 'x', 'unsupported', 'geen .docx, .pdf of .txt'],
    ['a broken .docx', 'oud.docx', 'PK\u0003\u0004 broken', 'not_zip', 'is niet te lezen'],
    ['a binary file named .txt', 'oud.txt', new Uint8Array([0, 1, 2]), 'not_text', 'geen tekstbestand'],
  ])('%s: exit 2 with one line and its code', async (_name, file, content, code, words) => {
    const fs = memoryIo({ [file]: content });
    expect(await main(['import', file, '--json'], fs.io)).toBe(2);
    expect(fs.stderr()).toContain(words);
    expect(JSON.parse(fs.stdout())).toMatchObject({ error: { code } });
  });

  it.each([
    [['import'], 'verwacht precies één'],
    [['import', 'a.txt', 'b.txt'], 'verwacht precies één'],
    [['import', 'oud.txt', '--out', 'nieuw.pdf'], 'geen .docx-naam'],
    [['import', 'map', '--out', 'nieuw.docx'], 'is een map en --out noemt één document; gebruik --out-dir'],
    [['import', 'map', '--out-dir', 'map/nieuw'], 'ligt in de map ‘map’ die wordt ingelezen'],
    [['import', 'oud.txt', '--out', 'a.docx', '--out-dir', 'uit'], 'kies --out (één document) of --out-dir'],
    [['import', 'oud.txt', '--json', '--ndjson'], 'kies --json of --ndjson'],
    [['import', 'oud.txt', '--bogus'], 'onbekende optie'],
  ])('usage: %j → exit 2', async (args, words) => {
    const fs = memoryIo({ 'oud.txt': seed, 'map/a.txt': 'x' });
    expect(await main(args, fs.io)).toBe(2);
    expect(fs.stderr()).toContain(words);
  });

  it('a PDF goes to the PDF reader, and its failure is one clear line (the scan case)', async () => {
    const command = makeImportCommand(() => ({
      readers: { pdf: async () => ({ ok: false, error: { kind: 'no_text', detail: '1 page(s) without a text layer' } }) },
      close: async () => undefined,
    }));
    const fs = memoryIo({ 'scan.pdf': '%PDF-1.4' });
    expect(await command({ io: fs.io, args: ['scan.pdf'], lang: 'en' })).toBe(2);
    expect(fs.stderr()).toBe('annotatie: cannot read ‘scan.pdf’: the PDF holds no text, only images: probably a scan. Run text recognition (OCR) on it first, or use the Word document.\n');
  });

  it('--help shows the usage in both languages', async () => {
    for (const lang of ['nl', 'en']) {
      const fs = memoryIo();
      expect(await main(['import', '--help', '--lang', lang], fs.io)).toBe(0);
      expect(fs.stdout()).toMatch(lang === 'nl' ? /^Gebruik: annotatie import OUD\.docx\|OUD\.pdf\|OUD\.txt/ : /^Usage: annotatie import OLD\.docx\|OLD\.pdf\|OLD\.txt/);
    }
  });
});
