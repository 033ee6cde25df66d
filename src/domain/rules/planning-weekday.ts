import type { CalendarDate } from '../dates';
import { formatDate, weekdayOfDate } from '../dates';
import { dateOfDayNumber, dayNumber } from '../calendar/meeting-calendar';
import { PLANNING_KEYS } from '../fields';
import type { PlanningKey } from '../phases';
import type { Finding } from '../findings';
import { WEEKDAYS, weekdayIndex } from '../profile';
import type { Rule } from './rule';

/**
 * `planning_weekday`: a planning date not on the council's meeting day (Monday in Zoetermeer,
 * "Maandag raadsdag"). A warning, not an error: an extra meeting on another day happens. Where
 * the meeting calendar speaks for the date it knows better (a budget meeting on a Thursday is
 * right, a Monday in the recess is not), so planning_no_meeting decides there instead.
 *
 * `suggestion` is the nearest meeting weekday, before or after the date, in house style: a
 * Tuesday is most often the Monday before it mistyped, a Friday the Monday after. The BOB order
 * must still hold, so a day on or before an earlier phase's date, or on or after a later one's,
 * is never offered (the other side is, if it fits); nor is a day in the past for a date that is
 * not. No suggestion when neither side fits (two phases in the same week).
 */
export const planningWeekdayRule: Rule = {
  code: 'planning_weekday',
  check: (context) => {
    const findings: Finding[] = [];
    const expected = weekdayIndex(context.profile.meetingWeekday);
    const dated = PLANNING_KEYS.flatMap((key): { readonly key: PlanningKey; readonly date: CalendarDate }[] => {
      const date = context.date(key);
      return date.kind === 'date' ? [{ key, date }] : [];
    });
    const today = dayNumber(context.today);
    dated.forEach(({ key, date }, index) => {
      if (context.calendar?.covers(date)) return;
      const actual = weekdayOfDate(date);
      if (actual === expected) return;
      const day = dayNumber(date);
      // Strictly between the latest earlier phase and the earliest later one (planning_order).
      const after = Math.max(...dated.slice(0, index).map((other) => dayNumber(other.date)), Number.NEGATIVE_INFINITY);
      const before = Math.min(...dated.slice(index + 1).map((other) => dayNumber(other.date)), Number.POSITIVE_INFINITY);
      const back = day - ((actual - expected + 7) % 7);
      const forward = day + ((expected - actual + 7) % 7);
      const candidates = day - back <= forward - day ? [back, forward] : [forward, back];
      const fits = (candidate: number) => candidate > after && candidate < before && (candidate >= today || day < today);
      const nearest = candidates.find(fits);
      findings.push({
        field: key,
        code: 'planning_weekday',
        severity: 'warning',
        ...(nearest === undefined ? {} : { suggestion: formatDate(dateOfDayNumber(nearest), context.profile.houseStyle.date) }),
        params: { weekday: context.profile.meetingWeekday, actual: WEEKDAYS[actual] ?? '' },
      });
    });
    return findings;
  },
};

