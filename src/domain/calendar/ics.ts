import ICAL from 'ical.js';
import type { CalendarDate } from '../dates';
import { dayNumber, dateOfDayNumber, MeetingCalendar } from './meeting-calendar';
import type { Meeting } from './meeting-calendar';
import type { EventPattern } from './patterns';
import { classifier } from './patterns';
import { isKnownTimeZone, localDateOf, NL_TIME_ZONE, wallTimeToEpoch } from './zone';

/**
 * Reads an iCalendar file (RFC 5545) into a MeetingCalendar, with Mozilla's ical.js doing the
 * reading, time zones and recurrence. What this file adds: limits, so a huge or hostile file
 * costs bounded time and memory and ends in a clear error; local dates in the Netherlands; and
 * the profile's patterns that say which event is which BOB phase.
 *
 * Expected failures are values (`{ ok: false, error }`), never exceptions.
 */

/** Limits, measured against real council feeds (a year is ~150–400 events, a few hundred KB). */
export const CALENDAR_LIMITS = {
  /** Characters of text: a decade of meetings with long agenda texts fits easily. */
  maxLength: 10 * 1024 * 1024,
  maxEvents: 10_000,
  /** Meeting-days kept in total (an all-day event counts once per day). */
  maxMeetings: 50_000,
  /**
   * Recurrence steps for one event, and for the whole file (see "Bounded recurrence" below),
   * time zone rules included. ical.js takes 20–50 µs a step (measured: calendar.parse.bomb*.ms in
   * `npm run bench -- calendar`), so a file costs about two seconds at the very most. A weekly
   * series over ten years is ~520 steps, a daily one over two years ~730, an Outlook VTIMEZONE
   * (rules from 1601) ~860 once; forty such series fit.
   */
  maxStepsPerEvent: 5_000,
  maxSteps: 50_000,
  /** Days one all-day event can cover (a recess of a few weeks is normal; a year is the most). */
  maxSpanDays: 366,
} as const;

export type CalendarError =
  | { readonly kind: 'too_large'; readonly length: number; readonly limit: number }
  | { readonly kind: 'not_a_calendar' }
  | { readonly kind: 'malformed'; readonly detail: string }
  | { readonly kind: 'too_many_events'; readonly limit: number }
  | { readonly kind: 'too_many_meetings'; readonly limit: number }
  | { readonly kind: 'too_complex'; readonly limit: number }
  /** A meeting (an event that matches a phase) that cannot be read; other events are skipped. */
  | { readonly kind: 'bad_meeting'; readonly summary: string; readonly uid: string; readonly problem: EventProblem };

/** Why an event could not be read: `recurrence_too_long` is a rule with too many steps. */
export type EventProblem =
  | { readonly kind: 'recurrence_too_long'; readonly limit: number }
  | { readonly kind: 'no_start' }
  | { readonly kind: 'unreadable'; readonly detail: string };

/** RFC 5545 §3.6.1: DTSTART is required in a file without a METHOD, which feeds never have. */
class NoStart extends Error {}

/** An event that is no meeting of a phase and could not be read: left out, and said so. */
export interface SkippedEvent {
  readonly summary: string;
  readonly uid: string;
  readonly problem: EventProblem;
}

export type CalendarResult =
  | { readonly ok: true; readonly calendar: MeetingCalendar; readonly skipped: readonly SkippedEvent[] }
  | { readonly ok: false; readonly error: CalendarError };

// ---------------------------------------------------------------------------------------------
// Bounded recurrence. ical.js's RecurIterator#next loops until the rule's limiting parts hold,
// and for a rule that can never hold (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) or only rarely
// (FREQ=SECONDLY;BYMONTH=12 from January) it loops forever or for hours inside one call. Every
// pass of that loop calls check_contracting_rules first, so counting those calls bounds the work
// of event recurrences and of VTIMEZONE rules alike. The count is armed only while parseCalendar
// runs (JavaScript runs it to the end without interruption), and is a plain pass-through
// otherwise.
// ---------------------------------------------------------------------------------------------

class BudgetExceeded extends Error {
  constructor(readonly scope: 'event' | 'total') {
    super(`recurrence budget exceeded (${scope})`);
  }
}

interface Budget {
  eventSteps: number;
  totalSteps: number;
}

let activeBudget: Budget | undefined;

type RecurIteratorPrototype = { check_contracting_rules(this: unknown): boolean };
const iteratorPrototype = ICAL.RecurIterator.prototype as unknown as RecurIteratorPrototype;
const checkContractingRules: unknown = iteratorPrototype.check_contracting_rules;
// A programmer error, on purpose loud: after an ical.js upgrade without this method, hostile
// rules would hang the pane. test/domain/calendar/hostile.test.ts runs such rules in a child
// process with a timeout, so a hook that exists but is no longer called is caught too.
if (typeof checkContractingRules !== 'function') throw new Error('ical.js has no RecurIterator#check_contracting_rules: the recurrence budget in calendar/ics.ts needs a new hook');
const originalCheck = checkContractingRules as RecurIteratorPrototype['check_contracting_rules'];
iteratorPrototype.check_contracting_rules = function countedCheck(this: unknown): boolean {
  if (activeBudget !== undefined) step(activeBudget);
  return originalCheck.call(this);
};

function step(budget: Budget): void {
  budget.eventSteps += 1;
  budget.totalSteps += 1;
  if (budget.totalSteps > CALENDAR_LIMITS.maxSteps) throw new BudgetExceeded('total');
  if (budget.eventSteps > CALENDAR_LIMITS.maxStepsPerEvent) throw new BudgetExceeded('event');
}

// ---------------------------------------------------------------------------------------------

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

/** Date-time properties whose TZID matters for which day a meeting is on. */
const ZONED_PROPERTIES = new Set(['dtstart', 'dtend', 'exdate', 'rdate', 'recurrence-id']);
/** Where a TZID that the file does not define is kept (see prepare). */
const FOREIGN_TZID = 'x-annotatie-tzid';

function isComponent(value: unknown): value is JCalComponent {
  return Array.isArray(value) && typeof value[0] === 'string' && Array.isArray(value[1]) && Array.isArray(value[2]);
}

/** The text of a property of a raw jCal component, if it is there. */
function rawText(component: JCalComponent, name: string): string | undefined {
  const property = component[1].find((candidate) => candidate[0] === name);
  const value = property?.[3];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Time zone rules are yearly ("last Sunday of October") in every real VTIMEZONE; anything else
 * is not a time zone and would only cost recurrence steps, so such a definition is dropped and
 * its TZID treated as undefined.
 */
function isPlausibleZone(zone: JCalComponent): boolean {
  return zone[2].every((rule) =>
    rule[1].every((property) => {
      if (property[0] !== 'rrule') return true;
      const recur = property[3];
      return typeof recur === 'object' && recur !== null && (recur as { freq?: unknown }).freq === 'YEARLY';
    }),
  );
}

/**
 * Europe/Amsterdam as a VTIMEZONE (RFC 5545 §3.6.5): CET, and CEST from the last Sunday of March
 * to the last Sunday of October, the EU rule since 1996. Added to a file that uses the zone
 * without defining it, so that ical.js compares times across forms (an EXDATE in UTC against a
 * series in local time) as the instants they are.
 */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${NL_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * Prepares one VCALENDAR before ical.js sees it. RFC 5545 §3.2.19 says every TZID must be
 * defined in the file; many feeds write TZID=Europe/Amsterdam without a VTIMEZONE. For that zone
 * we add the definition. Any other undefined TZID is moved aside to an X- parameter: ical.js
 * would search all of the file's components for the definition for every date it reads
 * (quadratic), and then treat the time as floating anyway; we read such a time as local time in
 * that zone ourselves (instantOf).
 */
function prepare(root: JCalComponent): void {
  root[2] = root[2].filter((child) => child[0] !== 'vtimezone' || isPlausibleZone(child));
  const defined = new Set(root[2].filter((child) => child[0] === 'vtimezone').map((zone) => rawText(zone, 'tzid')));
  if (!defined.has(NL_TIME_ZONE)) {
    root[2].unshift(ICAL.parse(AMSTERDAM_VTIMEZONE) as JCalComponent);
    defined.add(NL_TIME_ZONE);
  }
  for (const child of root[2]) {
    if (child[0] !== 'vevent') continue;
    for (const property of child[1]) {
      if (!ZONED_PROPERTIES.has(property[0])) continue;
      const params = property[1];
      const tzid = params['tzid'];
      if (typeof tzid === 'string' && !defined.has(tzid)) {
        params[FOREIGN_TZID] = tzid;
        delete params['tzid'];
      }
    }
  }
}

/**
 * The instant of a date-time. A time in a zone with an IANA name (Europe/Amsterdam) is read
 * with the platform's tz database, which knows the zone's whole history where many feeds'
 * VTIMEZONE holds only the current rule. Other zones the file defines ("W. Europe Standard
 * Time") are ical.js's. Floating times and zones the file does not define are local time in
 * that zone when the platform knows it, else in the Netherlands: a council's calendar without a
 * zone means Dutch wall-clock time.
 */
function instantOf(time: ICAL.Time, foreignZone: string | undefined): number {
  const tzid = time.zone?.tzid;
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  if (tzid === 'UTC') return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (tzid !== undefined && tzid !== 'floating') return isKnownTimeZone(tzid) ? wallTimeToEpoch(wall, tzid) : time.toUnixTime() * 1000;
  return wallTimeToEpoch(wall, foreignZone !== undefined && isKnownTimeZone(foreignZone) ? foreignZone : NL_TIME_ZONE);
}

function foreignZoneOf(event: ICAL.Event, name: string): string | undefined {
  const value = event.component.getFirstProperty(name)?.getParameter(FOREIGN_TZID);
  return typeof value === 'string' ? value : undefined;
}

function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function statusOf(event: ICAL.Event): string | undefined {
  const value = event.component.getFirstPropertyValue('status');
  return typeof value === 'string' ? value.toUpperCase() : undefined;
}

function categoriesOf(event: ICAL.Event): readonly string[] {
  return event.component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .filter((value): value is string => typeof value === 'string');
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const MAX_DETAIL = 200;

function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_DETAIL ? `${message.slice(0, MAX_DETAIL - 1)}…` : message;
}

/** A calendar date from ical.js's date parts. */
function dateOf(time: ICAL.Time): CalendarDate {
  return { kind: 'date', year: time.year, month: time.month, day: time.day };
}

interface Occurrence {
  readonly item: ICAL.Event;
  readonly start: ICAL.Time;
  readonly end: ICAL.Time;
}

/**
 * The meetings of one occurrence. A timed event is on the local date it starts (a council
 * meeting that runs past midnight is not also a meeting the next day); an all-day event is on
 * every day from DTSTART up to, not including, DTEND (RFC 5545 §3.6.1).
 */
function meetingsOf(occurrence: Occurrence, master: ICAL.Event, phaseOf: ReturnType<typeof classifier>): Meeting[] {
  const { item, start, end } = occurrence;
  const summary = textOf(item.summary);
  const phase = phaseOf(summary, categoriesOf(item));
  const status = statusOf(item) ?? (item === master ? undefined : statusOf(master));
  const location = textOf(item.location).trim();
  const base = { uid: textOf(master.uid), summary, phase, cancelled: status === 'CANCELLED', ...(location === '' ? {} : { location }) };
  if (start.isDate) {
    const first = dayNumber(dateOf(start));
    const last = end.isDate ? dayNumber(dateOf(end)) - 1 : first;
    const days = Math.min(Math.max(last - first + 1, 1), CALENDAR_LIMITS.maxSpanDays);
    return Array.from({ length: days }, (_, index) => Object.freeze({ ...base, date: dateOfDayNumber(first + index), allDay: true }));
  }
  const startMs = instantOf(start, foreignZoneOf(item, 'dtstart'));
  const endMs = end.isDate ? startMs : instantOf(end, foreignZoneOf(item, item.component.hasProperty('dtend') ? 'dtend' : 'dtstart'));
  return [
    Object.freeze({
      ...base,
      date: localDateOf(startMs),
      allDay: false,
      start: isoInstant(startMs),
      ...(endMs > startMs ? { end: isoInstant(endMs) } : {}),
    }),
  ];
}

/**
 * The last year anything in the file is dated (an unreadable event does not count; it is
 * reported on its own below). Open-ended series are expanded through the year after it: a feed
 * says nothing about later years, and the calendar's span (MeetingCalendar#covers) ends there.
 */
function lastYearOf(events: readonly ICAL.Component[]): number {
  let last = 0;
  for (const event of events) {
    try {
      for (const name of ['dtstart', 'dtend', 'rdate', 'recurrence-id']) {
        for (const property of event.getAllProperties(name)) {
          for (const value of property.getValues()) {
            if (value instanceof ICAL.Time) last = Math.max(last, value.year);
          }
        }
      }
      for (const property of event.getAllProperties('rrule')) {
        const until = (property.getFirstValue() as ICAL.Recur | null)?.until;
        if (until) last = Math.max(last, until.year);
      }
    } catch {
      continue;
    }
  }
  return last;
}

/** The occurrences of an event through `throughYear` (by the wall-clock year of their start). */
function occurrencesOf(event: ICAL.Event, throughYear: number, hasExceptions: boolean): Occurrence[] {
  if (!event.isRecurring()) {
    if (!hasExceptions) return [{ item: event, start: event.startDate, end: event.endDate }];
    const details = event.getOccurrenceDetails(event.startDate);
    return [{ item: details.item, start: details.startDate, end: details.endDate }];
  }
  const occurrences: Occurrence[] = [];
  const expansion = event.iterator();
  // Without overrides every occurrence is the series itself, moved: getOccurrenceDetails would
  // only cost (it formats and converts each time to look the override up).
  const duration = hasExceptions ? undefined : event.duration;
  for (let next = expansion.next(); next; next = expansion.next()) {
    if (activeBudget !== undefined) step(activeBudget);
    // By wall-clock year, not Time#compare: that converts both sides to UTC on every step.
    if (next.year > throughYear) break;
    if (duration !== undefined) {
      const end = next.clone();
      end.addDuration(duration);
      occurrences.push({ item: event, start: next, end });
    } else {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({ item: details.item, start: details.startDate, end: details.endDate });
    }
  }
  return occurrences;
}

interface Group {
  readonly masters: ICAL.Component[];
  readonly exceptions: ICAL.Component[];
}

/** Events by UID: the series (no RECURRENCE-ID) and its overrides (RFC 5545 §3.8.4.4). */
function groupByUid(events: readonly ICAL.Component[]): Group[] {
  const groups = new Map<string, Group>();
  events.forEach((event, index) => {
    const uid = textOf(event.getFirstPropertyValue('uid')) || `#${index}`;
    let group = groups.get(uid);
    if (!group) {
      group = { masters: [], exceptions: [] };
      groups.set(uid, group);
    }
    (event.hasProperty('recurrence-id') ? group.exceptions : group.masters).push(event);
  });
  return [...groups.values()];
}

/** Summary and phase of a raw event for error messages, without trusting the rest of it. */
function describe(component: ICAL.Component, phaseOf: ReturnType<typeof classifier>): { readonly summary: string; readonly uid: string; readonly isMeeting: boolean } {
  let summary = '';
  let uid = '';
  let categories: readonly string[] = [];
  try {
    summary = textOf(component.getFirstPropertyValue('summary'));
    uid = textOf(component.getFirstPropertyValue('uid'));
    categories = component
      .getAllProperties('categories')
      .flatMap((property) => property.getValues())
      .filter((value): value is string => typeof value === 'string');
  } catch {
    // Described as far as it goes.
  }
  return { summary: summary.slice(0, MAX_DETAIL), uid: uid.slice(0, MAX_DETAIL), isMeeting: phaseOf(summary, categories) !== null };
}

function readRoots(text: string): JCalComponent[] | CalendarError {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    return { kind: 'malformed', detail: detailOf(error) };
  }
  // ICAL.parse gives one component, or a list when the file holds several (concatenated feeds).
  const roots = isComponent(parsed) ? [parsed] : Array.isArray(parsed) ? parsed.filter(isComponent) : [];
  const calendars = roots.filter((root) => root[0] === 'vcalendar');
  return calendars.length === 0 ? { kind: 'not_a_calendar' } : calendars;
}

/**
 * Reads the text of an .ics file. `patterns` are the profile's `calendar.events`. Never throws
 * on bad input: a file that cannot be used is `{ ok: false, error }` (see calendarErrorMessage
 * for the text), and events that are no meeting of a phase but cannot be read are left out and
 * listed in `skipped`.
 */
export function parseCalendar(input: string, patterns: readonly EventPattern[]): CalendarResult {
  if (input.length > CALENDAR_LIMITS.maxLength) return { ok: false, error: { kind: 'too_large', length: input.length, limit: CALENDAR_LIMITS.maxLength } };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!/BEGIN:VCALENDAR/i.test(text)) return { ok: false, error: { kind: 'not_a_calendar' } };
  const roots = readRoots(text);
  if (!Array.isArray(roots)) return { ok: false, error: roots };
  const eventCount = roots.reduce((count, root) => count + root[2].filter((child) => child[0] === 'vevent').length, 0);
  if (eventCount > CALENDAR_LIMITS.maxEvents) return { ok: false, error: { kind: 'too_many_events', limit: CALENDAR_LIMITS.maxEvents } };

  const budget: Budget = { eventSteps: 0, totalSteps: 0 };
  activeBudget = budget;
  try {
    return readCalendars(roots, patterns, budget);
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, error: { kind: 'too_complex', limit: CALENDAR_LIMITS.maxSteps } };
    return { ok: false, error: { kind: 'malformed', detail: detailOf(error) } };
  } finally {
    activeBudget = undefined;
  }
}

function readCalendars(roots: readonly JCalComponent[], patterns: readonly EventPattern[], budget: Budget): CalendarResult {
  const meetings: Meeting[] = [];
  const skipped: SkippedEvent[] = [];
  const phaseOf = classifier(patterns);
  for (const root of roots) {
    prepare(root);
    const calendar = new ICAL.Component(root);
    const events = calendar.getAllSubcomponents('vevent');
    const throughYear = Math.min(lastYearOf(events) + 1, 9999);
    for (const group of groupByUid(events)) {
      // Overrides without their series (a feed that exports one changed occurrence) stand alone.
      const series = group.masters.length > 0 ? group.masters : group.exceptions;
      for (const component of series) {
        budget.eventSteps = 0;
        try {
          if (!component.hasProperty('dtstart')) throw new NoStart();
          const exceptions = group.masters.length > 0 ? group.exceptions : [];
          // Exceptions passed explicitly: otherwise ical.js searches the whole file for them, per event.
          const event = new ICAL.Event(component, { exceptions, strictExceptions: true });
          for (const occurrence of occurrencesOf(event, throughYear, exceptions.length > 0)) {
            meetings.push(...meetingsOf(occurrence, event, phaseOf));
            if (meetings.length > CALENDAR_LIMITS.maxMeetings) return { ok: false, error: { kind: 'too_many_meetings', limit: CALENDAR_LIMITS.maxMeetings } };
          }
        } catch (error) {
          if (error instanceof BudgetExceeded && error.scope === 'total') throw error;
          const problem: EventProblem =
            error instanceof BudgetExceeded
              ? { kind: 'recurrence_too_long', limit: CALENDAR_LIMITS.maxStepsPerEvent }
              : error instanceof NoStart
              ? { kind: 'no_start' }
              : { kind: 'unreadable', detail: detailOf(error) };
          const { summary, uid, isMeeting } = describe(component, phaseOf);
          if (isMeeting) return { ok: false, error: { kind: 'bad_meeting', summary, uid, problem } };
          skipped.push({ summary, uid, problem });
        }
      }
    }
  }
  return { ok: true, calendar: new MeetingCalendar(meetings), skipped };
}
