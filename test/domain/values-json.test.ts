import { parseValuesJson } from '../../src/domain';

describe('parseValuesJson', () => {
  it.each([
    ['a flat object of strings', { onderwerp: 'X', 'ambtenaar.email': 'a@zoetermeer.nl' }, { onderwerp: 'X', 'ambtenaar.email': 'a@zoetermeer.nl' }, []],
    ['null is empty', { onderwerp: null }, {}, []],
    ['an array of strings is lines', { medePortefeuillehouders: ['Wethouder A', 'Wethouder B'] }, { medePortefeuillehouders: 'Wethouder A\nWethouder B' }, []],
    [
      'an unknown key is reported, not a crash',
      { onderwerp: 'X', 'ambtenaar.mail': 'a@b.nl' },
      { onderwerp: 'X' },
      [{ field: null, code: 'unknown_key', severity: 'warning', params: { key: 'ambtenaar.mail' } }],
    ],
    ['__proto__ is just an unknown key', JSON.parse('{"__proto__": {"x": 1}}') as unknown, {}, [{ field: null, code: 'unknown_key', severity: 'warning', params: { key: '__proto__' } }]],
    [
      'a number is refused, not guessed (the leading 0 is gone)',
      { 'ambtenaar.telefoon': 793468269 },
      {},
      [{ field: 'ambtenaar.telefoon', code: 'value_type', severity: 'error', params: { key: 'ambtenaar.telefoon', type: 'number' } }],
    ],
    ['a boolean', { onderwerp: true }, {}, [{ field: 'onderwerp', code: 'value_type', severity: 'error', params: { key: 'onderwerp', type: 'boolean' } }]],
    ['an object', { onderwerp: { nl: 'X' } }, {}, [{ field: 'onderwerp', code: 'value_type', severity: 'error', params: { key: 'onderwerp', type: 'object' } }]],
    ['a mixed array', { onderwerp: ['X', 1] }, {}, [{ field: 'onderwerp', code: 'value_type', severity: 'error', params: { key: 'onderwerp', type: 'array' } }]],
    ['not an object', ['onderwerp'], {}, [{ field: null, code: 'value_type', severity: 'error', params: { key: '(JSON)', type: 'array' } }]],
    ['null', null, {}, [{ field: null, code: 'value_type', severity: 'error', params: { key: '(JSON)', type: 'null' } }]],
    [
      'the typed export, with ISO dates back in house style',
      { schema: 'annotatie-raadsvoorstel/1', values: { 'planning.besluitvorming': '2025-10-13', 'planning.beeldvorming': 'n.v.t.', medePortefeuillehouders: ['A'], onderwerp: null } },
      { 'planning.besluitvorming': '13-10-2025', 'planning.beeldvorming': 'n.v.t.', medePortefeuillehouders: 'A' },
      [],
    ],
  ])('%s', (_name, input, values, findings) => {
    expect(parseValuesJson(input)).toEqual({ values, findings });
  });
});
