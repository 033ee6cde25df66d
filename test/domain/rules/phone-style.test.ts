import { findingsOf } from '../helpers';

describe('phone_style', () => {
  it.each([
    ['079-3468269', '+31 79 3468269'],
    ['079 346 82 69', '+31 79 3468269'],
    ['(079) 3468269', '+31 79 3468269'],
    ['+31 (0)79 3468269', '+31 79 3468269'],
    ['+31793468269', '+31 79 3468269'],
    ['0031 79 3468269', '+31 79 3468269'],
    ['06-39340866', '+31 6 39340866'],
    ['06 39 34 08 66', '+31 6 39340866'],
    ['14079', '14 079'],
    ['0800-1234', '0800 1234'],
    ['0900 123 4567', '0900 1234567'],
    ['020 123 45 67', '+31 20 1234567'],
    ['0165-123456', '+31 165 123456'],
    ['088-1234567', '+31 88 1234567'],
  ])('%j → %s', (text, suggestion) => {
    expect(findingsOf('phone_style', { 'ambtenaar.telefoon': text })).toEqual([
      { field: 'ambtenaar.telefoon', code: 'phone_style', severity: 'info', suggestion },
    ]);
  });

  it.each([['+31 79 3468269'], ['+31 6 39340866'], ['14 079'], ['0800 1234'], [' +31 79 3468269 '], ['079-34'], ['']])(
    'nothing for %j (house style, invalid or empty)',
    (text) => {
      expect(findingsOf('phone_style', { 'ambtenaar.telefoon': text })).toEqual([]);
    },
  );
});
