import { countText, languageFromDisplayLanguage, t } from '../../src/taskpane/i18n';

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
