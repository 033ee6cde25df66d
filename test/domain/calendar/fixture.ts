import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarDate, EventPattern, MeetingCalendar } from '../../../src/domain';
import { DEFAULT_PROFILE, parseDate } from '../../../src/domain';
import { parseCalendar } from '../../../src/domain/calendar';

export const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'calendar', 'zoetermeer-2025.ics');

/** Zoetermeer's patterns, as the embedded profile has them. */
export const PATTERNS: readonly EventPattern[] = DEFAULT_PROFILE.calendar?.events ?? [];

export function fixtureText(): string {
  return readFileSync(FIXTURE, 'utf8');
}

let parsed: MeetingCalendar | undefined;

/** The fixture calendar read with Zoetermeer's patterns (see test/fixtures/calendar/README.md). */
export function zoetermeerCalendar(): MeetingCalendar {
  if (!parsed) {
    const result = parseCalendar(fixtureText(), PATTERNS);
    if (!result.ok) throw new Error(`fixture calendar: ${JSON.stringify(result.error)}`);
    parsed = result.calendar;
  }
  return parsed;
}

/** A date from d-m-yyyy, for readable tables. */
export function day(text: string): CalendarDate {
  const date = parseDate(text);
  if (date.kind !== 'date') throw new Error(`not a date: ${text}`);
  return date;
}

/** A minimal VCALENDAR around some VEVENT lines (CRLF as RFC 5545 §3.1 asks). */
export function ics(...events: readonly (readonly string[])[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//annotatie tests//NL'];
  for (const [index, event] of events.entries()) lines.push('BEGIN:VEVENT', `UID:e${index}@test`, 'DTSTAMP:20250101T000000Z', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
