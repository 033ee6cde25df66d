import { DEFAULT_PROFILE, profileFromJson } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('value_unlisted', () => {
  it.each([
    ['aardBijeenkomst', 'Reguliere raadd', 'Reguliere raad'],
    ['aardBijeenkomst', 'Raadsconferentie', undefined],
    ['programma', 'Alle programmas', 'Alle programma’s'],
    ['programma', 'Sport en cultuur', undefined],
    ['doelBespreking', 'Besluit nemen door de raad', undefined],
    ['doelBespreking', 'Informeren van de raaad', 'Informeren van de raad'],
    ['adviesCommissie', 'Hamerstuk', undefined],
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
