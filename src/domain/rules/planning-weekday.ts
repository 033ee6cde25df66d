import { weekdayOfDate } from '../dates';
import { PLANNING_KEYS } from '../fields';
import type { Finding } from '../findings';
import { WEEKDAYS, weekdayIndex } from '../profile';
import type { Rule } from './rule';

/**
 * `planning_weekday`: a planning date not on the council's meeting day (Monday in Zoetermeer,
 * "Maandag raadsdag"). A warning, not an error: an extra meeting on another day happens. Where
 * the meeting calendar speaks for the date it knows better (a budget meeting on a Thursday is
 * right, a Monday in the recess is not), so planning_no_meeting decides there instead.
 */
export const planningWeekdayRule: Rule = {
  code: 'planning_weekday',
  check: (context) => {
    const findings: Finding[] = [];
    const expected = weekdayIndex(context.profile.meetingWeekday);
    for (const key of PLANNING_KEYS) {
      const date = context.date(key);
      if (date.kind !== 'date' || context.calendar?.covers(date)) continue;
      const actual = weekdayOfDate(date);
      if (actual === expected) continue;
      findings.push({
        field: key,
        code: 'planning_weekday',
        severity: 'warning',
        params: { weekday: context.profile.meetingWeekday, actual: WEEKDAYS[actual] ?? '' },
      });
    }
    return findings;
  },
};
