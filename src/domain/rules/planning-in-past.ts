import { compareDates, formatDate } from '../dates';
import { PLANNING_KEYS } from '../fields';
import type { Finding } from '../findings';
import type { Rule } from './rule';

/**
 * `planning_in_past`: a phase dated before today (contract §4). Today is the local date in the
 * Netherlands (validate's context; the CLI's --today pins it), so a date-only value is in the
 * past from the first minute of the next Dutch day, not at midnight UTC. Today itself is not the
 * past: the meeting is tonight.
 */
export const planningInPastRule: Rule = {
  code: 'planning_in_past',
  check: (context) => {
    const findings: Finding[] = [];
    const style = context.profile.houseStyle.date;
    for (const key of PLANNING_KEYS) {
      const date = context.date(key);
      if (date.kind !== 'date' || compareDates(date, context.today) >= 0) continue;
      findings.push({ field: key, code: 'planning_in_past', severity: 'warning', params: { date: formatDate(date, style), today: formatDate(context.today, style) } });
    }
    return findings;
  },
};
