import fc from 'fast-check';
import type { CalendarDate } from '../../src/domain';
import { formatDate, parseDate, toIsoDate } from '../../src/domain';

const date = (year: number, month: number, day: number): CalendarDate => ({ kind: 'date', year, month, day });

describe('parseDate', () => {
  it.each([
    ['29-9-2025', date(2025, 9, 29)],
    ['29-09-2025', date(2025, 9, 29)],
    ['1-1-2026', date(2026, 1, 1)],
    ['01-01-2026', date(2026, 1, 1)],
    ['29/9/2025', date(2025, 9, 29)],
    ['29.9.2025', date(2025, 9, 29)],
    ['29-9-25', date(2025, 9, 29)],
    ['2025-09-29', date(2025, 9, 29)],
    ['2025-9-29', date(2025, 9, 29)],
    ['29 september 2025', date(2025, 9, 29)],
    ['29 September 2025', date(2025, 9, 29)],
    ['29 sep 2025', date(2025, 9, 29)],
    ['29 sep. 2025', date(2025, 9, 29)],
    ['29 sept 2025', date(2025, 9, 29)],
    ['3 maart 2025', date(2025, 3, 3)],
    ['3 mrt 2025', date(2025, 3, 3)],
    ['1 mei 2025', date(2025, 5, 1)],
    ['maandag 29 september 2025', date(2025, 9, 29)],
    ['ma 29 sep. 2025', date(2025, 9, 29)],
    ['Maandag, 29 september 2025', date(2025, 9, 29)],
    ['  29-9-2025\u00a0', date(2025, 9, 29)],
    ['ma 29-9-2025', date(2025, 9, 29)],
    ['29\u20119\u20112025', date(2025, 9, 29)],
    ['29–9–2025', date(2025, 9, 29)],
    ['maandag, 29-09-2025', date(2025, 9, 29)],
    ['di 29-9-2025', { kind: 'invalid', reason: 'weekday_mismatch' }],
    ['ma 31-2-2025', { kind: 'invalid', reason: 'nonexistent' }],
    ['xyz 29-9-2025', { kind: 'invalid', reason: 'unreadable' }],
    ['29-2-2028', date(2028, 2, 29)],
    ['n.v.t.', { kind: 'nvt' }],
    ['N.v.t.', { kind: 'nvt' }],
    ['nvt', { kind: 'nvt' }],
    ['n.v.t', { kind: 'nvt' }],
    ['n v t', { kind: 'nvt' }],
    ['Niet van toepassing', { kind: 'nvt' }],
    ['', { kind: 'empty' }],
    ['  \n ', { kind: 'empty' }],
    ['31-2-2025', { kind: 'invalid', reason: 'nonexistent' }],
    ['29-2-2025', { kind: 'invalid', reason: 'nonexistent' }],
    ['32-1-2025', { kind: 'invalid', reason: 'nonexistent' }],
    ['2025-13-01', { kind: 'invalid', reason: 'nonexistent' }],
    ['30 februari 2025', { kind: 'invalid', reason: 'nonexistent' }],
    ['dinsdag 29 september 2025', { kind: 'invalid', reason: 'weekday_mismatch' }],
    ['29 septober 2025', { kind: 'invalid', reason: 'unreadable' }],
    ['morgen', { kind: 'invalid', reason: 'unreadable' }],
    ['29-9', { kind: 'invalid', reason: 'missing_year' }],
    ['29 september', { kind: 'invalid', reason: 'missing_year' }],
    ['29-9-2025-1', { kind: 'invalid', reason: 'unreadable' }],
    ['29-9/2025', { kind: 'invalid', reason: 'unreadable' }],
    ['9/29/2025', { kind: 'invalid', reason: 'nonexistent' }],
    ['x'.repeat(1_000_000), { kind: 'invalid', reason: 'unreadable' }],
  ])('%j', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });
});

describe('formatDate and toIsoDate', () => {
  it.each([
    [date(2025, 9, 29), '29-9-2025', '2025-09-29'],
    [date(2026, 1, 1), '1-1-2026', '2026-01-01'],
    [date(2025, 12, 31), '31-12-2025', '2025-12-31'],
  ])('%j', (value, house, iso) => {
    expect(formatDate(value)).toBe(house);
    expect(formatDate(value, 'dd-mm-yyyy')).toBe(iso.split('-').reverse().join('-'));
    expect(toIsoDate(value)).toBe(iso);
  });
});

describe('parse ∘ format round trips', () => {
  const calendarDate = fc.date({ min: new Date(1900, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true }).map((js) => date(js.getFullYear(), js.getMonth() + 1, js.getDate()));

  it('reads back every house-style and ISO date it writes', () => {
    fc.assert(
      fc.property(calendarDate, (value) => {
        expect(parseDate(formatDate(value))).toEqual(value);
        expect(parseDate(formatDate(value, 'dd-mm-yyyy'))).toEqual(value);
        expect(parseDate(toIsoDate(value))).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('formats every date it reads in a fixed point (format ∘ parse ∘ format = format)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2100 }), (day, month, year) => {
        const parsed = parseDate(`${day}-${month}-${year}`);
        if (parsed.kind !== 'date') {
          // Only impossible days are refused: the day is past the month's last day.
          expect(day).toBeGreaterThan(new Date(year, month, 0).getDate());
          return;
        }
        expect(formatDate(parsed)).toBe(`${day}-${month}-${year}`);
      }),
      { numRuns: 500 },
    );
  });
});
