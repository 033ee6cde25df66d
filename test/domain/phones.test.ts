import fc from 'fast-check';
import { formatPhone, parsePhone, toE164 } from '../../src/domain';

describe('parsePhone and formatPhone', () => {
  it.each([
    ['+31 79 3468269', 'fixed', '+31 79 3468269', '+31793468269'],
    ['079-3468269', 'fixed', '+31 79 3468269', '+31793468269'],
    ['079\u20113468269', 'fixed', '+31 79 3468269', '+31793468269'],
    ['079 – 3468269', 'fixed', '+31 79 3468269', '+31793468269'],
    ['(079) 346 82 69', 'fixed', '+31 79 3468269', '+31793468269'],
    ['+31 (0)79-3468269', 'fixed', '+31 79 3468269', '+31793468269'],
    ['0031793468269', 'fixed', '+31 79 3468269', '+31793468269'],
    ['020 - 123 45 67', 'fixed', '+31 20 1234567', '+31201234567'],
    ['0165 123456', 'fixed', '+31 165 123456', '+31165123456'],
    ['+31 6 39340866', 'mobile', '+31 6 39340866', '+31639340866'],
    ['06-39340866', 'mobile', '+31 6 39340866', '+31639340866'],
    ['+316 39340866', 'mobile', '+31 6 39340866', '+31639340866'],
    ['14 079', 'municipal', '14 079', '+3114079'],
    ['14 020', 'municipal', '14 020', '+3114020'],
    ['0800-1234', 'tollFree', '0800 1234', '+318001234'],
    ['0800 1234567', 'tollFree', '0800 1234567', '+318001234567'],
    ['0900 1234', 'premium', '0900 1234', '+319001234'],
    ['0906-1234', 'premium', '0906 1234', '+319061234'],
    ['088 123 4567', 'business', '+31 88 1234567', '+31881234567'],
    ['085 123 4567', 'voip', '+31 85 1234567', '+31851234567'],
  ])('%j is %s, house style %s', (text, type, house, e164) => {
    const phone = parsePhone(text);
    if (phone.kind !== 'phone') throw new Error(`not read: ${text}`);
    expect(phone.type).toBe(type);
    expect(formatPhone(phone)).toBe(house);
    expect(toE164(phone)).toBe(e164);
  });

  it.each([['+31 6 3934086'], ['112'], ['+32 2 123 45 67'], ['079 DE VRIES'], ['tel. 079 3468269'], ['0793468269 ext 2'], ['1'.repeat(100)], ['+'], ['()']])(
    '%j is invalid',
    (text) => {
      expect(parsePhone(text)).toEqual({ kind: 'invalid' });
    },
  );

  it('national style for a profile that wants 079-3468269', () => {
    const phone = parsePhone('+31 79 3468269');
    if (phone.kind !== 'phone') throw new Error('not read');
    expect(formatPhone(phone, '079-3468269')).toBe('079-3468269');
  });

  it.each([[''], ['   ']])('%j is empty', (text) => {
    expect(parsePhone(text)).toEqual({ kind: 'empty' });
  });
});

describe('parse ∘ format round trips', () => {
  // Real Dutch number plans: area codes of Zoetermeer, Amsterdam, Den Haag and a 4-digit one,
  // mobile 06, municipal 14 + area code, 0800/0900.
  const number = fc.oneof(
    fc.tuple(fc.constantFrom('79', '20', '70', '10'), fc.integer({ min: 2_000_000, max: 9_999_999 })).map(([area, rest]) => `0${area}${rest}`),
    fc.tuple(fc.constantFrom('165', '172', '485'), fc.integer({ min: 200_000, max: 999_999 })).map(([area, rest]) => `0${area}${rest}`),
    fc.integer({ min: 10_000_000, max: 99_999_999 }).map((rest) => `06${rest}`),
    fc.constantFrom('14079', '14020', '14070', '080012345', '09001234567'),
  );
  const notation = fc.constantFrom(
    (digits: string) => digits,
    (digits: string) => `+31 ${digits.slice(1)}`,
    (digits: string) => `0031${digits.slice(1)}`,
    (digits: string) => digits.replace(/(\d{3})(\d{3})/, '$1-$2 '),
    (digits: string) => `(${digits.slice(0, 3)}) ${digits.slice(3)}`,
  );

  it('every valid notation reads to the same number, and its house style reads back to it', () => {
    fc.assert(
      fc.property(number, notation, (digits, write) => {
        const plain = parsePhone(digits);
        // 14 0xx has no trunk 0 and no international form: it is only written "14 079" or "14079".
        const written = parsePhone(digits.startsWith('0') ? write(digits) : digits.replace(/^14/, '14 '));
        if (plain.kind !== 'phone') return; // not every generated subscriber number is issued
        expect(written).toEqual(plain);
        const house = formatPhone(plain);
        expect(parsePhone(house)).toEqual(plain);
        expect(formatPhone(plain)).toBe(house);
      }),
      { numRuns: 500 },
    );
  });
});

describe('agrees with libphonenumber-js/max', () => {
  // parsePhone skips isValid() because, with type metadata, it equals getType() !== undefined;
  // and it uses a Netherlands-only slice. Both shortcuts must give /max's answers.
  it('on random Dutch-looking digit strings', async () => {
    const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
    fc.assert(
      fc.property(fc.constantFrom('0', '+31 ', '0031', '+31 (0)'), fc.stringMatching(/^[1-9]\d{2,10}$/), (prefix, digits) => {
        const text = `${prefix}${digits}`;
        const max = parsePhoneNumberFromString(text, 'NL');
        const expected = max !== undefined && max.countryCallingCode === '31' && max.isValid();
        expect(parsePhone(text).kind === 'phone').toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
