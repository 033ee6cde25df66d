import { findingsOf } from '../helpers';

describe('phone_format', () => {
  it.each([
    ['one digit short', '+31 6 3934086'],
    ['one digit too many', '079 34682699'],
    ['letters', '079 DEVRIES'],
    ['an extension', '079 3468269 toestel 12'],
    ['a foreign number', '+32 2 123 45 67'],
    ['a British number', '+44 20 7946 0958'],
    ['an emergency number', '112'],
    ['prose around a number', 'bel 079 3468269'],
    ['an e-mail address', 'a@zoetermeer.nl'],
    ['fixed line without area code', '3468269'],
    ['14 without area code', '14'],
    ['non-existent area code', '+31 99 1234567'],
  ])('%s: %j', (_name, text) => {
    expect(findingsOf('phone_format', { 'ambtenaar.telefoon': text })).toEqual([
      { field: 'ambtenaar.telefoon', code: 'phone_format', severity: 'error', params: { value: text } },
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
