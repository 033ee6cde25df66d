import { DEFAULT_PROFILE, profileFromJson } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('value_unlisted', () => {
  it.each([
    ['aardBijeenkomst', 'Reguliere raadd', 'Reguliere raad'],
    ['aardBijeenkomst', 'Raadsconferentie', undefined],
    ['programma', 'Alle programmas', 'Alle programma’s'],
    ['programma', 'Sport en cultuur', undefined],
    ['doelBespreking', 'Informeren van de raaad', 'Informeren van de raad'],
    // Shortened forms: every word typed is in the option, the rest was left out (issue 11).
    ['programma', 'Inrichting stad', 'Inrichting van de stad'],
    ['programma', 'inrichting v.d. stad', 'Inrichting van de stad'],
    ['programma', 'Inrichting stadt', 'Inrichting van de stad'],
    ['programma', 'Onderwijs', 'Onderwijs, economie en arbeidsparticipatie'],
    ['doelBespreking', 'Besluit nemen door de raad', 'Besluit nemen door de gemeenteraad'],
    ['adviesCommissie', 'Hamerstuk', 'Voorstel agenderen als hamerstuk'],
    ['adviesCommissie', 'nvt', 'n.v.t.'],
    // Ambiguous: every commissie fits "Commissie" as well as the other.
    ['aardBijeenkomst', 'Commissie', undefined],
    // A word no option has: an unlisted real value, nothing to suggest.
    ['aardBijeenkomst', 'Raadsconferentie Stad', undefined],
    ['programma', 'Vrije tijd en sport', undefined],
    ['programma', 'Inrichting van de stad en de regio, met wonen en werken', undefined],
  ])('%s %j', (key, text, suggestion) => {
    expect(findingsOf('value_unlisted', { [key]: text })).toEqual([
      { field: key, code: 'value_unlisted', severity: 'warning', params: { value: text }, ...(suggestion ? { suggestion } : {}) },
    ]);
  });

  it.each([
    ['programma', 'Alle programma’s'],
    ['programma', "Alle programma's"],
    ['programma', 'alle  programma’s '],
    ['aardBijeenkomst', 'Commissie Stad'],
    ['adviesCommissie', 'n.v.t.'],
    ['adviesCommissie', ''],
    ['aardBijeenkomst', 'REGULIERE RAAD'],
  ])('accepts %s %j', (key, text) => {
    expect(findingsOf('value_unlisted', { [key]: text })).toEqual([]);
  });

  it('a decomposed accent (pasted from a PDF) is the same value as the listed one', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, options: { ...DEFAULT_PROFILE.options, programma: ['Financiën'] } }, 'p.json');
    if (!result.ok) throw new Error(result.error);
    expect(findingsOf('value_unlisted', { programma: 'Financie\u0308n' }, result.profile)).toEqual([]);
  });
});
