import zoetermeer from '../../src/domain/profiles/zoetermeer.json';
import { DEFAULT_PROFILE, loadProfile } from '../../src/domain';

const good = JSON.stringify(zoetermeer);
const variant = (change: (profile: Record<string, unknown>) => void): string => {
  const copy = JSON.parse(good) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
};
const options = (profile: Record<string, unknown>): Record<string, unknown> => profile['options'] as Record<string, unknown>;

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
