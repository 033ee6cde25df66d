/**
 * The council's meeting calendar (issue 13): an iCalendar file read into meetings by local date,
 * each with its BOB phase as the profile's `calendar.events` patterns say. Pure: the caller
 * reads the file (CLI) or fetches it (task pane) and passes the text.
 *
 * The domain's index re-exports everything here but parseCalendar and CALENDAR_LIMITS: those
 * bring ical.js, so whoever reads a calendar imports this module itself (the pane lazily).
 */
export type { Meeting } from './meeting-calendar';
export { MeetingCalendar } from './meeting-calendar';
export type { CalendarError, CalendarResult, EventProblem, SkippedEvent } from './ics';
export { parseCalendar, CALENDAR_LIMITS } from './ics';
export { calendarErrorMessage, skippedEventMessage } from './errors';
export type { EventPattern, TextPattern, TextMatch } from './patterns';
export { TEXT_MATCHES, patternParts } from './patterns';
export { NL_TIME_ZONE, todayIn, localDateOf } from './zone';
export { meetingFor } from './meeting-for';
