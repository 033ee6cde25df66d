import type { FieldKey } from '../../src/domain';
import { normalizeValue } from '../../src/domain';

describe('normalizeValue: the house-style text to write into the document', () => {
  it.each<[FieldKey, string, string]>([
    ['planning.besluitvorming', '13 oktober 2025', '13-10-2025'],
    ['planning.besluitvorming', '2025-10-13', '13-10-2025'],
    ['planning.besluitvorming', 'NVT', 'n.v.t.'],
    ['planning.besluitvorming', '31-2-2025', '31-2-2025'],
    ['planning.besluitvorming', 'volgende week', 'volgende week'],
    ['ambtenaar.telefoon', '079-3468269', '+31 79 3468269'],
    ['ambtenaar.telefoon', '06 39 34 08 66', '+31 6 39340866'],
    ['ambtenaar.telefoon', '14079', '14 079'],
    ['ambtenaar.telefoon', '079-34', '079-34'],
    ['ambtenaar.email', ' a@Zoetermeer.NL ', 'a@zoetermeer.nl'],
    ['ambtenaar.email', 'a@zoetemeer.nl', 'a@zoetemeer.nl'],
    ['ambtenaar.email', 'geen adres', 'geen adres'],
    ['programma', "alle programma's", 'Alle programma’s'],
    ['programma', 'Iets anders', 'Iets anders'],
    ['medePortefeuillehouders', ' A \n\nB', 'A\nB'],
    ['onderwerp', '  Onderwerp  ', 'Onderwerp'],
    ['achtergrondinformatie', 'N.V.T.', 'n.v.t.'],
    ['toelichting.inleiding', ' Tekst\n\nmet witregel ', ' Tekst\n\nmet witregel '],
  ])('%s %j → %j', (key, text, expected) => {
    expect(normalizeValue(key, text)).toBe(expected);
  });
});
