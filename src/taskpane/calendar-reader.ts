import { calendarErrorMessage, parseCalendar } from '../domain/calendar';
import type { EventPattern, MeetingCalendar } from '../domain/calendar';
import type { Language } from '../domain/fields';

/**
 * The pane's own lazy chunk ("meeting-calendar") around the domain's calendar reader: ical.js
 * (~20 KB gzip) and the recurrence limits come in only when a profile names a calendar, after
 * the form is on screen (pane-calendar.ts), never with the form's chunk.
 */
export type ReadCalendar = { readonly ok: true; readonly calendar: MeetingCalendar } | { readonly ok: false; readonly reason: string };

export function readCalendar(text: string, events: readonly EventPattern[], language: Language): ReadCalendar {
  const result = parseCalendar(text, events);
  // Events that could not be read and are no meeting of a phase (result.skipped) change nothing
  // the pane checks; the command line names them for whoever maintains the feed.
  return result.ok ? { ok: true, calendar: result.calendar } : { ok: false, reason: calendarErrorMessage(result.error, language) };
}
