import type { CalendarDate } from '../dates';
import type { Phase } from '../phases';

/**
 * The council's meeting calendar as the planning rules and the ORI export use it: meetings by
 * local date (Europe/Amsterdam), each with its BOB phase (or none) as the profile's patterns say.
 * Built by parseCalendar (./ics.ts) from an iCalendar file; immutable.
 */
export interface Meeting {
  /** The event's UID (RFC 5545 §3.8.4.7); occurrences of a recurring event share it. */
  readonly uid: string;
  readonly summary: string;
  readonly phase: Phase | null;
  /** The local date in the Netherlands (a multi-day all-day event has one Meeting per day). */
  readonly date: CalendarDate;
  /** STATUS:CANCELLED on the event or on this occurrence (a RECURRENCE-ID override). */
  readonly cancelled: boolean;
  readonly allDay: boolean;
  /** Start and end as RFC 3339 UTC date-times (`2025-10-13T18:00:00Z`); absent for all-day events. */
  readonly start?: string;
  readonly end?: string;
  readonly location?: string;
}

/** Days since 1970-01-01: dates compared and searched as integers. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function dateOfDayNumber(day: number): CalendarDate {
  const at = new Date(day * 86_400_000);
  return { kind: 'date', year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** The index of the first element ≥ value in a sorted array (its length when there is none). */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const NO_MEETINGS: readonly Meeting[] = Object.freeze([]);

export class MeetingCalendar {
  /** Every meeting, in date order (phase or not, cancelled or not). */
  readonly meetings: readonly Meeting[];
  private readonly byDay: ReadonlyMap<number, readonly Meeting[]>;
  /** Per phase, the sorted day numbers with at least one meeting of that phase that goes ahead. */
  private readonly phaseDays: Readonly<Record<Phase, readonly number[]>>;
  private readonly firstDay: number | undefined;
  private readonly lastDay: number | undefined;

  /** `meetings` in any order; they are sorted by date and start time here. */
  constructor(meetings: readonly Meeting[]) {
    const sorted = [...meetings].sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || (a.start ?? '').localeCompare(b.start ?? ''));
    const byDay = new Map<number, Meeting[]>();
    const phaseDays: Record<Phase, number[]> = { beeldvorming: [], oordeelsvorming: [], besluitvorming: [] };
    let firstDay: number | undefined;
    let lastDay: number | undefined;
    for (const meeting of sorted) {
      const day = dayNumber(meeting.date);
      const list = byDay.get(day);
      if (list) list.push(meeting);
      else byDay.set(day, [meeting]);
      if (meeting.phase === null) continue;
      // Cancelled meetings count for the span: the calendar did plan that day.
      firstDay = firstDay === undefined ? day : Math.min(firstDay, day);
      lastDay = lastDay === undefined ? day : Math.max(lastDay, day);
      const days = phaseDays[meeting.phase];
      if (!meeting.cancelled && days[days.length - 1] !== day) days.push(day);
    }
    this.byDay = byDay;
    this.phaseDays = phaseDays;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.meetings = Object.freeze(sorted);
    Object.freeze(this);
  }

  /**
   * Whether the calendar speaks for this date: it lies between the first and the last phase
   * meeting in it. A feed usually publishes a year or a season ahead; a date beyond it is not
   * "without a meeting", the calendar just does not tell yet, so the rules fall back to the
   * meeting weekday there.
   */
  covers(date: CalendarDate): boolean {
    if (this.firstDay === undefined || this.lastDay === undefined) return false;
    const day = dayNumber(date);
    return day >= this.firstDay && day <= this.lastDay;
  }

  /** The first and last date the calendar speaks for (see covers), or undefined when it has no phase meetings. */
  span(): { readonly from: CalendarDate; readonly to: CalendarDate } | undefined {
    if (this.firstDay === undefined || this.lastDay === undefined) return undefined;
    return { from: dateOfDayNumber(this.firstDay), to: dateOfDayNumber(this.lastDay) };
  }

  /** All meetings on a date, by start time. */
  meetingsOn(date: CalendarDate): readonly Meeting[] {
    return this.byDay.get(dayNumber(date)) ?? NO_MEETINGS;
  }

  /** The meetings of a phase that go ahead on a date. */
  phaseMeetingsOn(phase: Phase, date: CalendarDate): readonly Meeting[] {
    return this.meetingsOn(date).filter((meeting) => meeting.phase === phase && !meeting.cancelled);
  }

  /** The first date on or after `from` with a meeting of the phase that goes ahead. */
  nextMeetingDay(phase: Phase, from: CalendarDate): CalendarDate | undefined {
    const days = this.phaseDays[phase];
    const day = days[lowerBound(days, dayNumber(from))];
    return day === undefined ? undefined : dateOfDayNumber(day);
  }

  /**
   * The days with a meeting of the phase that goes ahead, from `from` to `to` inclusive (both
   * optional), in date order: for a date picker that marks the meeting days of a field's phase.
   */
  meetingDays(phase: Phase, from?: CalendarDate, to?: CalendarDate): readonly CalendarDate[] {
    const days = this.phaseDays[phase];
    const start = from === undefined ? 0 : lowerBound(days, dayNumber(from));
    const end = to === undefined ? days.length : lowerBound(days, dayNumber(to) + 1);
    return days.slice(start, end).map(dateOfDayNumber);
  }
}
