import type { Finding } from '../../src/domain';
import { FIELDS, PLANNING_KEYS, bySeverity, exitCodeFor, fieldByTag, findingsFor, hasErrors } from '../../src/domain';

/** Contract §2, row by row: key, Dutch label, kind, required. */
const CONTRACT = [
  ['onderwerp', 'Onderwerp', 'text', 'error'],
  ['portefeuillehouder', 'Portefeuillehouder', 'text', 'error'],
  ['medePortefeuillehouders', 'Mede-portefeuillehouder(s)', 'names', 'optional'],
  ['ambtenaar.naam', 'Behandelend ambtenaar', 'text', 'error'],
  ['ambtenaar.telefoon', 'Telefoon behandelend ambtenaar', 'phone', 'error'],
  ['ambtenaar.email', 'E-mail behandelend ambtenaar', 'email', 'error'],
  ['raadsadviseur.naam', 'Raadsadviseur', 'text', 'warning'],
  ['raadsadviseur.telefoon', 'Telefoon raadsadviseur', 'phone', 'warning'],
  ['raadsadviseur.email', 'E-mail raadsadviseur', 'email', 'warning'],
  ['aardBijeenkomst', 'Aard bijeenkomst', 'choice', 'error'],
  ['programma', 'Programma', 'choice', 'error'],
  ['planning.beeldvorming', 'Beeldvorming', 'planningDate', 'error'],
  ['planning.oordeelsvorming', 'Oordeelsvorming', 'planningDate', 'error'],
  ['planning.besluitvorming', 'Besluitvorming', 'planningDate', 'error'],
  ['doelBespreking', 'Doel bespreking', 'choice', 'error'],
  ['adviesCommissie', 'Advies commissie', 'choice', 'optional'],
  ['toelichting.inleiding', 'Inleiding', 'richText', 'error'],
  ['toelichting.kern', 'Overige toelichting', 'richText', 'optional'],
  ['toelichting.behandeladvies', 'Behandeladvies', 'richText', 'error'],
  ['achtergrondinformatie', 'Achtergrondinformatie', 'richText', 'error'],
] as const;

describe('the field table is contract §2', () => {
  it('has exactly the contract’s fields, in document order', () => {
    expect(FIELDS.map((field) => field.key)).toEqual(CONTRACT.map(([key]) => key));
  });

  it.each(CONTRACT)('%s: “%s”, %s, required %s', (key, label, kind, required) => {
    const field = fieldByTag(`annotatie.${key}`);
    expect(field).toMatchObject({ key, tag: `annotatie.${key}`, title: label, kind, required });
    expect(field?.label.nl).toBe(label);
  });

  it('BOB order', () => {
    expect(PLANNING_KEYS).toEqual(['planning.beeldvorming', 'planning.oordeelsvorming', 'planning.besluitvorming']);
  });
});

describe('hasErrors and exitCodeFor (contract §6)', () => {
  const of = (...severities: Finding['severity'][]): readonly Finding[] => severities.map((severity) => ({ field: null, code: 'required', severity }));
  it.each([
    ['no findings', of(), false, 0],
    ['warnings and info only', of('warning', 'info', 'info'), false, 0],
    ['one error', of('error'), true, 1],
    ['an error among others', of('info', 'warning', 'error'), true, 1],
  ])('%s', (_name, findings, errors, code) => {
    expect(hasErrors(findings)).toBe(errors);
    expect(exitCodeFor(findings)).toBe(code);
  });
});

describe('bySeverity and findingsFor', () => {
  const findings: readonly Finding[] = [
    { field: 'onderwerp', code: 'required', severity: 'warning' },
    { field: 'ambtenaar.email', code: 'email_domain_typo', severity: 'error' },
    { field: 'onderwerp', code: 'value_unlisted', severity: 'info' },
    { field: null, code: 'planning_all_nvt', severity: 'error' },
  ];
  it('orders errors first, keeping document order within a severity', () => {
    expect(bySeverity(findings).map((finding) => finding.code)).toEqual(['email_domain_typo', 'planning_all_nvt', 'required', 'value_unlisted']);
  });
  it('picks one field’s findings', () => {
    expect(findingsFor(findings, 'onderwerp').map((finding) => finding.code)).toEqual(['required', 'value_unlisted']);
  });
});
