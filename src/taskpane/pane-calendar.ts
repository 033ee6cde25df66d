import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { MeetingCalendar } from '../domain/calendar/meeting-calendar';
import type { Language } from '../domain/fields';
import type { CalendarProfile } from '../domain/profile';
import { browserFetch, localRequest, type FetchText } from './profile-source';
import { useServices } from './services';

/**
 * The council's meeting calendar in the pane (issue 13): the .ics file the profile names
 * (`calendar.url`, a path on the add-in's own site), fetched once the form is on screen, never
 * before the first field. ical.js comes in its own lazy chunk (calendar-reader.ts). Until the
 * calendar is there, and when it cannot be had, the planning dates are checked against the
 * meeting weekday, as without a calendar: a missing calendar is a calm notice, never a reason to
 * withhold the form.
 *
 * Only types come from the domain's calendar module here: its index brings ical.js, which must
 * stay out of the form's chunk (test/taskpane/bundle.test.ts).
 */
export type CalendarProblem =
  /** `calendar.url` names another site (the profile reader refuses most such, this is the last check). */
  | { readonly kind: 'refused'; readonly name: string }
  | { readonly kind: 'unreachable'; readonly name: string; readonly status?: number }
  /** Fetched, but not a calendar the domain can read; `reason` in the UI language. */
  | { readonly kind: 'invalid'; readonly name: string; readonly reason: string };

export type LoadedCalendar = { readonly status: 'ready'; readonly calendar: MeetingCalendar } | { readonly status: 'failed'; readonly problem: CalendarProblem };

export type PaneCalendar = { readonly status: 'none' } | { readonly status: 'loading' } | LoadedCalendar;

export const NO_CALENDAR: PaneCalendar = { status: 'none' };

/** Where the calendar comes from: the page it is resolved against, and fetch (tests pass their own). */
export interface CalendarSource {
  readonly pageUrl: string;
  readonly fetchText?: FetchText;
}

/** Fetches and reads the profile's calendar. Never rejects. */
export async function loadPaneCalendar(
  profile: CalendarProfile & { readonly url: string },
  source: CalendarSource,
  language: Language,
): Promise<LoadedCalendar> {
  const request = localRequest(profile.url, source.pageUrl);
  if (request.kind === 'refused') return { status: 'failed', problem: { kind: 'refused', name: request.name } };
  // The reader's chunk downloads while the file does.
  const reader = import(/* webpackChunkName: "meeting-calendar" */ './calendar-reader');
  reader.catch(() => undefined);
  const unreachable = (status?: number): LoadedCalendar => ({
    status: 'failed',
    problem: { kind: 'unreachable', name: request.name, ...(status === undefined ? {} : { status }) },
  });
  let text: string;
  try {
    const response = await (source.fetchText ?? browserFetch)(request.url);
    if (!response.ok) return unreachable(response.status);
    text = await response.text();
  } catch {
    return unreachable();
  }
  try {
    const result = (await reader).readCalendar(text, profile.events, language);
    return result.ok ? { status: 'ready', calendar: result.calendar } : { status: 'failed', problem: { kind: 'invalid', name: request.name, reason: result.reason } };
  } catch {
    // The reader's chunk did not arrive (the add-in's server went away meanwhile).
    return unreachable();
  }
}

interface CalendarState {
  readonly calendar: PaneCalendar;
  /** Starts the load (once per pane; later calls do nothing). */
  readonly start: () => void;
}

const PaneCalendarContext = createContext<CalendarState>({ calendar: NO_CALENDAR, start: () => undefined });

/**
 * Holds the pane's calendar for the form, its date pickers and the Controle tab: `none` when
 * the profile names none, else `loading` until the form starts the load, then what
 * loadPaneCalendar gave.
 */
export function PaneCalendarProvider(props: { readonly children: ReactNode }): ReactElement {
  const { loadCalendar } = useServices();
  const [calendar, setCalendar] = useState<PaneCalendar>(loadCalendar === undefined ? NO_CALENDAR : { status: 'loading' });
  const started = useRef(false);
  const start = useCallback(() => {
    if (started.current || loadCalendar === undefined) return;
    started.current = true;
    void loadCalendar().then(setCalendar);
  }, [loadCalendar]);
  const value = useMemo(() => ({ calendar, start }), [calendar, start]);
  return createElement(PaneCalendarContext.Provider, { value }, props.children);
}

/**
 * The form's calendar; `start` (the first field is on screen) begins the load, so the calendar
 * never delays the form. Validation re-runs when it arrives.
 */
export function usePaneCalendar(start: boolean): PaneCalendar {
  const state = useContext(PaneCalendarContext);
  const begin = state.start;
  useEffect(() => {
    if (start) begin();
  }, [start, begin]);
  return state.calendar;
}

/** The calendar as the form loaded it, for the date pickers and the Controle tab. */
export function usePaneCalendarValue(): PaneCalendar {
  return useContext(PaneCalendarContext).calendar;
}

/** The calendar to validate with: only a loaded one. */
export function meetingCalendarOf(calendar: PaneCalendar): MeetingCalendar | undefined {
  return calendar.status === 'ready' ? calendar.calendar : undefined;
}
