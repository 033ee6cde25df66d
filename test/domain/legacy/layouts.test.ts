import { recogniseAnnotatie, textBlocks } from '../../../src/domain';
import type { LegacyBlock } from '../../../src/domain';
import { isPageFurniture } from '../../../src/domain/legacy/furniture';
import { scanValues } from '../../../src/domain/legacy/chunks';
import { splitNames } from '../../../src/domain/legacy/contact';
import { boundedDistance } from '../../../src/domain/legacy/fold';

const text = (lines: readonly string[]) => recogniseAnnotatie(textBlocks(lines.join('\n')));
const rows = (blocks: readonly LegacyBlock[]) => recogniseAnnotatie({ blocks, reflow: false });
const row = (...cells: string[]): LegacyBlock => ({ kind: 'row', cells });
const para = (value: string, extra: Partial<LegacyBlock> = {}): LegacyBlock => ({ kind: 'paragraph', text: value, ...extra }) as LegacyBlock;

describe('labels', () => {
  it.each([
    ['with a colon and the value on the line', 'Doel bespreking: Informeren van de raad'],
    ['in capitals', 'DOEL BESPREKING: Informeren van de raad'],
    ['with OCR damage', 'Doel besprekinq: Informeren van de raad'],
    ['without a colon', 'Doel bespreking Informeren van de raad'],
    ['spaced out', 'Doel   bespreking :   Informeren van de raad'],
  ])('%s', (_name, line) => {
    const result = text([line]);
    expect(result.values.doelBespreking).toBe('Informeren van de raad');
    expect(result.unrecognised).toEqual([]);
  });

  it('marks a damaged label as fuzzy', () => {
    expect(text(['Doel besprekinq', 'Informeren van de raad']).fields.doelBespreking?.doubts).toEqual(['label_fuzzy']);
  });

  it('reads "Mede-portefeuillehouder (s)" as the label it is', () => {
    expect(text(['Mede-portefeuillehouder (s): Wethouder A. Bakker']).values.medePortefeuillehouders).toBe('Wethouder A. Bakker');
  });
});

describe('the contact block', () => {
  it('written one per line, several mede-portefeuillehouders', () => {
    const result = text([
      'Portefeuillehouder: Wethouder J. Jansen',
      'Mede-portefeuillehouder(s):',
      'Wethouder B.G. Velzen',
      'Burgemeester M. Bezuijen',
      'Behandelend ambtenaar: P. de Groot',
      '079 3468000',
      'p.de.groot@zoetermeer.nl',
      'Raadsadviseur: K. Smit',
      'Telefoon: 06 12345678',
      'E-mail: k.smit@zoetermeer.nl',
    ]);
    expect(result.values).toEqual({
      portefeuillehouder: 'Wethouder J. Jansen',
      medePortefeuillehouders: 'Wethouder B.G. Velzen\nBurgemeester M. Bezuijen',
      'ambtenaar.naam': 'P. de Groot',
      'ambtenaar.telefoon': '079 3468000',
      'ambtenaar.email': 'p.de.groot@zoetermeer.nl',
      'raadsadviseur.naam': 'K. Smit',
      'raadsadviseur.telefoon': '06 12345678',
      'raadsadviseur.email': 'k.smit@zoetermeer.nl',
    });
    expect(result.unrecognised).toEqual([]);
  });

  it('as real table rows', () => {
    const result = rows([
      row('Portefeuillehouder:', 'Behandelend ambtenaar:', 'Raadsadviseur:'),
      row('Rekenkamer', 'A.E.M. de Vries - Asselbergs', 'W.I. van Vaals'),
      row('Mede-portefeuillehouder(s)', '+31 79 3468269', '+31 6 39340866'),
      row('Wethouder B.G. Velzen\nWethouder C. Dijkstra', 'a.e.de.vries@zoetemeer.nl', 'w.i.van.vaals@zoetermeer.nl'),
      para('Aard bijeenkomst'),
      para('Reguliere raad'),
    ]);
    expect(result.values).toMatchObject({
      portefeuillehouder: 'Rekenkamer',
      medePortefeuillehouders: 'Wethouder B.G. Velzen\nWethouder C. Dijkstra',
      'ambtenaar.naam': 'A.E.M. de Vries - Asselbergs',
      'ambtenaar.telefoon': '+31 79 3468269',
      'raadsadviseur.email': 'w.i.van.vaals@zoetermeer.nl',
      aardBijeenkomst: 'Reguliere raad',
    });
    expect(result.fields['ambtenaar.naam']?.confidence).toBe(1);
  });

  it('flattened, with a second mede-portefeuillehouder on a line of its own', () => {
    const result = text([
      'Portefeuillehouder: Behandelend ambtenaar: Raadsadviseur:',
      'Wethouder J. Jansen P. de Groot K. Smit',
      'Mede-portefeuillehouder(s) 079 3468000 06 12345678',
      'Wethouder B.G. Velzen p.de.groot@zoetermeer.nl k.smit@zoetermeer.nl',
      'Wethouder C. Dijkstra',
      'Aard bijeenkomst',
    ]);
    expect(result.values).toMatchObject({
      portefeuillehouder: 'Wethouder J. Jansen',
      medePortefeuillehouders: 'Wethouder B.G. Velzen\nWethouder C. Dijkstra',
      'ambtenaar.naam': 'P. de Groot',
      'ambtenaar.telefoon': '079 3468000',
      'raadsadviseur.naam': 'K. Smit',
      'raadsadviseur.telefoon': '06 12345678',
    });
  });

  it.each([
    ['Rekenkamer A.E.M. de Vries - Asselbergs W.I. van Vaals', ['a.e.de.vries@x.nl', 'w.i.van.vaals@x.nl'], ['Rekenkamer', 'A.E.M. de Vries - Asselbergs', 'W.I. van Vaals']],
    ['Wethouder J. Jansen P. de Groot K. Smit', [null, null], ['Wethouder J. Jansen', 'P. de Groot', 'K. Smit']],
    ['Burgemeester M. Bezuijen drs. L. van der Berg-Keizer T. Yilmaz', ['l.vanderberg@x.nl', 't.yilmaz@x.nl'], ['Burgemeester M. Bezuijen', 'drs. L. van der Berg-Keizer', 'T. Yilmaz']],
  ])('splits the names row %s', (line, emails, names) => {
    expect(splitNames(line, 3, [null, ...emails]).names).toEqual(names);
  });
});

describe('the planning', () => {
  it('one per line, with n.v.t.', () => {
    const result = text(['Beeldvorming: n.v.t.', 'Oordeelsvorming: 29-9-2025', 'Besluitvorming 13 oktober 2025']);
    expect(result.values).toEqual({ 'planning.beeldvorming': 'n.v.t.', 'planning.oordeelsvorming': '29-9-2025', 'planning.besluitvorming': '13 oktober 2025' });
  });

  it('a row of labels with the dates one per line under it', () => {
    const result = text(['Beeldvorming > Oordeelsvorming > Besluitvorming', 'n.v.t.', '29-9-2025', '13-10-2025']);
    expect(result.values).toEqual({ 'planning.beeldvorming': 'n.v.t.', 'planning.oordeelsvorming': '29-9-2025', 'planning.besluitvorming': '13-10-2025' });
  });

  it('a row with a missing date says which values are guesses', () => {
    const result = text(['Beeldvorming Oordeelsvorming Besluitvorming', '29-9-2025 13-10-2025']);
    expect(result.fields['planning.beeldvorming']?.doubts).toContain('missing_in_row');
  });

  it('as table cells', () => {
    const result = rows([row('Beeldvorming', 'Oordeelsvorming', 'Besluitvorming'), row('n.v.t.', 'ma 29 sep. 2025', '13-10-2025')]);
    expect(result.values).toEqual({ 'planning.beeldvorming': 'n.v.t.', 'planning.oordeelsvorming': 'ma 29 sep. 2025', 'planning.besluitvorming': '13-10-2025' });
  });
});

describe('titles, toelichting and page furniture', () => {
  it('a title that wraps onto a second line', () => {
    expect(text(['Annotatie raadsvoorstel Verordening Rechtspositie', 'Raadsleden Zoetermeer 2026', '', 'Contactgegevens']).values.onderwerp).toBe('Verordening Rechtspositie Raadsleden Zoetermeer 2026');
  });

  it('keeps sub-headings in kern, bullets as "• ", and reads across page furniture', () => {
    const result = text([
      'Toelichting',
      'Inleiding',
      'De gemeente wil de regels voor',
      'Pagina 2',
      'Z/25/004211',
      'raadsleden bijwerken.',
      '',
      'Financiën',
      'De kosten zijn:',
      'o Eenmalig 10.000 euro',
      'e Structureel 2.000 euro',
      'Behandeladvies',
      'Hamerstuk.',
    ]);
    expect(result.values['toelichting.inleiding']).toBe('De gemeente wil de regels voor raadsleden bijwerken.');
    expect(result.values['toelichting.kern']).toBe('Financiën\nDe kosten zijn:\n• Eenmalig 10.000 euro\n• Structureel 2.000 euro');
    expect(result.values['toelichting.behandeladvies']).toBe('Hamerstuk.');
    expect(result.unrecognised).toEqual(['Pagina 2', 'Z/25/004211']);
  });

  it('a sentence that starts with a label word stays text inside the toelichting', () => {
    const result = text(['Inleiding', 'Programma 3 van de begroting betaalt dit.', 'Portefeuillehouder is de wethouder.']);
    expect(result.values['toelichting.inleiding']).toBe('Programma 3 van de begroting betaalt dit. Portefeuillehouder is de wethouder.');
    expect(result.values.programma).toBeUndefined();
  });

  it('a field found twice keeps the first and sets the second aside', () => {
    const result = text(['Programma: Vrije tijd', 'Programma: Veiligheid']);
    expect(result.values.programma).toBe('Vrije tijd');
    expect(result.fields.programma?.doubts).toContain('duplicate');
    expect(result.unrecognised).toEqual(['Veiligheid']);
  });

  it.each(['Pagina 2', 'pagina 2 van 3', '2/3', '- 4 -', 'Z/25/123456', 'Kenmerk: 2025-004211', '1234567'])('%s is page furniture', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each(['29-9-2025', '2025-09-29', '+31 79 3468269', '0793468269', 'n.v.t.', 'Onderzoek'])('%s is not', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});

describe('scanning a row of values', () => {
  it.each([
    ['n.v.t. 29-9-2025 13-10-2025', ['n.v.t.', '29-9-2025', '13-10-2025']],
    ['+31 79 3468269 +31 6 39340866', ['+31 79 3468269', '+31 6 39340866']],
    ['079 3468269 06 39340866', ['079 3468269', '06 39340866']],
    ['ma 29 sep. 2025 13 oktober 2025', ['ma 29 sep. 2025', '13 oktober 2025']],
    ['a@zoetermeer.nl b.c@zoetermeer.nl', ['a@zoetermeer.nl', 'b.c@zoetermeer.nl']],
  ])('%s', (line, values) => {
    expect(scanValues(line).chunks.map((chunk) => chunk.text)).toEqual(values);
  });
});

describe('cost', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['doelbesprekinq', 'doelbespreking', 2, 1],
    ['abc', 'xyz', 1, 2],
  ])('boundedDistance(%s, %s, %d) = %d', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
  });

  // A catastrophic regex or a quadratic scan shows as minutes here; linear code takes well under a second.
  it('reads two megabytes of damaged, label-like text without stalling', () => {
    const lines: string[] = [];
    for (let index = 0; index < 30_000; index += 1) lines.push(index % 7 === 0 ? 'Doel besprekinq' : index % 5 === 0 ? 'Pagina 2' : `Programmq ${'a.'.repeat(20)} ${index} e o - Beeldvormin Oordeelsvormin`);
    const result = text(lines);
    expect(result.unrecognised.length + Object.keys(result.values).length).toBeGreaterThan(0);
  }, 60_000);
});
