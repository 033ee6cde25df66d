import { parseEmail, suggestEmail } from '../../src/domain';

describe('suggestEmail', () => {
  it.each([
    ['a.e.de.vries@zoetemeer.nl', 'a.e.de.vries@zoetermeer.nl'],
    ['A.E.de.Vries@ZOETERMER.NL', 'A.E.de.Vries@zoetermeer.nl'],
    ['a.e.de.vries@zoetermeer.nl', undefined],
    ['a.e.de.vries@gmail.com', undefined],
    ['geen adres', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(suggestEmail(text)).toBe(expected);
  });

  it('uses the domains it is given', () => {
    expect(suggestEmail('p@edr.nl', ['ede.nl'])).toBe('p@ede.nl');
    expect(suggestEmail('p@zoetemeer.nl', ['ede.nl'])).toBeUndefined();
  });
});

describe('parseEmail', () => {
  it.each([
    ['a.e.de.vries@zoetermeer.nl', { local: 'a.e.de.vries', domain: 'zoetermeer.nl' }],
    ['  X@Zoetermeer.NL ', { local: 'X', domain: 'zoetermeer.nl' }],
    ['a@b', undefined],
    ['a b@zoetermeer.nl', undefined],
    ['.a@zoetermeer.nl', undefined],
    ['a@-zoetermeer.nl', undefined],
    [`${'a'.repeat(300)}@zoetermeer.nl`, undefined],
  ])('%j', (text, expected) => {
    expect(parseEmail(text)).toEqual(expected);
  });
});
