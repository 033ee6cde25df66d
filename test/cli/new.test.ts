import { main } from '../../src/cli/main';
import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../src/domain/fields';
import { normalizeValue } from '../../src/domain/normalize';
import { placeholderFor } from '../../src/domain';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../../src/document/ooxml';
import { comparableText } from '../../src/domain/review';
import { HOSTILE_STRINGS, valuesWithEverywhere } from '../ooxml/support/hostile-strings';
import seed from '../../src/preview/seed.json';
import { memoryIo } from './check-memory-io';
import { pinClock } from '../support/clock';

// Every run happens on the day the seed was written: its 2025 dates lie ahead, as they did then.
pinClock();

const SEED_JSON = JSON.stringify(seed);
const CLEAN: AnnotatieValues = { ...seed, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };

function values(bytes: Uint8Array | undefined): AnnotatieValues {
  if (!bytes) throw new Error('no file written');
  const result = readDocx(bytes);
  if (result.status !== 'annotatie') throw new Error(result.status);
  return result.values;
}

describe('annotatie new', () => {
  it('--from clean values: writes the document, one line on stdout, exit 0', async () => {
    const fs = memoryIo({ 'v.json': JSON.stringify(CLEAN) });
    expect(await main(['new', 'uit.docx', '--from', 'v.json'], fs.io)).toBe(0);
    expect(fs.stdout()).toBe('uit.docx geschreven: 20 van 20 velden ingevuld.\n');
    expect(fs.stderr()).toBe('');
    expect(values(fs.files.get('uit.docx'))).toEqual(CLEAN);
  });

  it('--from the seed: still writes the document, but prints its e-mail typo like validate and exits 1', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    expect(await main(['new', 'uit.docx', '--from', 'seed.json'], fs.io)).toBe(1);
    expect(fs.stdout()).toMatch(/^fout\s+E-mail behandelend ambtenaar: .*zoetermeer\.nl.*\nuit\.docx geschreven: 20 van 20 velden ingevuld\.\n$/);
    expect(fs.stderr()).toBe('');
    expect(values(fs.files.get('uit.docx'))).toEqual(seed);
  });

  it('without --from: the empty template, every field a placeholder', async () => {
    const fs = memoryIo();
    expect(await main(['new', 'leeg.docx', '--lang', 'en'], fs.io)).toBe(0);
    expect(fs.stdout()).toBe('leeg.docx written: 0 of 20 fields filled in.\n');
    expect(values(fs.files.get('leeg.docx'))).toEqual(valuesWithEverywhere(''));
  });

  it('writes in house style (normalizeValue)', async () => {
    const fs = memoryIo({ 'v.json': JSON.stringify({ 'ambtenaar.telefoon': '079-3468269', 'planning.oordeelsvorming': '29 september 2025', programma: "alle programma's" }) });
    // Exit 1: the other required fields are empty.
    expect(await main(['new', 'uit.docx', '--from', 'v.json'], fs.io)).toBe(1);
    expect(values(fs.files.get('uit.docx'))).toMatchObject({ 'ambtenaar.telefoon': '+31 79 3468269', 'planning.oordeelsvorming': '29-9-2025', programma: 'Alle programma’s' });
  });

  it.each(HOSTILE_STRINGS.map((entry) => [entry.name, entry.value] as const))('round-trips %s in every field as the house style writes it', async (_name, value) => {
    const input = valuesWithEverywhere(value);
    const fs = memoryIo({ 'v.json': JSON.stringify(input) });
    await main(['new', 'uit.docx', '--from', 'v.json'], fs.io);
    const expected = Object.fromEntries(FIELDS.map((field) => [field.key, normalizeValue(field.key as FieldKey, value)]));
    expect(values(fs.files.get('uit.docx'))).toEqual(expected);
    // The snapshot part stays well-formed and holds what the document reads back as.
    const read = readDocx(fs.files.get('uit.docx') ?? new Uint8Array());
    expect(read.status === 'annotatie' && read.snapshot?.values).toEqual(Object.fromEntries(FIELDS.map((field) => [field.key, comparableText(expected[field.key] ?? '')])));
  });

  it('stores the snapshot of what it wrote, so check lists a field edited afterwards in Word', async () => {
    const fs = memoryIo({ 'v.json': JSON.stringify(CLEAN) });
    await main(['new', 'uit.docx', '--from', 'v.json'], fs.io);
    const bytes = fs.files.get('uit.docx') ?? new Uint8Array();
    const read = readDocx(bytes);
    if (read.status !== 'annotatie') throw new Error(read.status);
    expect(read.snapshot?.written).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Object.keys(read.snapshot?.values ?? {}).sort()).toEqual(FIELDS.map((field) => field.key).sort());
    const checked = memoryIo({ 'uit.docx': bytes });
    await main(['check', 'uit.docx', '--json'], checked.io);
    expect((JSON.parse(checked.stdout()) as { reports: { editedOutsidePane: string[] }[] }).reports[0]?.editedOutsidePane).toEqual([]);
    // Someone changes Programma in Word and saves.
    const files = unzipSync(bytes);
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace('Alle programma’s', 'Vrije tijd'));
    const edited = memoryIo({ 'uit.docx': zipSync(files) });
    await main(['check', 'uit.docx', '--json'], edited.io);
    expect((JSON.parse(edited.stdout()) as { reports: { editedOutsidePane: string[] }[] }).reports[0]?.editedOutsidePane).toEqual(['programma']);
  });

  it('without --from, the snapshot holds every field as empty: a field filled in Word is then listed', async () => {
    const fs = memoryIo();
    await main(['new', 'leeg.docx'], fs.io);
    const read = readDocx(fs.files.get('leeg.docx') ?? new Uint8Array());
    expect(read.status === 'annotatie' && read.snapshot?.values).toEqual(Object.fromEntries(FIELDS.map((field) => [field.key, ''])));
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON, 'bestaat.docx': 'iets' });
    expect(await main(['new', 'bestaat.docx', '--from', 'seed.json'], fs.io)).toBe(2);
    expect(fs.stderr()).toBe('annotatie: ‘bestaat.docx’ bestaat al; kies een andere naam of gebruik --force om het te overschrijven.\n');
    expect(new TextDecoder().decode(fs.files.get('bestaat.docx'))).toBe('iets');
    expect(await main(['new', 'bestaat.docx', '--from', 'seed.json', '--force'], fs.io)).toBe(1);
    expect(values(fs.files.get('bestaat.docx'))).toEqual(seed);
  });

  it.each([
    ['no output file', ['new'], 'annotatie: verwacht precies één UIT.docx.'],
    ['two output files', ['new', 'a.docx', 'b.docx'], 'annotatie: verwacht precies één UIT.docx.'],
    ['--from without a value', ['new', 'a.docx', '--from'], 'annotatie: --from heeft een waarde nodig.'],
    ['an unknown option', ['new', 'a.docx', '--csv'], 'annotatie: onbekende optie ‘--csv’.'],
    ['not a .docx name', ['new', 'uit.txt'], 'annotatie: ‘uit.txt’ is geen .docx-naam; Word herkent het document alleen aan de extensie .docx.'],
    ['a .docx name only in the middle', ['new', 'uit.docx.bak'], 'annotatie: ‘uit.docx.bak’ is geen .docx-naam; Word herkent het document alleen aan de extensie .docx.'],
  ])('usage error: %s → exit 2 and the usage', async (_name, args, first) => {
    const fs = memoryIo();
    expect(await main(args, fs.io)).toBe(2);
    expect(fs.stderr().split('\n')[0]).toBe(first);
    expect(fs.stderr()).toContain('Gebruik: annotatie new UIT.docx');
    expect(fs.files.size).toBe(0);
  });

  it.each([
    ['a missing values file', {}, 'annotatie: ‘v.json’ bestaat niet.\n'],
    ['a values file that is not JSON', { 'v.json': '{ onderwerp: ' }, /^annotatie: ‘v\.json’ is geen geldige JSON \(.*\)\.\n$/],
    ['a JSON array', { 'v.json': '[]' }, 'annotatie: ‘v.json’ bevat geen JSON-object met waarden.\n'],
  ])('%s: one line, exit 2, nothing written', async (_name, files, message) => {
    const fs = memoryIo(files);
    expect(await main(['new', 'uit.docx', '--from', 'v.json'], fs.io)).toBe(2);
    expect(fs.stderr()).toMatch(message);
    expect(fs.files.has('uit.docx')).toBe(false);
  });

  it('a file that cannot be written: one line, exit 2', async () => {
    const fs = memoryIo({ 'map.docx/bestaand.docx': 'x' });
    expect(await main(['new', 'map.docx', '--force'], fs.io)).toBe(2);
    expect(fs.stderr()).toBe('annotatie: kan ‘map.docx’ niet schrijven (het is een map).\n');
  });

  it('a value of the wrong JSON type is reported (exit 1) and the rest is still written', async () => {
    const fs = memoryIo({ 'v.json': JSON.stringify({ onderwerp: 'Goed', 'ambtenaar.telefoon': 793468269 }) });
    expect(await main(['new', 'uit.docx', '--from', 'v.json'], fs.io)).toBe(1);
    expect(fs.stdout()).toMatch(/^fout\s+Telefoon behandelend ambtenaar: /);
    expect(values(fs.files.get('uit.docx'))).toMatchObject({ onderwerp: 'Goed', 'ambtenaar.telefoon': '' });
  });

  it.each([
    ['an e-mail on a misspelt domain', { 'ambtenaar.email': 'a@zoetemeer.nl' }, 'ambtenaar.email:email_domain_typo', 20],
    ['an empty onderwerp', { onderwerp: '' }, 'onderwerp:required', 19],
    ['an onderwerp that is still its placeholder', { onderwerp: placeholderFor('onderwerp') }, 'onderwerp:required', 19],
  ])('QA: %s → the file is written, the finding printed, exit 1', async (_name, change, finding, filled) => {
    const input = { ...CLEAN, ...change };
    const fs = memoryIo({ 'v.json': JSON.stringify(input) });
    expect(await main(['new', 'uit.docx', '--from', 'v.json'], fs.io)).toBe(1);
    expect(fs.files.has('uit.docx')).toBe(true);
    const lines = fs.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^fout\s+/);
    expect(lines.at(-1)).toBe(`uit.docx geschreven: ${filled} van 20 velden ingevuld.`);
    const json = memoryIo({ 'v.json': JSON.stringify(input) });
    expect(await main(['new', 'uit.docx', '--from', 'v.json', '--json'], json.io)).toBe(1);
    const reported = (JSON.parse(json.stdout()) as { findings: { field: string; code: string }[] }).findings;
    expect(reported.map((entry) => `${entry.field}:${entry.code}`)).toEqual([finding]);
  });

  it('accepts the output of export --json (typed values) as --from', async () => {
    const fs = memoryIo({ 'seed.json': SEED_JSON });
    await main(['new', 'a.docx', '--from', 'seed.json'], fs.io);
    const exported = memoryIo({ 'a.docx': fs.files.get('a.docx') ?? new Uint8Array() });
    await main(['export', 'a.docx', '--json'], exported.io);
    const again = memoryIo({ 'typed.json': exported.stdout() });
    expect(await main(['new', 'b.docx', '--from', 'typed.json'], again.io)).toBe(1); // the seed's typo
    expect(values(again.files.get('b.docx'))).toEqual(seed);
  });
});
