import seed from '../../src/preview/seed.json';
import { FIELD_KEYS, parseValuesJson, typedValues } from '../../src/domain';

describe('typedValues (contract §5)', () => {
  const { values } = parseValuesJson(seed);
  const typed = typedValues(values);

  it('marks the schema and gives every field', () => {
    expect(typed.schema).toBe('annotatie-raadsvoorstel/1');
    expect(Object.keys(typed.values)).toEqual(FIELD_KEYS);
  });

  it.each([
    ['planning.beeldvorming', 'n.v.t.'],
    ['planning.oordeelsvorming', '2025-09-29'],
    ['planning.besluitvorming', '2025-10-13'],
    ['medePortefeuillehouders', ['Wethouder B.G. Velzen']],
    ['ambtenaar.telefoon', '+31793468269'],
    ['raadsadviseur.telefoon', '+31639340866'],
    ['ambtenaar.email', 'a.e.de.vries@zoetemeer.nl'],
    ['programma', 'Alle programma’s'],
    ['achtergrondinformatie', 'n.v.t.'],
  ])('%s of the seed is %j', (key, expected) => {
    expect(typed.values[key as keyof typeof typed.values]).toEqual(expected);
  });

  it.each([
    ['planning.besluitvorming', '13 oktober 2025', '2025-10-13'],
    ['planning.besluitvorming', '31-2-2025', '31-2-2025'],
    ['planning.besluitvorming', '', null],
    ['ambtenaar.telefoon', '14 079', '14079'],
    ['ambtenaar.telefoon', '0800-1234', '08001234'],
    ['ambtenaar.telefoon', 'geen', 'geen'],
    ['ambtenaar.email', ' A@Zoetermeer.NL ', 'A@zoetermeer.nl'],
    ['medePortefeuillehouders', 'A\n\n  B  \n', ['A', 'B']],
    ['medePortefeuillehouders', '', []],
    ['onderwerp', 'Klik of tik om tekst in te voeren.', null],
    ['programma', "alle programma's", 'Alle programma’s'],
    ['achtergrondinformatie', 'nvt', 'n.v.t.'],
  ])('%s %j → %j', (key, text, expected) => {
    expect(typedValues({ [key]: text }).values[key as keyof typeof typed.values]).toEqual(expected);
  });

  it('reads back through parseValuesJson to the same values, in house style', () => {
    expect(parseValuesJson(JSON.parse(JSON.stringify(typed)))).toEqual({ values, findings: [] });
  });
});
