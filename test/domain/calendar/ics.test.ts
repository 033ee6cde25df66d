import type { Meeting } from '../../../src/domain';
import { meetingFor } from '../../../src/domain';
import { parseCalendar } from '../../../src/domain/calendar';
import { PATTERNS, day, fixtureText, ics, zoetermeerCalendar } from './fixture';

/** What the calendar has on a date, as "phase summary" lines (× for cancelled). */
function on(text: string): readonly string[] {
  return zoetermeerCalendar()
    .meetingsOn(day(text))
    .map((meeting: Meeting) => `${meeting.cancelled ? '×' : ''}${meeting.phase ?? '-'} ${meeting.summary}`);
}

describe('the fixture calendar (made with python3-icalendar, see test/fixtures/calendar/README.md)', () => {
  it.each<[string, readonly string[]]>([
    ['8-9-2025', ['beeldvorming Stadsgesprek']],
    ['15-9-2025', ['- Presidium']],
    ['29-9-2025', ['oordeelsvorming Commissie Stad', 'oordeelsvorming Commissie Samenleving']],
    ['13-10-2025', ['besluitvorming Raadsvergadering']],
    ['18-10-2025', ['- Herfstreces']],
    ['20-10-2025', ['- Herfstreces']], // the Stadsgesprek of that Monday is an EXDATE
    ['26-10-2025', ['- Herfstreces']],
    ['27-10-2025', ['beeldvorming Informatieavond warmtenet', 'oordeelsvorming Commissie Plenair']], // DTEND of the recess is exclusive; CATEGORIES
    ['3-11-2025', []], // moved away by a RECURRENCE-ID override…
    ['4-11-2025', ['beeldvorming Stadsgesprek (verplaatst naar dinsdag)']], // …to a Tuesday
    ['6-11-2025', ['besluitvorming Raadsvergadering begroting 2026']], // all day, on a Thursday
    ['7-11-2025', []], // …and only that day
    ['17-11-2025', ['×beeldvorming Stadsgesprek', 'besluitvorming Raadsvergadering']], // one occurrence cancelled
    ['24-11-2025', ['×oordeelsvorming Commissie Samenleving']],
    ['14-12-2025', []], // 23:30 UTC on Sunday…
    ['15-12-2025', ['besluitvorming Raadsvergadering (voortzetting)', 'beeldvorming Stadsgesprek']], // …is Monday in Amsterdam
    ['1-1-2026', ['- Kerstreces']],
    ['5-1-2026', []],
    ['12-1-2026', ['oordeelsvorming Commissie Stad']], // TZID "W. Europe Standard Time"
    ['26-1-2026', ['besluitvorming Raadsvergadering']],
  ])('%s', (date, expected) => {
    expect(on(date)).toEqual(expected);
  });

  it('gives times as UTC instants from the file’s time zones (CEST, CET, UTC, Outlook’s zone)', () => {
    const calendar = zoetermeerCalendar();
    expect(calendar.meetingsOn(day('13-10-2025'))[0]).toMatchObject({ start: '2025-10-13T18:00:00Z', end: '2025-10-13T20:30:00Z', allDay: false });
    expect(calendar.meetingsOn(day('10-11-2025'))[0]).toMatchObject({ start: '2025-11-10T18:30:00Z' });
    expect(calendar.meetingsOn(day('15-12-2025'))[0]).toMatchObject({ start: '2025-12-14T23:30:00Z', end: '2025-12-15T01:00:00Z' });
    expect(calendar.meetingsOn(day('12-1-2026'))[0]).toMatchObject({ start: '2026-01-12T18:30:00Z', end: '2026-01-12T21:30:00Z' });
    const budget = calendar.meetingsOn(day('6-11-2025'))[0];
    expect(budget).toMatchObject({ allDay: true, uid: 'raad-begroting-2026@raad.zoetermeer.test' });
    expect(budget).not.toHaveProperty('start');
  });

  it('keeps UID and location; occurrences of a series share the series’ UID', () => {
    const calendar = zoetermeerCalendar();
    expect(calendar.meetingsOn(day('4-11-2025'))[0]?.uid).toBe('stadsgesprek-2025@raad.zoetermeer.test');
    expect(calendar.meetingsOn(day('8-9-2025'))[0]).toMatchObject({ location: 'Raadzaal, Stadhuis Forum' });
  });

  it('covers the dates from its first to its last phase meeting', () => {
    const calendar = zoetermeerCalendar();
    expect(calendar.span()).toEqual({ from: day('8-9-2025'), to: day('26-1-2026') });
    expect(calendar.covers(day('7-9-2025'))).toBe(false);
    expect(calendar.covers(day('8-9-2025'))).toBe(true);
    expect(calendar.covers(day('26-1-2026'))).toBe(true);
    expect(calendar.covers(day('2-2-2026'))).toBe(false);
  });

  it('lists the meeting days of a phase, for a date picker', () => {
    const calendar = zoetermeerCalendar();
    expect(calendar.meetingDays('beeldvorming').map((date) => `${date.day}-${date.month}`)).toEqual(['8-9', '22-9', '6-10', '27-10', '4-11', '1-12', '15-12']);
    expect(calendar.meetingDays('oordeelsvorming', day('1-11-2025'), day('31-12-2025')).map((date) => `${date.day}-${date.month}`)).toEqual(['10-11', '8-12']);
    expect(calendar.meetingDays('besluitvorming', day('1-1-2026')).map((date) => `${date.day}-${date.month}-${date.year}`)).toEqual(['26-1-2026']);
  });

  it('finds the next meeting day of a phase that goes ahead', () => {
    const calendar = zoetermeerCalendar();
    expect(calendar.nextMeetingDay('oordeelsvorming', day('24-11-2025'))).toEqual(day('8-12-2025')); // 24-11 is cancelled
    expect(calendar.nextMeetingDay('beeldvorming', day('17-11-2025'))).toEqual(day('1-12-2025'));
    expect(calendar.nextMeetingDay('besluitvorming', day('27-1-2026'))).toBeUndefined();
  });

  it('picks the meeting of a phase on a shared day by Aard bijeenkomst, and none when it stays ambiguous', () => {
    const calendar = zoetermeerCalendar();
    expect(meetingFor(calendar, 'oordeelsvorming', day('29-9-2025'), 'Commissie Samenleving')?.uid).toBe('commissie-samenleving-20250929@raad.zoetermeer.test');
    expect(meetingFor(calendar, 'oordeelsvorming', day('29-9-2025'), 'Reguliere raad')).toBeUndefined();
    expect(meetingFor(calendar, 'oordeelsvorming', day('29-9-2025'))).toBeUndefined();
    expect(meetingFor(calendar, 'besluitvorming', day('13-10-2025'))?.summary).toBe('Raadsvergadering');
    expect(meetingFor(calendar, 'oordeelsvorming', day('24-11-2025'))).toBeUndefined(); // cancelled
  });

  it('is frozen', () => {
    const calendar = zoetermeerCalendar();
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.meetings[0])).toBe(true);
  });
});

describe('parseCalendar on what real feeds do differently', () => {
  const patterns = PATTERNS;
  const meetingsOf = (text: string) => {
    const result = parseCalendar(text, patterns);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.calendar.meetings;
  };

  it('reads TZID=Europe/Amsterdam without a VTIMEZONE (RFC 5545 asks for one; many feeds omit it)', () => {
    const [meeting] = meetingsOf(ics(['SUMMARY:Raadsvergadering', 'DTSTART;TZID=Europe/Amsterdam:20251013T200000', 'DTEND;TZID=Europe/Amsterdam:20251013T230000']));
    expect(meeting).toMatchObject({ date: day('13-10-2025'), start: '2025-10-13T18:00:00Z', end: '2025-10-13T21:00:00Z' });
  });

  it('reads another IANA zone without a VTIMEZONE in that zone, then dates it in Amsterdam', () => {
    // 19:00 in New York is 01:00 the next day in Amsterdam.
    const [meeting] = meetingsOf(ics(['SUMMARY:Raadsvergadering', 'DTSTART;TZID=America/New_York:20251012T190000']));
    expect(meeting).toMatchObject({ date: day('13-10-2025'), start: '2025-10-12T23:00:00Z' });
  });

  it('reads floating times and unknown zone names as Dutch wall-clock time', () => {
    const [floating, unknown] = meetingsOf(
      ics(['SUMMARY:Raadsvergadering', 'DTSTART:20251013T233000'], ['SUMMARY:Commissie Stad', 'DTSTART;TZID=Romance Standard Time:20251013T233000']),
    );
    expect(floating).toMatchObject({ date: day('13-10-2025'), start: '2025-10-13T21:30:00Z' });
    expect(unknown).toMatchObject({ date: day('13-10-2025'), start: '2025-10-13T21:30:00Z' });
  });

  it('cancels every occurrence of a cancelled series, and EXDATE in UTC against a zoned series', () => {
    const meetings = meetingsOf(
      ics(
        ['SUMMARY:Commissie Stad', 'STATUS:CANCELLED', 'DTSTART;TZID=Europe/Amsterdam:20250901T193000', 'RRULE:FREQ=WEEKLY;COUNT=3'],
        ['SUMMARY:Stadsgesprek', 'DTSTART;TZID=Europe/Amsterdam:20250901T193000', 'RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE:20250908T173000Z'],
      ),
    );
    expect(meetings.filter((meeting) => meeting.phase === 'oordeelsvorming').map((meeting) => meeting.cancelled)).toEqual([true, true, true]);
    expect(meetings.filter((meeting) => meeting.phase === 'beeldvorming').map((meeting) => meeting.date.day)).toEqual([1, 15]);
  });

  it('lets an override cancel a single, non-recurring event (some servers publish it so)', () => {
    const meetings = meetingsOf(
      ics(
        ['SUMMARY:Raadsvergadering', 'DTSTART:20251013T180000Z'],
        ['SUMMARY:Raadsvergadering', 'RECURRENCE-ID:20251013T180000Z', 'DTSTART:20251013T180000Z', 'STATUS:CANCELLED'],
      ).replace('UID:e1@test', 'UID:e0@test'),
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ cancelled: true, phase: 'besluitvorming' });
  });

  it('keeps an override whose series is not in the file (a feed of changed occurrences)', () => {
    const meetings = meetingsOf(ics(['SUMMARY:Commissie Stad', 'RECURRENCE-ID:20251006T173000Z', 'DTSTART:20251007T173000Z']));
    expect(meetings.map((meeting) => meeting.date)).toEqual([day('7-10-2025')]);
  });

  it('reads concatenated calendars (cat a.ics b.ics) as one', () => {
    const text = ics(['SUMMARY:Raadsvergadering', 'DTSTART:20251013T180000Z']) + ics(['SUMMARY:Commissie Stad', 'DTSTART:20250929T173000Z']).replace(/e0@test/, 'f0@test');
    expect(meetingsOf(text).map((meeting) => meeting.phase)).toEqual(['oordeelsvorming', 'besluitvorming']);
  });

  it('expands an open-ended series to the end of the year after the file’s last date', () => {
    const meetings = meetingsOf(ics(['SUMMARY:Commissie Stad', 'DTSTART:20250106T183000Z', 'RRULE:FREQ=MONTHLY;BYDAY=1MO']));
    expect(meetings).toHaveLength(24);
    expect(meetings.at(-1)?.date).toEqual(day('7-12-2026'));
  });

  it('an old feed with ten weekly series running since 2016 stays within the budget', () => {
    const series = Array.from({ length: 10 }, (_, index) => [`SUMMARY:${index === 0 ? 'Commissie Stad' : `Fractievergadering ${index}`}`, 'DTSTART;TZID=Europe/Amsterdam:20160104T190000', 'RRULE:FREQ=WEEKLY;BYDAY=MO']);
    const result = parseCalendar(ics(...series, ['SUMMARY:Raadsvergadering', 'DTSTART:20251013T180000Z']), patterns);
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.calendar.meetingDays('oordeelsvorming', day('1-12-2026')).map((date) => date.day)).toEqual([7, 14, 21, 28]);
  });

  it('accepts a byte-order mark, LF line ends and folded lines', () => {
    const text = `\ufeff${ics(['SUMMARY:Raads', ' vergadering', 'DTSTART:20251013T180000Z']).replace(/\r\n/g, '\n')}`;
    expect(meetingsOf(text)).toMatchObject([{ summary: 'Raadsvergadering', phase: 'besluitvorming' }]);
  });

  it('matches patterns without regard to case and spacing, first pattern first', () => {
    const meetings = meetingsOf(ics(['SUMMARY:  COMMISSIE   stad ', 'DTSTART:20250929T173000Z'], ['SUMMARY:Raadsvergadering', 'DTSTART:20251013T180000Z']));
    expect(meetings.map((meeting) => meeting.phase)).toEqual(['oordeelsvorming', 'besluitvorming']);
    const setAside = parseCalendar(ics(['SUMMARY:Commissie van onderzoek', 'DTSTART:20250929T173000Z']), [{ phase: null, summary: { startsWith: 'Commissie van' } }, ...PATTERNS]);
    expect(setAside.ok && setAside.calendar.meetings[0]?.phase).toBeNull();
  });

  it('reads the fixture in bounded time (a season of meetings, well under a second)', () => {
    const started = Date.now();
    expect(parseCalendar(fixtureText(), patterns).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
