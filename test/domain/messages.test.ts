import type { Finding, FindingCode, Language } from '../../src/domain';
import { DEFAULT_PROFILE, FINDING_CODES, MESSAGES, findingMessage, profileFromJson, reportFindings, validate } from '../../src/domain';
import { withValues } from './helpers';

const LANGUAGES: readonly Language[] = ['nl', 'en'];

describe('every finding code has a message in every language', () => {
  // The Messages type already makes a missing code a compile error; this catches a locale map
  // built some other way (a spread, a cast) and empty or placeholder-looking texts.
  it.each(LANGUAGES.flatMap((lang) => FINDING_CODES.map((code) => [lang, code] as const)))('%s: %s', (lang, code) => {
    const render = MESSAGES[lang][code];
    expect(typeof render).toBe('function');
    for (const field of ['ambtenaar.email', null] as const) {
      const text = findingMessage({ field, code, severity: 'error' }, lang);
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\[object|\$\{/);
    }
  });

  it('has no messages for codes that do not exist', () => {
    for (const lang of LANGUAGES) expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...FINDING_CODES].sort());
  });
});

describe('messages read naturally and name the concrete thing', () => {
  it.each<[Finding, Language, string]>([
    [{ field: 'ambtenaar.email', code: 'email_domain_typo', severity: 'error', suggestion: 'a.e.de.vries@zoetermeer.nl', params: { domain: 'zoetemeer.nl', expected: 'zoetermeer.nl' } }, 'nl', 'Het domein ‘zoetemeer.nl’ lijkt op een tikfout; bedoelt u a.e.de.vries@zoetermeer.nl?'],
    [{ field: 'onderwerp', code: 'required', severity: 'error' }, 'nl', 'Vul dit veld in; het is verplicht.'],
    [{ field: 'onderwerp', code: 'required', severity: 'error' }, 'en', 'Fill in this field; it is required.'],
    [{ field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', params: { weekday: 'maandag', actual: 'dinsdag' } }, 'nl', 'Deze datum valt op een dinsdag; de raad van Zoetermeer vergadert op maandag. Klopt de datum?'],
    [{ field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', params: { weekday: 'maandag', actual: 'dinsdag' } }, 'en', 'This date is a Tuesday; the council of Zoetermeer meets on Monday. Is the date right?'],
    [{ field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', suggestion: '13-10-2025', params: { weekday: 'maandag', actual: 'dinsdag' } }, 'nl', 'Deze datum valt op een dinsdag; de raad van Zoetermeer vergadert op maandag. Bedoelt u maandag 13-10-2025?'],
    [{ field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', suggestion: '13-10-2025', params: { weekday: 'maandag', actual: 'dinsdag' } }, 'en', 'This date is a Tuesday; the council of Zoetermeer meets on Monday. Did you mean Monday 13-10-2025?'],
    [{ field: 'programma', code: 'value_unlisted', severity: 'warning', suggestion: 'Inrichting van de stad', params: { value: 'Inrichting stad' } }, 'nl', '‘Inrichting stad’ staat niet in de lijst; bedoelt u ‘Inrichting van de stad’?'],
    [{ field: 'planning.besluitvorming', code: 'planning_order', severity: 'error', params: { earlier: 'planning.oordeelsvorming', earlierDate: '13-10-2025', date: '29-9-2025' } }, 'en', 'This date, 29-9-2025, must come after Opinion forming (Oordeelsvorming), 13-10-2025: the order is information gathering, opinion forming, decision making.'],
    [{ field: 'planning.besluitvorming', code: 'planning_order', severity: 'error', params: { earlier: 'planning.oordeelsvorming', earlierDate: '13-10-2025', date: '29-9-2025' } }, 'nl', 'Deze datum (29-9-2025) moet na oordeelsvorming (13-10-2025) liggen: de volgorde is beeldvorming, oordeelsvorming, besluitvorming.'],
    [{ field: 'ambtenaar.telefoon', code: 'phone_style', severity: 'info', suggestion: '+31 79 3468269' }, 'nl', 'Schrijf het nummer in de huisstijl als ‘+31 79 3468269’.'],
    [{ field: 'planning.beeldvorming', code: 'date_style', severity: 'info', suggestion: 'n.v.t.' }, 'nl', 'Schrijf dit in de huisstijl als ‘n.v.t.’.'],
    [{ field: null, code: 'unknown_key', severity: 'warning', params: { key: 'ambtenaar.mail' } }, 'nl', '‘ambtenaar.mail’ is geen veld van de annotatie en wordt genegeerd.'],
    [{ field: 'planning.besluitvorming', code: 'date_format', severity: 'error', params: { value: '31-2-2025', reason: 'nonexistent' } }, 'nl', '‘31-2-2025’ bestaat niet in de kalender. Controleer dag en maand.'],
    [{ field: 'onderwerp', code: 'text_invalid_characters', severity: 'error', suggestion: 'Rekenkameronderzoek', params: { characters: 'U+0007' } }, 'nl', 'Deze tekst bevat tekens die een Word-document niet kan bewaren (U+0007); die vallen bij het opslaan weg.'],
    [{ field: 'ambtenaar.naam', code: 'text_invalid_characters', severity: 'warning', suggestion: 'A.E.M. de Vries', params: { characters: 'U+202E' } }, 'en', 'This text holds invisible characters that change the reading direction (U+202E), so the text looks different from what it is. Remove them.'],
  ])('%j in %s', (finding, lang, text) => {
    expect(findingMessage(finding, lang)).toBe(text);
  });

  it.each(LANGUAGES.flatMap((lang) => (['nonexistent', 'unreadable', 'weekday_mismatch', 'missing_year'] as const).map((reason) => [lang, reason] as const)))(
    'date_format in %s says what is wrong: %s',
    (lang, reason) => {
      const texts = new Set(
        (['nonexistent', 'unreadable', 'weekday_mismatch', 'missing_year'] as const).map((other) =>
          findingMessage({ field: 'planning.besluitvorming', code: 'date_format', severity: 'error', params: { value: 'x', reason: other } }, lang),
        ),
      );
      expect(texts.size).toBe(4);
      expect(findingMessage({ field: 'planning.besluitvorming', code: 'date_format', severity: 'error', params: { value: '13-10', reason } }, lang)).toContain('‘13-10’');
    },
  );

  it('gives date examples in the profile’s house style', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, houseStyle: { ...DEFAULT_PROFILE.houseStyle, date: 'dd-mm-yyyy' } }, 'p.json');
    if (!result.ok) throw new Error(result.error);
    const finding: Finding = { field: 'planning.besluitvorming', code: 'date_format', severity: 'error', params: { value: 'morgen', reason: 'unreadable' } };
    expect(findingMessage(finding, 'nl', result.profile)).toBe('‘morgen’ is geen datum. Schrijf een datum als 29-09-2025, of ‘n.v.t.’ als deze fase niet van toepassing is.');
    expect(findingMessage(finding, 'nl')).toContain('als 29-9-2025,');
  });

  it.each<[Language, Readonly<Record<string, string>>, string]>([
    ['nl', { reason: 'too_short', numberKind: 'mobile' }, '‘06 1234 567’ heeft te weinig cijfers: een mobiel nummer is 06 met 8 cijfers erachter (+31 6 12345678).'],
    ['nl', { reason: 'too_long', numberKind: 'fixed' }, '‘06 1234 567’ heeft te veel cijfers: een vast nummer is 10 cijfers met het netnummer erbij (079 3468269).'],
    ['nl', { reason: 'foreign' }, '‘06 1234 567’ is een buitenlands nummer. Vul een Nederlands nummer in, zoals +31 79 3468269.'],
    ['en', { reason: 'too_short', numberKind: 'mobile' }, '‘06 1234 567’ has too few digits: a mobile number is 06 followed by 8 digits (+31 6 12345678).'],
    ['en', { reason: 'characters' }, '‘06 1234 567’ holds characters that do not belong in a phone number. Write just the number, like +31 79 3468269.'],
  ])('phone_format in %s for %j', (lang, params, text) => {
    expect(findingMessage({ field: 'ambtenaar.telefoon', code: 'phone_format', severity: 'error', params: { value: '06 1234 567', ...params } }, lang)).toBe(text);
  });

  it.each<[Language, string, string]>([
    ['nl', 'number', 'De waarde van ‘ambtenaar.telefoon’ is geen tekst maar een getal, en wordt genegeerd.'],
    ['en', 'boolean', 'The value of ‘ambtenaar.telefoon’ is not text but true/false, and is ignored.'],
  ])('value_type in %s for a %s', (lang, type, text) => {
    expect(findingMessage({ field: 'ambtenaar.telefoon', code: 'value_type', severity: 'error', params: { key: 'ambtenaar.telefoon', type } }, lang)).toBe(text);
  });

  it('reportFindings keeps code, severity, field and suggestion beside the message', () => {
    const finding: Finding = { field: 'ambtenaar.telefoon', code: 'phone_style', severity: 'info', suggestion: '+31 79 3468269' };
    expect(reportFindings([finding], 'en')).toEqual([
      { field: 'ambtenaar.telefoon', code: 'phone_style', severity: 'info', message: 'In house style the number is written ‘+31 79 3468269’.', suggestion: '+31 79 3468269' },
    ]);
    const code: FindingCode = 'required';
    expect(reportFindings([{ field: 'onderwerp', code, severity: 'error' }])[0]).not.toHaveProperty('suggestion');
  });
});

describe('messages show invisible characters as what they are', () => {
  // Printed as is, "jan@zoetermeer\u200b.nl" reads as a correct address; squashed to a space it
  // reads as an address with a space in it. Either way the user cannot see what to fix.
  it.each<[string, string, Language, string]>([
    ['a zero-width space in an e-mail', 'jan@zoetermeer\u200b.nl', 'nl', '‘jan@zoetermeer⟨U+200B⟩.nl’ is geen geldig e-mailadres; bedoelt u jan@zoetermeer.nl?'],
    ['a zero-width space in an e-mail', 'jan@zoetermeer\u200b.nl', 'en', '‘jan@zoetermeer⟨U+200B⟩.nl’ is not a valid email address; did you mean jan@zoetermeer.nl?'],
    ['a word joiner', 'jan@zoeter\u2060meer', 'nl', '‘jan@zoeter⟨U+2060⟩meer’ is geen geldig e-mailadres. Schrijf het als naam@zoetermeer.nl, zonder spaties.'],
    ['a byte order mark inside', 'jan\ufeff@zoetermeer', 'nl', '‘jan⟨U+FEFF⟩@zoetermeer’ is geen geldig e-mailadres. Schrijf het als naam@zoetermeer.nl, zonder spaties.'],
    ['a right-to-left override', 'jan@\u202eln.reemreteoz', 'nl', '‘jan@⟨U+202E⟩ln.reemreteoz’ is geen geldig e-mailadres. Schrijf het als naam@zoetermeer.nl, zonder spaties.'],
    ['a real space stays a space', 'jan @zoetermeer', 'nl', '‘jan @zoetermeer’ is geen geldig e-mailadres. Schrijf het als naam@zoetermeer.nl, zonder spaties.'],
  ])('%s (%j) in %s', (_name, email, lang, text) => {
    const finding = validate(withValues({ 'ambtenaar.email': email })).find((f) => f.code === 'email_format');
    expect(finding && findingMessage(finding, lang)).toBe(text);
  });

  it.each<[string, string, string]>([
    ['a NUL in a date', '13-10\u00002025', '‘13-10⟨U+0000⟩2025’ is geen datum. Schrijf een datum als 29-9-2025, of ‘n.v.t.’ als deze fase niet van toepassing is.'],
    ['a soft hyphen in a date', '13-10-20\u00ad25', '‘13-10-20⟨U+00AD⟩25’ is geen datum. Schrijf een datum als 29-9-2025, of ‘n.v.t.’ als deze fase niet van toepassing is.'],
  ])('%s', (_name, date, text) => {
    const finding = validate(withValues({ 'planning.besluitvorming': date })).find((f) => f.code === 'date_format');
    expect(finding && findingMessage(finding, 'nl')).toBe(text);
  });

  it('keeps the suggestion itself raw: it is the value to apply', () => {
    const finding: Finding = { field: 'planning.besluitvorming', code: 'date_style', severity: 'info', suggestion: '13-10-2025\u200b' };
    expect(findingMessage(finding, 'nl')).toBe('Schrijf dit in de huisstijl als ‘13-10-2025⟨U+200B⟩’.');
    expect(reportFindings([finding])[0]?.suggestion).toBe('13-10-2025\u200b');
  });

  it('does not cut an emoji in two when it shortens a long value', () => {
    const finding = validate(withValues({ 'ambtenaar.email': `${'x'.repeat(58)}😀😀 geen adres` })).find((f) => f.code === 'email_format');
    const text = finding ? findingMessage(finding, 'nl') : '';
    expect(text).toContain(`‘${'x'.repeat(58)}…’`);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|⟨U\+D83D⟩/u);
  });
});
