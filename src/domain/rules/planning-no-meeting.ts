import type { CalendarDate } from '../dates';
import { compareDates, formatDate } from '../dates';
import { dateOfDayNumber, dayNumber } from '../calendar/meeting-calendar';
import { PLANNING_KEYS } from '../fields';
import type { Finding } from '../findings';
import { phaseOf } from '../phases';
import { quoteable } from '../text';
import type { Rule } from './rule';

/**
 * `planning_no_meeting` (with a meeting calendar): the date has no meeting of the field's phase
 * that goes ahead. `reason` says what the calendar has instead: a cancelled meeting of the phase,
 * another kind of event (a presidium, a recess), or nothing. The suggestion is the first meeting
 * day of the phase on or after the date and after the previous dated phase (BOB order), in house
 * style; none when the calendar has no later one. Dates the calendar does not cover (beyond the
 * season it publishes) are left to planning_weekday.
 */
export const planningNoMeetingRule: Rule = {
  code: 'planning_no_meeting',
  check: (context) => {
    const { calendar } = context;
    if (calendar === undefined) return [];
    const findings: Finding[] = [];
    const style = context.profile.houseStyle.date;
    let previous: CalendarDate | undefined;
    for (const key of PLANNING_KEYS) {
      const date = context.date(key);
      if (date.kind !== 'date') continue;
      const earlier = previous;
      if (previous === undefined || compareDates(date, previous) > 0) previous = date;
      if (!calendar.covers(date)) continue;
      const phase = phaseOf(key);
      const onDate = calendar.meetingsOn(date);
      if (onDate.some((meeting) => meeting.phase === phase && !meeting.cancelled)) continue;
      const cancelled = onDate.find((meeting) => meeting.phase === phase);
      const other = onDate.find((meeting) => meeting.phase !== phase && !meeting.cancelled);
      const from = earlier !== undefined && compareDates(earlier, date) >= 0 ? dateOfDayNumber(dayNumber(earlier) + 1) : date;
      const next = calendar.nextMeetingDay(phase, from);
      findings.push({
        field: key,
        code: 'planning_no_meeting',
        severity: 'warning',
        ...(next === undefined ? {} : { suggestion: formatDate(next, style) }),
        params: {
          date: formatDate(date, style),
          reason: cancelled ? 'cancelled' : other ? 'other' : 'none',
          meeting: quoteable((cancelled ?? other)?.summary ?? ''),
        },
      });
    }
    return findings;
  },
};
