import { cleanText, validate } from '../../../src/domain';
import { findingsOf, withValues } from '../helpers';

describe('text_invalid_characters', () => {
  it.each([
    ['NUL in the onderwerp', 'onderwerp', 'Rekenkamer\u0000onderzoek', 'error', 'Rekenkameronderzoek', 'U+0000'],
    ['BEL in the onderwerp', 'onderwerp', 'Rekenkamer\u0007onderzoek', 'error', 'Rekenkameronderzoek', 'U+0007'],
    ['ESC in the onderwerp', 'onderwerp', '\u001b[1mRekenkameronderzoek', 'error', '[1mRekenkameronderzoek', 'U+001B'],
    ['a lone high surrogate in a name', 'ambtenaar.naam', 'A.E.M. de Vries\ud83d', 'error', 'A.E.M. de Vries', 'U+D83D'],
    ['a lone low surrogate in a name', 'raadsadviseur.naam', '\ude00W.I. van Vaals', 'error', 'W.I. van Vaals', 'U+DE00'],
    ['U+FFFE and U+FFFF', 'programma', 'Alle programma’s\ufffe\uffff', 'error', 'Alle programma’s', 'U+FFFE, U+FFFF'],
    ['a form feed in rich text', 'toelichting.inleiding', 'Het Aanjaagteam\u000cmee', 'error', 'Het Aanjaagteammee', 'U+000C'],
    ['a right-to-left override in a name', 'ambtenaar.naam', 'A.E.M. de \u202eVries', 'warning', 'A.E.M. de Vries', 'U+202E'],
    ['an embedding and an isolate', 'raadsadviseur.naam', '\u202aW.I.\u202c van \u2066Vaals\u2069', 'warning', 'W.I. van Vaals', 'U+202A, U+202C, U+2066, U+2069'],
    ['both kinds: the error wins', 'onderwerp', '\u202eRekenkamer\u0000', 'error', 'Rekenkamer', 'U+202E, U+0000'],
  ] as const)('%s', (_name, key, text, severity, suggestion, characters) => {
    expect(findingsOf('text_invalid_characters', { [key]: text })).toEqual([
      { field: key, code: 'text_invalid_characters', severity, suggestion, params: { characters } },
    ]);
  });

  it.each([
    ['tabs and line breaks of every convention', 'toelichting.kern', 'Onderzoek\tdeel 1\r\nConclusies\rAanbevelingen\n'],
    ['a surrogate pair (emoji)', 'onderwerp', 'Arbeidsmigranten 😀'],
    ['right-to-left letters without controls', 'ambtenaar.naam', 'محمد الحسن'],
    ['zero-width characters (not dropped by the writers)', 'onderwerp', 'Rekenkamer\u200bonderzoek'],
    ['a field empty but for a control character (required reports it)', 'medePortefeuillehouders', '\u0007'],
  ])('no finding for %s', (_name, key, text) => {
    expect(findingsOf('text_invalid_characters', { [key]: text })).toEqual([]);
  });

  it('suggests exactly what cleanText makes of the value, so the document holds the suggestion', () => {
    const text = 'a\u0000b\ud800c\u202ed\u2069e\uffff';
    const [finding] = validate(withValues({ onderwerp: text })).filter((f) => f.code === 'text_invalid_characters');
    expect(finding?.suggestion).toBe(cleanText(text));
    expect(cleanText(text)).toBe('abcde');
  });

  it('cleanText returns clean text unchanged', () => {
    const text = 'Rekenkameronderzoek\tArbeidsmigranten\n😀';
    expect(cleanText(text)).toBe(text);
  });

  it('lists at most five distinct characters', () => {
    const [finding] = findingsOf('text_invalid_characters', { onderwerp: '\u0001\u0002\u0001\u0003\u0004\u0005\u0006x' });
    expect(finding?.params).toEqual({ characters: 'U+0001, U+0002, U+0003, U+0004, U+0005' });
  });
});
