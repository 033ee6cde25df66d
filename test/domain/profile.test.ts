import zoetermeer from '../../src/domain/profiles/zoetermeer.json';
import { DEFAULT_ORI, DEFAULT_PROFILE, loadProfile, profileFromJson } from '../../src/domain';

const good = JSON.stringify(zoetermeer);
const variant = (change: (profile: Record<string, unknown>) => void): string => {
  const copy = JSON.parse(good) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};
const options = (profile: Record<string, unknown>): Record<string, unknown> => profile['options'] as Record<string, unknown>;
const calendar = (profile: Record<string, unknown>): Record<string, unknown> => profile['calendar'] as Record<string, unknown>;
const event = (profile: Record<string, unknown>, index: number): Record<string, unknown> => (calendar(profile)['events'] as Record<string, unknown>[])[index] as Record<string, unknown>;
const ori = (profile: Record<string, unknown>): Record<string, unknown> => profile['ori'] as Record<string, unknown>;

describe('the embedded Zoetermeer profile', () => {
  it('is the default and holds contract §3', () => {
    expect(DEFAULT_PROFILE).toMatchObject({
      id: 'zoetermeer',
      gemeente: 'Zoetermeer',
      emailDomains: ['zoetermeer.nl'],
      meetingWeekday: 'maandag',
      besluitDoelBespreking: 'Besluit nemen door de gemeenteraad',
      houseStyle: { date: 'd-m-yyyy', phone: '+31 79 3468269' },
    });
    expect(DEFAULT_PROFILE.options.programma).toHaveLength(8);
    expect(DEFAULT_PROFILE.options.programma[0]).toBe('Alle programma’s');
    expect(DEFAULT_PROFILE.options.aardBijeenkomst).toContain('Reguliere raad');
    expect(DEFAULT_PROFILE.options.doelBespreking).toContain('Besluit nemen door de gemeenteraad');
    expect(DEFAULT_PROFILE.options.adviesCommissie).toContain('Voorstel agenderen als debatstuk');
  });

  it('is frozen, so cached derivations of it stay true', () => {
    expect(Object.isFrozen(DEFAULT_PROFILE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PROFILE.options.programma)).toBe(true);
    expect(() => (DEFAULT_PROFILE.options.programma as string[]).push('Nieuw')).toThrow(TypeError);
  });

  it('loads from its own text', () => {
    expect(loadProfile(good, 'zoetermeer.json')).toEqual({ ok: true, profile: DEFAULT_PROFILE });
  });

  it('reads back unchanged: a loaded profile keeps the JSON’s shape', () => {
    expect(profileFromJson(JSON.parse(JSON.stringify(DEFAULT_PROFILE)), 'copy.json')).toEqual({ ok: true, profile: DEFAULT_PROFILE });
  });

  it('holds the CBS code, the calendar patterns and the ORI mapping (issue 13)', () => {
    expect(DEFAULT_PROFILE.gemeentecode).toBe('0637');
    expect(DEFAULT_PROFILE.calendar?.events).toContainEqual({ phase: 'oordeelsvorming', summary: { startsWith: 'Commissie' } });
    expect(DEFAULT_PROFILE.ori.vergaderingstype).toEqual({ beeldvorming: 'commissievergadering', oordeelsvorming: 'commissievergadering', besluitvorming: 'raadsvergadering' });
    expect(DEFAULT_PROFILE.ori.indicatieHamerstuk).toEqual({ 'Voorstel agenderen als hamerstuk': true, 'Voorstel agenderen als debatstuk': false });
  });
});

describe('loadProfile reports a bad profile with the file and the property', () => {
  it.each([
    ['a number in a list', variant((p) => ((options(p)['programma'] as unknown[])[2] = 7)), 'zoetermeer.json: options.programma[2] moet tekst zijn'],
    ['an empty option', variant((p) => ((options(p)['aardBijeenkomst'] as unknown[])[0] = '  ')), 'zoetermeer.json: options.aardBijeenkomst[0] mag niet leeg zijn'],
    ['a missing list', variant((p) => delete options(p)['doelBespreking']), 'zoetermeer.json: options.doelBespreking moet een lijst met tekst zijn'],
    ['an unknown list', variant((p) => (options(p)['portefeuille'] = ['x'])), 'zoetermeer.json: options.portefeuille is geen bekende keuzelijst'],
    ['a duplicate option', variant((p) => (options(p)['adviesCommissie'] = ['n.v.t.', 'n.v.t.'])), 'zoetermeer.json: options.adviesCommissie[1] staat dubbel in de lijst (‘n.v.t.’)'],
    ['an English weekday', variant((p) => (p['meetingWeekday'] = 'monday')), 'zoetermeer.json: meetingWeekday moet een van ‘zondag’, ‘maandag’, ‘dinsdag’, ‘woensdag’, ‘donderdag’, ‘vrijdag’, ‘zaterdag’ zijn'],
    ['an address as domain', variant((p) => (p['emailDomains'] = ['info@zoetermeer.nl'])), 'zoetermeer.json: emailDomains[0] moet een domeinnaam zijn zoals ‘zoetermeer.nl’ (niet ‘info@zoetermeer.nl’)'],
    ['no domains', variant((p) => (p['emailDomains'] = [])), 'zoetermeer.json: emailDomains mag niet leeg zijn'],
    ['an unsupported date style', variant((p) => ((p['houseStyle'] as Record<string, unknown>)['date'] = 'yyyy-mm-dd')), 'zoetermeer.json: houseStyle.date moet een van ‘d-m-yyyy’, ‘dd-mm-yyyy’ zijn'],
    ['a misspelt property', variant((p) => (p['emailDomain'] = ['x.nl'])), 'zoetermeer.json: emailDomain is geen bekende eigenschap van een profiel'],
    ['a missing id', variant((p) => delete p['id']), 'zoetermeer.json: id moet tekst zijn'],
    ['an array', '[]', 'zoetermeer.json: (hoofdniveau) moet een object zijn'],
    ['a gemeentecode as a number (its 0 is lost)', variant((p) => (p['gemeentecode'] = 637)), 'zoetermeer.json: gemeentecode moet de gemeentecode van het CBS zijn: vier cijfers, zoals ‘0637’ (als tekst, tussen aanhalingstekens)'],
    ['a gemeentecode with a letter', variant((p) => (p['gemeentecode'] = 'GM0637')), 'zoetermeer.json: gemeentecode moet de gemeentecode van het CBS zijn: vier cijfers, zoals ‘0637’ (als tekst, tussen aanhalingstekens)'],
    ['a calendar without events', variant((p) => (calendar(p)['events'] = [])), 'zoetermeer.json: calendar.events mag niet leeg zijn'],
    ['a calendar url elsewhere', variant((p) => (calendar(p)['url'] = 'https://ris.example/kalender.ics')), 'zoetermeer.json: calendar.url moet een pad op de eigen site van de invoegtoepassing zijn, zoals ‘kalender/vergaderingen.ics’ (niet ‘https://ris.example/kalender.ics’)'],
    ['a calendar url without scheme but with a host', variant((p) => (calendar(p)['url'] = '//ris.example/k.ics')), 'zoetermeer.json: calendar.url moet een pad op de eigen site van de invoegtoepassing zijn, zoals ‘kalender/vergaderingen.ics’ (niet ‘//ris.example/k.ics’)'],
    ['a Windows path as calendar url', variant((p) => (calendar(p)['url'] = 'kalender\\raad.ics')), 'zoetermeer.json: calendar.url moet een pad op de eigen site van de invoegtoepassing zijn, zoals ‘kalender/vergaderingen.ics’ (niet ‘kalender\\raad.ics’)'],
    ['an unknown phase', variant((p) => (event(p, 2)['phase'] = 'debat')), 'zoetermeer.json: calendar.events[2].phase moet een van ‘beeldvorming’, ‘oordeelsvorming’, ‘besluitvorming’ zijn'],
    ['a pattern with a regular expression', variant((p) => (event(p, 0)['summary'] = { regex: '^Stads' })), 'zoetermeer.json: calendar.events[0].summary moet precies één van ‘equals’, ‘startsWith’, ‘contains’ hebben, met tekst'],
    ['a pattern with two tests', variant((p) => (event(p, 0)['summary'] = { equals: 'A', contains: 'B' })), 'zoetermeer.json: calendar.events[0].summary moet precies één van ‘equals’, ‘startsWith’, ‘contains’ hebben, met tekst'],
    ['a pattern with empty text', variant((p) => (event(p, 0)['summary'] = { startsWith: ' ' })), 'zoetermeer.json: calendar.events[0].summary.startsWith mag niet leeg zijn'],
    ['an event line without a test', variant((p) => (calendar(p)['events'] = [{ phase: 'beeldvorming' }])), 'zoetermeer.json: calendar.events[0] moet ‘summary’ of ‘categories’ hebben (of allebei)'],
    ['a misspelt event property', variant((p) => (event(p, 1)['category'] = { equals: 'x' })), 'zoetermeer.json: calendar.events[1].category is geen bekende eigenschap van een profiel'],
    ['an ORI meeting type outside the standard', variant((p) => (ori(p)['vergaderingstype'] = { beeldvorming: 'stadsgesprek' })), 'zoetermeer.json: ori.vergaderingstype.beeldvorming moet een van ‘raadsvergadering’, ‘commissievergadering’, ‘presidium’, ‘statenvergadering’, ‘algemene_bestuursvergadering’ zijn'],
    ['a hamerstuk advice that is not an option', variant((p) => (ori(p)['indicatieHamerstuk'] = { 'Agenderen als hamerstuk': true })), 'zoetermeer.json: ori.indicatieHamerstuk.Agenderen als hamerstuk staat niet in options.adviesCommissie (‘Agenderen als hamerstuk’)'],
    ['a hamerstuk flag as text', variant((p) => (ori(p)['indicatieHamerstuk'] = { 'Voorstel agenderen als hamerstuk': 'ja' })), 'zoetermeer.json: ori.indicatieHamerstuk.Voorstel agenderen als hamerstuk moet true of false zijn'],
  ])('%s', (_name, text, error) => {
    expect(loadProfile(text, 'zoetermeer.json')).toEqual({ ok: false, error });
  });

  it('in English on request', () => {
    expect(loadProfile(variant((p) => ((options(p)['programma'] as unknown[])[2] = 7)), 'zoetermeer.json', 'en')).toEqual({
      ok: false,
      error: 'zoetermeer.json: options.programma[2] must be text',
    });
    expect(loadProfile('[]', 'p.json', 'en')).toEqual({ ok: false, error: 'p.json: (top level) must be an object' });
  });

  it('invalid JSON', () => {
    const result = loadProfile('{"id": ', 'ede.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^ede\.json: geen geldige JSON \(/);
  });

  it('accepts a capitalised weekday and a byte-order mark', () => {
    const result = loadProfile(`\ufeff${variant((p) => (p['meetingWeekday'] = 'Dinsdag'))}`, 'p.json');
    expect(result.ok && result.profile.meetingWeekday).toBe('dinsdag');
  });
});

describe('the calendar, CBS and ORI parts are optional (profiles from before issue 13 still load)', () => {
  const older = variant((p) => {
    delete p['gemeentecode'];
    delete p['calendar'];
    delete p['ori'];
  });

  it('without them: no code, no calendar, the default ORI mapping', () => {
    const result = loadProfile(older, 'oud.json');
    if (!result.ok) throw new Error(result.error);
    expect(result.profile).not.toHaveProperty('gemeentecode');
    expect(result.profile).not.toHaveProperty('calendar');
    expect(result.profile.ori).toEqual(DEFAULT_ORI);
  });

  it('a calendar url on the add-in’s own site, and null as “no phase”', () => {
    const result = loadProfile(
      variant((p) => (p['calendar'] = { url: 'kalender/raad.ics', events: [{ phase: null, summary: { startsWith: 'Commissie van onderzoek' } }, { phase: 'oordeelsvorming', categories: { equals: 'Commissie' } }] })),
      'p.json',
    );
    expect(result.ok && result.profile.calendar).toEqual({
      url: 'kalender/raad.ics',
      events: [
        { phase: null, summary: { startsWith: 'Commissie van onderzoek' } },
        { phase: 'oordeelsvorming', categories: { equals: 'Commissie' } },
      ],
    });
  });

  it('an ORI section may give only part of the mapping; hamerstuk keys match the listed advice loosely', () => {
    const result = loadProfile(variant((p) => (p['ori'] = { vergaderingstype: { beeldvorming: 'presidium' }, indicatieHamerstuk: { 'voorstel agenderen als HAMERSTUK': true } })), 'p.json');
    if (!result.ok) throw new Error(result.error);
    expect(result.profile.ori).toEqual({
      vergaderingstype: { beeldvorming: 'presidium', oordeelsvorming: 'commissievergadering', besluitvorming: 'raadsvergadering' },
      indicatieHamerstuk: { 'Voorstel agenderen als hamerstuk': true },
    });
  });

  it('errors about them in English too', () => {
    expect(loadProfile(variant((p) => (p['gemeentecode'] = '637')), 'p.json', 'en')).toEqual({
      ok: false,
      error: 'p.json: gemeentecode must be the CBS municipality code: four digits, such as ‘0637’ (as text, in quotes)',
    });
  });
});
