import { main } from '../../src/cli/main';
import { csvField } from '../../src/cli/commands/export';
import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues } from '../../src/domain/fields';
import { writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';

const SEED: AnnotatieValues = seed;
const CLEAN: AnnotatieValues = { ...SEED, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };

/** A minimal RFC 4180 parser, to check the CSV the way a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

describe('annotatie export', () => {
  it('--json: the typed values (ISO dates, E.164, names as a list) with the schema marker', async () => {
    const fs = memoryIo({ 'a.docx': writeDocx(CLEAN) });
    expect(await main(['export', 'a.docx', '--json'], fs.io)).toBe(0);
    const doc = JSON.parse(fs.stdout()) as { file: string; schema: string; values: Record<string, unknown> };
    expect(doc.file).toBe('a.docx');
    expect(doc.schema).toBe('annotatie-raadsvoorstel/1');
    expect(doc.values).toMatchObject({
      'planning.beeldvorming': 'n.v.t.',
      'planning.oordeelsvorming': '2025-09-29',
      'planning.besluitvorming': '2025-10-13',
      'ambtenaar.telefoon': '+31793468269',
      medePortefeuillehouders: ['Wethouder B.G. Velzen'],
    });
    expect(Object.keys(doc.values)).toEqual(FIELDS.map((field) => field.key));
  });

  it('--csv: a header of keys and one row per document, RFC 4180 quoting', async () => {
    const tricky: AnnotatieValues = { ...CLEAN, onderwerp: 'Komma, "aanhalingstekens"', 'toelichting.kern': 'regel 1\nregel 2', medePortefeuillehouders: 'A\nB' };
    const fs = memoryIo({ 'a.docx': writeDocx(CLEAN), 'b.docx': writeDocx(tricky) });
    expect(await main(['export', 'a.docx', 'b.docx', '--csv'], fs.io)).toBe(0);
    expect(fs.stdout().endsWith('\r\n')).toBe(true);
    const rows = parseCsv(fs.stdout());
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['file', ...FIELDS.map((field) => field.key)]);
    const column = (key: string) => (rows[0] ?? []).indexOf(key);
    expect(rows[2]?.[column('onderwerp')]).toBe('Komma, "aanhalingstekens"');
    expect(rows[2]?.[column('toelichting.kern')]).toBe('regel 1\nregel 2');
    expect(rows[2]?.[column('medePortefeuillehouders')]).toBe('A\nB');
    expect(rows[1]?.[column('planning.besluitvorming')]).toBe('2025-10-13');
    expect(rows[1]?.[0]).toBe('a.docx');
  });

  it('--csv: phone numbers are text with a leading quote, never a formula, as the usage says', async () => {
    const fs = memoryIo({ 'a.docx': writeDocx({ ...CLEAN, onderwerp: '=1+1' }) });
    expect(await main(['export', 'a.docx', '--csv'], fs.io)).toBe(0);
    const [header, row] = parseCsv(fs.stdout());
    const column = (key: string) => (header ?? []).indexOf(key);
    expect(row?.[column('ambtenaar.telefoon')]).toBe("'+31793468269");
    expect(row?.[column('onderwerp')]).toBe("'=1+1");
    const help = memoryIo();
    expect(await main(['export', '--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain("'+31793468000");
  });

  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    // Formula injection (OWASP): a leading quote makes the cell text, inside RFC 4180 quotes.
    ['=HYPERLINK("http://x","klik")', '"\'=HYPERLINK(""http://x"",""klik"")"'],
    ['+31793468000', '"\'+31793468000"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ['a=1', 'a=1'],
    ['n.v.t.', 'n.v.t.'],
  ])('csvField(%j) → %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('human text by default: label and value per field, (leeg) for empty ones', async () => {
    const fs = memoryIo({ 'a.docx': writeDocx({ ...CLEAN, adviesCommissie: '' }) });
    expect(await main(['export', 'a.docx'], fs.io)).toBe(0);
    const lines = fs.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(FIELDS.length);
    expect(lines[0]).toMatch(/^Onderwerp\s+Rekenkameronderzoek Arbeidsmigranten in Zoetermeer$/);
    expect(lines.find((line) => line.startsWith('Advies commissie'))).toMatch(/\(leeg\)$/);
  });

  it('exit 1 when the document has error findings (data still exported); 2 when unreadable', async () => {
    const fs = memoryIo({ 'seed.docx': writeDocx(SEED), 'kapot.docx': 'geen zip' });
    expect(await main(['export', 'seed.docx', '--json'], fs.io)).toBe(1);
    expect(JSON.parse(fs.stdout())).toMatchObject({ values: { 'ambtenaar.email': 'a.e.de.vries@zoetemeer.nl' } });
    const broken = memoryIo({ 'kapot.docx': 'geen zip' });
    expect(await main(['export', 'kapot.docx', '--csv'], broken.io)).toBe(2);
    expect(broken.stdout()).toBe('');
    expect(broken.stderr()).toBe('annotatie: ‘kapot.docx’ is niet te lezen: dit is geen .docx-bestand (geen zip-archief).\n');
  });

  it('--json and --csv together is a usage error', async () => {
    const fs = memoryIo({ 'a.docx': writeDocx(CLEAN) });
    expect(await main(['export', 'a.docx', '--json', '--csv'], fs.io)).toBe(2);
    expect(fs.stderr().split('\n')[0]).toBe('annotatie: kies --json of --csv, niet allebei.');
  });
});
