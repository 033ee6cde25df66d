import { STRING_KEYS, countText, languageFromDisplayLanguage, t } from '../../src/taskpane/i18n';
import { REVIEW_STRING_KEYS, dateTimeText, t as reviewText } from '../../src/taskpane/i18n-review';

describe('task pane language', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr-FR', 'nl'],
    ['', 'nl'],
    [undefined, 'nl'],
  ] as const)('Office display language %s gives %s', (tag, language) => {
    expect(languageFromDisplayLanguage(tag)).toBe(language);
  });

  it('fills placeholders and picks singular or plural', () => {
    expect(t('nl', 'applySuggestion', { suggestion: 'a@zoetermeer.nl' })).toBe('Wijzig in a@zoetermeer.nl');
    expect(countText('nl', 'errorsOne', 'errorsMany', 1)).toBe('1 fout');
    expect(countText('nl', 'errorsOne', 'errorsMany', 3)).toBe('3 fouten');
    expect(countText('en', 'warningsOne', 'warningsMany', 2)).toBe('2 warnings');
  });
});

describe('the pane’s words in both languages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

  it.each([...STRING_KEYS, ...REVIEW_STRING_KEYS])('%s: non-empty in nl and en, with the same placeholders', (key) => {
    const nl = reviewText('nl', key);
    const en = reviewText('en', key);
    expect(nl.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(en)).toEqual(placeholders(nl));
  });

  it('gives the Controle tab’s words and the rest of the pane’s through one t', () => {
    expect(reviewText('nl', 'acceptAll')).toBe('Alle wijzigingen accepteren');
    expect(reviewText('nl', 'tryAgain')).toBe(t('nl', 'tryAgain'));
    expect(new Set(REVIEW_STRING_KEYS.filter((key) => (STRING_KEYS as readonly string[]).includes(key)))).toEqual(new Set());
  });

  it('writes dates and times of changes in the numeric style of the language', () => {
    const date = new Date(2025, 8, 22, 9, 5);
    expect(dateTimeText('nl', date)).toBe('22-9-2025 09:05');
    expect(dateTimeText('en', date)).toBe('22/9/2025 09:05');
  });
});
