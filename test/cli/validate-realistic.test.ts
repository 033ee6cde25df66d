import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { fakeIo } from './fake-io';
import { pinClock } from '../support/clock';

// Every run happens on the day the seed was written: its 2025 dates lie ahead, as they did then.
pinClock();

/**
 * `annotatie validate` end to end on realistic annotaties it was not written against: each row
 * is the clean seed with what a real writer gets wrong, and the codes and exit code §4/§6 demand.
 */
const clean = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'values', 'clean.json'), 'utf8')) as Record<string, string>;

const scenarios: readonly [string, Readonly<Record<string, unknown>>, readonly (readonly [string | null, string])[], number][] = [
  ['a typo in the municipal domain of the raadsadviseur', { 'raadsadviseur.email': 'w.i.van.vaals@zoetermeer.nll' }, [['raadsadviseur.email', 'email_domain_typo']], 1],
  ['dates written out in full, on Mondays', { 'planning.oordeelsvorming': 'maandag 29 september 2025', 'planning.besluitvorming': '13 okt. 2025' }, [['planning.oordeelsvorming', 'date_style'], ['planning.besluitvorming', 'date_style']], 0],
  ['an impossible date', { 'planning.besluitvorming': '31-9-2025' }, [['planning.besluitvorming', 'date_format']], 1],
  ['BOB phases out of order', { 'planning.beeldvorming': '13-10-2025', 'planning.oordeelsvorming': '29-9-2025', 'planning.besluitvorming': '6-10-2025' }, [['planning.oordeelsvorming', 'planning_order'], ['planning.besluitvorming', 'planning_order']], 1],
  ['a committee on a Thursday', { 'planning.oordeelsvorming': '25-9-2025' }, [['planning.oordeelsvorming', 'planning_weekday']], 0],
  ['a landline without its area code', { 'ambtenaar.telefoon': '346 82 69' }, [['ambtenaar.telefoon', 'phone_format']], 1],
  ['a mobile number in the old notation', { 'raadsadviseur.telefoon': '06-39 34 08 66' }, [['raadsadviseur.telefoon', 'phone_style']], 0],
  ['the municipal 14 number', { 'ambtenaar.telefoon': '14 079' }, [], 0],
  ['empty required fields', { onderwerp: '', 'toelichting.inleiding': ' \n ', 'raadsadviseur.naam': '' }, [['onderwerp', 'required'], ['raadsadviseur.naam', 'required'], ['toelichting.inleiding', 'required']], 1],
  ['a decision without a decision meeting', { 'planning.besluitvorming': 'n.v.t.' }, [['planning.besluitvorming', 'planning_besluit_missing']], 1],
  ['nothing planned at all', { 'planning.oordeelsvorming': 'n.v.t.', 'planning.besluitvorming': 'n.v.t.', doelBespreking: 'Informeren van de raad' }, [[null, 'planning_all_nvt']], 1],
  ['an unlisted programma', { programma: 'Wonen' }, [['programma', 'value_unlisted']], 0],
  ['a key from an older template, and a number', { 'ambtenaar.afdeling': 'Griffie', 'ambtenaar.telefoon': 793468269 }, [['ambtenaar.telefoon', 'value_type'], [null, 'unknown_key'], ['ambtenaar.telefoon', 'required']], 1],
  ['hostile text', { onderwerp: '<img src=x onerror=alert(1)>\u202e\u0000', 'ambtenaar.email': '"; DROP TABLE--@zoetermeer.nl' }, [['onderwerp', 'text_invalid_characters'], ['ambtenaar.email', 'email_format']], 1],
];

describe('annotatie validate on realistic values', () => {
  it.each(scenarios)('%s', async (_name, overrides, expected, exit) => {
    const recorded = fakeIo({ 'values.json': JSON.stringify({ ...clean, ...overrides }) });
    const code = await main(['validate', 'values.json', '--json'], recorded.io);
    const findings = (JSON.parse(recorded.stdout()) as { findings: { field: string | null; code: string; message: string }[] }).findings;
    expect(findings.map((finding) => [finding.field, finding.code])).toEqual(expected);
    for (const finding of findings) expect(finding.message.length).toBeGreaterThan(10);
    expect(code).toBe(exit);
    expect(recorded.stderr()).toBe('');
  });
});
