import { localDateOf, todayIn, NL_TIME_ZONE } from '../../../src/domain';
import { isKnownTimeZone, wallTimeToEpoch } from '../../../src/domain/calendar/zone';

const at = (iso: string): number => new Date(iso).getTime();
const ymd = (date: { year: number; month: number; day: number }): string => `${date.year}-${date.month}-${date.day}`;

describe('local dates in the Netherlands', () => {
  it.each([
    ['23:30 UTC in winter is already the next day (CET, +1)', '2025-12-14T23:30:00Z', '2025-12-15'],
    ['22:30 UTC in summer is already the next day (CEST, +2)', '2025-06-29T22:30:00Z', '2025-6-30'],
    ['21:59 UTC in summer is still the same day', '2025-06-29T21:59:00Z', '2025-6-29'],
    ['23:00 UTC on New Year’s Eve is New Year in Amsterdam', '2025-12-31T23:00:00Z', '2026-1-1'],
  ])('%s', (_name, iso, expected) => {
    expect(ymd(localDateOf(at(iso)))).toBe(expected);
  });

  it('today is the Dutch date, whatever the machine’s zone', () => {
    // 23:30 UTC on 31 December: a build server in UTC still says 2025; the council says 2026.
    expect(todayIn(new Date('2025-12-31T23:30:00Z'))).toEqual({ kind: 'date', year: 2026, month: 1, day: 1 });
    expect(todayIn(new Date('2025-12-31T22:30:00Z'))).toEqual({ kind: 'date', year: 2025, month: 12, day: 31 });
  });

  it('knows IANA zones and refuses other names', () => {
    expect(isKnownTimeZone(NL_TIME_ZONE)).toBe(true);
    expect(isKnownTimeZone('America/Kralendijk')).toBe(true);
    expect(isKnownTimeZone('W. Europe Standard Time')).toBe(false);
    expect(isKnownTimeZone('x'.repeat(10_000))).toBe(false);
  });

  it.each([
    ['an ordinary evening', { year: 2025, month: 10, day: 13, hour: 20, minute: 0, second: 0 }, '2025-10-13T18:00:00.000Z'],
    ['a winter evening', { year: 2025, month: 12, day: 15, hour: 20, minute: 0, second: 0 }, '2025-12-15T19:00:00.000Z'],
    // RFC 5545 §3.3.5: a local time in the spring-forward gap means the hour after it.
    ['02:30 on the day summer time starts (does not exist)', { year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0 }, '2025-03-30T01:30:00.000Z'],
  ])('wall time to instant: %s', (_name, wall, iso) => {
    expect(new Date(wallTimeToEpoch(wall, NL_TIME_ZONE)).toISOString()).toBe(iso);
  });
});
