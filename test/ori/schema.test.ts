import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORI_SPEC_VERSION, ORI_TITLE_MAX, ORI_VERGADERINGSTYPES } from '../../src/domain';
import { openApiSpec, oriValidators } from './openapi-schema';

const folder = join(__dirname, '..', '..', 'standards', 'ori');
const { InformatieObject, Vergadering, Agendapunt } = oriValidators();
const open = oriValidators({ closed: false });

describe('the vendored Open Raadsinformatie specification', () => {
  it('is the version the export claims, byte for byte as SOURCE.md records', () => {
    expect(openApiSpec().info.version).toBe(ORI_SPEC_VERSION);
    const hash = createHash('sha256').update(readFileSync(join(folder, 'openapi.yaml'))).digest('hex');
    expect(readFileSync(join(folder, 'SOURCE.md'), 'utf8')).toContain(hash);
  });

  it('keeps its licence beside it', () => {
    expect(readFileSync(join(folder, 'LICENSE-EUPL-1.2.txt'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    expect(openApiSpec()).toMatchObject({ info: { license: { name: expect.stringContaining('EUPL-1.2') } } });
  });

  it('has the meeting types the profile offers', () => {
    const types = (openApiSpec().components.schemas['VergaderingsType'] as { enum: readonly string[] }).enum;
    expect([...ORI_VERGADERINGSTYPES].sort()).toEqual([...types].sort());
  });
});

// The validators must be live: each of these objects breaks one rule of the standard and has to
// be rejected, while the minimal request bodies next to them pass.
describe('the schema validators reject what the standard forbids', () => {
  const vergadering = { vergaderingstype: 'raadsvergadering', geplandeVergaderdatum: '2025-10-13' };
  const agendapunt = { vergadering: { id: 'raad-20251013' }, agendapuntTitel: 'Rekenkameronderzoek' };

  it('accepts minimal request bodies', () => {
    expect(Vergadering(vergadering)).toBe(true);
    expect(Agendapunt(agendapunt)).toBe(true);
    expect(InformatieObject({ informatieobjecttype: 'voorstel' })).toBe(true);
  });

  it.each<[string, object]>([
    ['no vergaderingstype (required)', { geplandeVergaderdatum: '2025-10-13' }],
    ['a vergaderingstype outside the enum', { ...vergadering, vergaderingstype: 'beeldvormende_bijeenkomst' }],
    ['a Dutch date where format date is asked', { ...vergadering, geplandeVergaderdatum: '13-10-2025' }],
    ['a date-time without a zone', { ...vergadering, geplandeAanvangVergadering: '2025-10-13T20:00:00' }],
    ['the readOnly id', { ...vergadering, id: 'x' }],
    ['the readOnly url', { ...vergadering, url: 'https://ris.example/vergaderingen/1' }],
    ['a misspelt property', { ...vergadering, geplandeVergaderDatum: '2025-10-13' }],
    ['a naam of 101 characters', { ...vergadering, naam: 'x'.repeat(101) }],
    ['a gemeentecode of five digits', { ...vergadering, gemeente: { gemeentecode: '06370' } }],
  ])('Vergadering with %s', (_name, object) => {
    expect(Vergadering(object)).toBe(false);
  });

  it.each<[string, object]>([
    ['no vergadering (required)', { agendapuntTitel: 'x' }],
    ['a reference without id', { vergadering: {} }],
    ['a reference with its readOnly url', { vergadering: { id: 'a', url: 'https://ris.example/v/1' } }],
    ['an id of 41 characters', { vergadering: { id: 'x'.repeat(41) } }],
    ['an empty title', { ...agendapunt, agendapuntTitel: '' }],
    ['a title of 101 characters', { ...agendapunt, agendapuntTitel: 'x'.repeat(ORI_TITLE_MAX + 1) }],
    ['indicatieHamerstuk as text', { ...agendapunt, indicatieHamerstuk: 'true' }],
  ])('Agendapunt with %s', (_name, object) => {
    expect(Agendapunt(object)).toBe(false);
  });

  it.each<[string, object]>([
    ['an informatieobjecttype outside the enum', { informatieobjecttype: 'raadsvoorstel' }],
    ['a titel of 201 characters', { informatieobjecttype: 'voorstel', titel: 'x'.repeat(201) }],
    ['the readOnly gemeentenaam', { informatieobjecttype: 'voorstel', gemeente: { gemeentecode: '0637', gemeentenaam: 'Zoetermeer' } }],
  ])('InformatieObject with %s', (_name, object) => {
    expect(InformatieObject(object)).toBe(false);
  });

  it('counts maxLength in code points, as JSON Schema does (not UTF-16 units)', () => {
    const emoji = '😀'.repeat(ORI_TITLE_MAX);
    expect(emoji.length).toBe(2 * ORI_TITLE_MAX);
    expect(Agendapunt({ ...agendapunt, agendapuntTitel: emoji })).toBe(true);
    expect(Agendapunt({ ...agendapunt, agendapuntTitel: `${emoji}😀` })).toBe(false);
  });

  it('reads nullable as the spec means it, for a reference and for a type', () => {
    expect(Agendapunt({ ...agendapunt, hoofdagendapunt: null, indicatieHamerstuk: null })).toBe(true);
    expect(Agendapunt({ ...agendapunt, hoofdagendapunt: {} })).toBe(false);
  });

  it('allows extra properties only in the open variant (the standard itself is open)', () => {
    expect(open.Vergadering({ ...vergadering, extra: 1 })).toBe(true);
    expect(Vergadering({ ...vergadering, extra: 1 })).toBe(false);
  });

  it('forbids readOnly properties in the open variant too (they are not part of a request)', () => {
    expect(open.Vergadering({ ...vergadering, id: 'x' })).toBe(false);
    expect(open.Agendapunt({ ...agendapunt, url: 'https://ris.example/a/1' })).toBe(false);
    expect(open.Agendapunt({ vergadering: { id: 'a', url: 'https://ris.example/v/1' } })).toBe(false);
  });
});
