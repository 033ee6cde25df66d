import { nearestChoice } from '../../src/domain/nearest-choice';

/** A list shaped like a BOB municipality's meeting kinds: several commissies, compounds. */
const MEETINGS = [
  'Raadsvergadering',
  'Extra raadsvergadering',
  'Politieke avond',
  'Commissie Ruimte en Verkeer',
  'Commissie Economie, Financiën en Bestuur',
  'Commissie Sociaal Domein en Wonen',
] as const;

describe('nearestChoice: the option an unlisted value most likely meant', () => {
  it.each([
    // A typo of the whole value, at most one edit per 4 characters.
    ['Raadsvergaderng', 'Raadsvergadering'],
    ['Politieke avnd', 'Politieke avond'],
    // A shortened form: the words typed are words of exactly one option.
    ['Commissie Ruimte', 'Commissie Ruimte en Verkeer'],
    ['Sociaal domein', 'Commissie Sociaal Domein en Wonen'],
    ['commissie financien', 'Commissie Economie, Financiën en Bestuur'],
    ['Verkeer', 'Commissie Ruimte en Verkeer'],
    // The start of a word, and a word typed with a typo.
    ['Comm. Ruimte', 'Commissie Ruimte en Verkeer'],
    ['Commissie Ecomonie', 'Commissie Economie, Financiën en Bestuur'],
    // "vergadering" ends both compounds; "extra" says which one.
    ['Extra vergadering', 'Extra raadsvergadering'],
  ])('%j → %j', (text, expected) => {
    expect(nearestChoice(text, MEETINGS)).toBe(expected);
  });

  it.each([
    // Fits several options equally: no guess.
    ['Commissie'],
    ['Commissie en'],
    ['vergadering'],
    // A word that is in no option: a real unlisted value.
    ['Raadsconferentie'],
    ['Commissie Onderwijs'],
    ['Presidium'],
    // Too short to be a typo of anything ("Raad" is not "Raadsvergadering" minus a typo).
    ['Rad'],
    // Only function words, or nothing.
    ['van de'],
    [''],
    ['   '],
    // A pasted paragraph is not a shortened option.
    [`Commissie Ruimte en Verkeer ${'en verder '.repeat(30)}`],
  ])('%j → nothing', (text) => {
    expect(nearestChoice(text, MEETINGS)).toBeUndefined();
  });

  it('stays linear on a megabyte paste (validation runs per keystroke)', () => {
    const started = Date.now();
    expect(nearestChoice('Commissie '.repeat(100_000), MEETINGS)).toBeUndefined();
    // A generous bound that only catches catastrophic behaviour, not a timing assertion.
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
