import { findingsOf } from '../helpers';

describe('phone_format', () => {
  it.each([
    ['mobile one digit short', '+31 6 3934086', { reason: 'too_short', numberKind: 'mobile' }],
    ['mobile one digit short, national', '06 1234 567', { reason: 'too_short', numberKind: 'mobile' }],
    ['mobile one digit too many', '06-123456789', { reason: 'too_long', numberKind: 'mobile' }],
    ['landline one digit too many', '079 34682699', { reason: 'too_long', numberKind: 'fixed' }],
    ['landline one digit short', '(079) 346826', { reason: 'too_short', numberKind: 'fixed' }],
    ['letters', '079 DEVRIES', { reason: 'characters' }],
    ['an extension', '079 3468269 toestel 12', { reason: 'characters' }],
    ['prose around a number', 'bel 079 3468269', { reason: 'characters' }],
    ['an e-mail address', 'a@zoetermeer.nl', { reason: 'characters' }],
    ['a foreign number', '+32 2 123 45 67', { reason: 'foreign' }],
    ['a British number', '0044 20 7946 0958', { reason: 'foreign' }],
    ['an emergency number', '112', { reason: 'unknown' }],
    ['fixed line without area code', '3468269', { reason: 'unknown' }],
    ['14 without area code', '14', { reason: 'unknown' }],
    ['non-existent area code', '+31 99 1234567', { reason: 'unknown' }],
  ])('%s: %j', (_name, text, problem) => {
    expect(findingsOf('phone_format', { 'ambtenaar.telefoon': text })).toEqual([
      { field: 'ambtenaar.telefoon', code: 'phone_format', severity: 'error', params: { value: text, ...problem } },
    ]);
  });

  it.each([
    ['+31 79 3468269'],
    ['079-3468269'],
    ['079 346 82 69'],
    ['(079) 3468269'],
    ['+31 (0)79 3468269'],
    ['0031 79 3468269'],
    ['06-39340866'],
    ['06 39 34 08 66'],
    ['14 079'],
    ['14079'],
    ['0800 1234'],
    ['0800-1234567'],
    ['0900 1234567'],
    ['020-1234567'],
    ['088 123 4567'],
    ['0165 123456'],
  ])('accepts %j', (text) => {
    expect(findingsOf('phone_format', { 'raadsadviseur.telefoon': text })).toEqual([]);
  });
});
