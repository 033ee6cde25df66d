import type { CalendarResult } from '../../../src/domain';
import { calendarErrorMessage, skippedEventMessage } from '../../../src/domain';
import { CALENDAR_LIMITS, parseCalendar } from '../../../src/domain/calendar';
import { PATTERNS, ics } from './fixture';

/**
 * Huge, hostile and broken calendars: each ends in a typed error (or, for an event that is no
 * meeting of a phase, a skipped event) in bounded time, never an exception or a hang. The time
 * limits are generous on purpose: they catch runaway work (minutes, or forever), not speed.
 * Rules that would loop forever inside ical.js without the step budget are run in a child
 * process with a timeout instead (test/cli/calendar-bin.test.ts), so a broken budget cannot hang
 * this test run.
 */
const CATASTROPHIC_MS = 15_000;

function timed(text: string): { readonly result: CalendarResult; readonly ms: number } {
  const started = Date.now();
  const result = parseCalendar(text, PATTERNS);
  return { result, ms: Date.now() - started };
}

function errorOf(text: string) {
  const { result, ms } = timed(text);
  expect(ms).toBeLessThan(CATASTROPHIC_MS);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const raad = (...lines: string[]): string[] => ['SUMMARY:Raadsvergadering', ...lines];
const presidium = (...lines: string[]): string[] => ['SUMMARY:Presidium', ...lines];

describe('a calendar that is not one', () => {
  it.each([
    ['empty', ''],
    ['a values file', '{"onderwerp": "x"}'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Griffie\r\nEND:VCARD\r\n'],
    ['binary', String.fromCharCode(...Array.from({ length: 256 }, (_, index) => index))],
  ])('%s: not_a_calendar', (_name, text) => {
    expect(errorOf(text)).toEqual({ kind: 'not_a_calendar' });
  });

  it.each([
    ['a line without a colon', 'BEGIN:VCALENDAR\r\nhallo wereld\r\nEND:VCALENDAR\r\n', 'invalid line'],
    ['an event that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Raadsvergadering\r\n', 'did not end'],
    ['100 000 nested components left open', `BEGIN:VCALENDAR\r\n${'BEGIN:X\r\n'.repeat(100_000)}`, 'did not end'],
  ])('%s: malformed, with ical.js’s reason', (_name, text, detail) => {
    const error = errorOf(text);
    expect(error).toMatchObject({ kind: 'malformed' });
    expect(error.kind === 'malformed' && error.detail).toContain(detail);
  });

  it('100 000 nested components, closed: read (nothing in them), no stack overflow', () => {
    const { result, ms } = timed(`BEGIN:VCALENDAR\r\n${'BEGIN:X\r\n'.repeat(100_000)}${'END:X\r\n'.repeat(100_000)}END:VCALENDAR\r\n`);
    expect(ms).toBeLessThan(CATASTROPHIC_MS);
    expect(result.ok && result.calendar.meetings).toEqual([]);
  });
});

describe('size limits', () => {
  it('more text than a meeting calendar has: too_large, before any parsing', () => {
    const { result, ms } = timed(`BEGIN:VCALENDAR\r\n${'X-PADDING:x\r\n'.repeat(Math.ceil(CALENDAR_LIMITS.maxLength / 13) + 1)}END:VCALENDAR\r\n`);
    expect(ms).toBeLessThan(CATASTROPHIC_MS);
    expect(!result.ok && result.error).toMatchObject({ kind: 'too_large', limit: CALENDAR_LIMITS.maxLength });
  });

  it('more events than the limit: too_many_events', () => {
    const events = Array.from({ length: CALENDAR_LIMITS.maxEvents + 1 }, () => ['SUMMARY:x', 'DTSTART:20251013T180000Z']);
    expect(errorOf(ics(...events))).toEqual({ kind: 'too_many_events', limit: CALENDAR_LIMITS.maxEvents });
  });

  it('all-day events covering more days than the limit: too_many_meetings', () => {
    const events = Array.from({ length: 200 }, () => presidium('DTSTART;VALUE=DATE:20250101', 'DTEND;VALUE=DATE:20260101'));
    expect(errorOf(ics(...events))).toEqual({ kind: 'too_many_meetings', limit: CALENDAR_LIMITS.maxMeetings });
  });

  it('an all-day event of a century counts its first year only', () => {
    const { result } = timed(ics(raad('DTSTART;VALUE=DATE:20250101', 'DTEND;VALUE=DATE:21250101')));
    expect(result.ok && result.calendar.meetings).toHaveLength(CALENDAR_LIMITS.maxSpanDays);
  });

  it('a megabyte SUMMARY is read, and quoted short in messages', () => {
    const { result } = timed(ics([`SUMMARY:Raadsvergadering ${'x'.repeat(1_000_000)}`, 'DTSTART:20251013T180000Z']));
    expect(result.ok && result.calendar.meetings[0]?.phase).toBe('besluitvorming');
  });
});

describe('recurrence bombs', () => {
  it('FREQ=SECONDLY with a huge COUNT on a meeting: an error naming the meeting', () => {
    const error = errorOf(ics(raad('DTSTART:20251013T180000Z', 'RRULE:FREQ=SECONDLY;COUNT=999999999')));
    expect(error).toEqual({ kind: 'bad_meeting', summary: 'Raadsvergadering', uid: 'e0@test', problem: { kind: 'recurrence_too_long', limit: CALENDAR_LIMITS.maxStepsPerEvent } });
    expect(calendarErrorMessage(error, 'nl')).toBe(
      `de vergadering ‘Raadsvergadering’ (UID e0@test) is niet te lezen: de herhalingsregel (RRULE) vraagt meer dan ${CALENDAR_LIMITS.maxStepsPerEvent} stappen`,
    );
  });

  it('the same on an event that is no meeting: skipped and said so, the rest still counts', () => {
    const { result, ms } = timed(ics(presidium('DTSTART:20251013T180000Z', 'RRULE:FREQ=SECONDLY;COUNT=999999999'), raad('DTSTART:20251013T180000Z')));
    expect(ms).toBeLessThan(CATASTROPHIC_MS);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.calendar.meetings.map((meeting) => meeting.summary)).toEqual(['Raadsvergadering']);
    expect(result.skipped.map((event) => skippedEventMessage(event, 'en'))).toEqual([
      `event ‘Presidium’ (UID e0@test) skipped: its recurrence rule (RRULE) takes more than ${CALENDAR_LIMITS.maxStepsPerEvent} steps`,
    ]);
  });

  it('many bombs together: too_complex once the file’s budget is spent', () => {
    const bombs = Array.from({ length: Math.ceil(CALENDAR_LIMITS.maxSteps / CALENDAR_LIMITS.maxStepsPerEvent) + 1 }, () => presidium('DTSTART:20251013T180000Z', 'RRULE:FREQ=SECONDLY'));
    expect(errorOf(ics(...bombs))).toEqual({ kind: 'too_complex', limit: CALENDAR_LIMITS.maxSteps });
  });

  it('a weekly series from the year 1 next to this year’s meetings: too long to expand', () => {
    const error = errorOf(ics(raad('DTSTART:00010101T180000Z', 'RRULE:FREQ=WEEKLY'), ['SUMMARY:Commissie Stad', 'DTSTART:20251013T180000Z']));
    expect(error).toMatchObject({ kind: 'bad_meeting', problem: { kind: 'recurrence_too_long' } });
  });

  it('a rule ical.js refuses (BYMONTHDAY in a WEEKLY rule) names the meeting', () => {
    const error = errorOf(ics(raad('DTSTART:20251013T180000Z', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=1')));
    expect(error).toMatchObject({ kind: 'bad_meeting', summary: 'Raadsvergadering', problem: { kind: 'unreadable' } });
  });

  it('a VTIMEZONE with a rule no time zone has is ignored, and its TZID read as Dutch time', () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Bom', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'RRULE:FREQ=SECONDLY', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');
    const text = ics(raad('DTSTART;TZID=Bom:20251013T200000')).replace('PRODID:-//annotatie tests//NL', `PRODID:-//annotatie tests//NL\r\n${zone}`);
    const { result, ms } = timed(text);
    expect(ms).toBeLessThan(CATASTROPHIC_MS);
    expect(result.ok && result.calendar.meetings[0]).toMatchObject({ start: '2025-10-13T18:00:00Z' });
  });
});

describe('broken events', () => {
  it('a meeting without DTSTART: an error in words', () => {
    const error = errorOf(ics(raad()));
    expect(error).toMatchObject({ kind: 'bad_meeting', problem: { kind: 'no_start' } });
    expect(calendarErrorMessage(error, 'nl')).toBe('de vergadering ‘Raadsvergadering’ (UID e0@test) is niet te lezen: er staat geen begintijd (DTSTART) in');
    expect(calendarErrorMessage(error, 'en')).toBe('the meeting ‘Raadsvergadering’ (UID e0@test) cannot be read: it has no start (DTSTART)');
  });

  it('a garbled date on a meeting: an error with ical.js’s reason', () => {
    expect(errorOf(ics(raad('DTSTART:garbage')))).toMatchObject({ kind: 'bad_meeting', problem: { kind: 'unreadable', detail: expect.stringContaining('invalid date-time') } });
  });

  it('a garbled event that is no meeting is skipped', () => {
    const { result } = timed(ics(presidium('DTSTART:garbage'), raad('DTSTART:20251013T180000Z')));
    expect(result.ok && result.skipped).toEqual([{ summary: 'Presidium', uid: 'e0@test', problem: expect.objectContaining({ kind: 'unreadable' }) }]);
  });
});

describe('error messages', () => {
  it.each<[Parameters<typeof calendarErrorMessage>[0], string, string]>([
    [{ kind: 'too_large', length: 12 * 1024 * 1024, limit: 10 * 1024 * 1024 }, 'te groot voor een vergaderkalender (12 MB, ten hoogste 10 MB)', 'too large for a meeting calendar (12 MB, at most 10 MB)'],
    [{ kind: 'not_a_calendar' }, 'geen iCalendar-bestand (er staat geen BEGIN:VCALENDAR in)', 'not an iCalendar file (it holds no BEGIN:VCALENDAR)'],
    [{ kind: 'malformed', detail: 'invalid line' }, 'geen geldig iCalendar-bestand (invalid line)', 'not a valid iCalendar file (invalid line)'],
    [{ kind: 'too_many_events', limit: 10_000 }, 'meer dan 10000 afspraken; dat is geen vergaderkalender', 'more than 10000 events; that is not a meeting calendar'],
  ])('%j', (error, nl, en) => {
    expect(calendarErrorMessage(error, 'nl')).toBe(nl);
    expect(calendarErrorMessage(error, 'en')).toBe(en);
  });

  it('names an event without a title', () => {
    expect(calendarErrorMessage({ kind: 'bad_meeting', summary: '', uid: '', problem: { kind: 'no_start' } }, 'nl')).toBe('de vergadering zonder titel is niet te lezen: er staat geen begintijd (DTSTART) in');
  });
});
