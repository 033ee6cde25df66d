import { DATE_STYLES, PLANNING_KEYS, datePattern, isPlaceholder, placeholderFor } from '../../src/domain';

describe('placeholders', () => {
  it.each([
    ['d-m-yyyy', 'nl', 'd-m-jjjj'],
    ['dd-mm-yyyy', 'nl', 'dd-mm-jjjj'],
    ['d-m-yyyy', 'en', 'd-m-yyyy'],
    ['dd-mm-yyyy', 'en', 'dd-mm-yyyy'],
  ] as const)('the %s date style is written %s-wise as %s', (style, lang, pattern) => {
    expect(datePattern(style, lang)).toBe(pattern);
  });

  it('names the profile’s date style in a planning field’s placeholder', () => {
    expect(placeholderFor('planning.oordeelsvorming')).toBe('Oordeelsvorming: datum (d-m-jjjj) of n.v.t.');
    expect(placeholderFor('planning.oordeelsvorming', 'nl', 'dd-mm-yyyy')).toBe('Oordeelsvorming: datum (dd-mm-jjjj) of n.v.t.');
    expect(placeholderFor('planning.oordeelsvorming', 'en', 'dd-mm-yyyy')).toBe('Opinion forming (Oordeelsvorming): date (dd-mm-yyyy) or n.v.t.');
  });

  it('counts every date style’s placeholder as empty, whichever profile wrote it', () => {
    for (const key of PLANNING_KEYS) {
      for (const style of DATE_STYLES) {
        expect(isPlaceholder(key, placeholderFor(key, 'nl', style))).toBe(true);
        expect(isPlaceholder(key, placeholderFor(key, 'en', style))).toBe(true);
      }
    }
    expect(isPlaceholder('planning.besluitvorming', '13-10-2025')).toBe(false);
  });
});
