import { PLANNING_KEYS } from '../fields';
import type { Finding } from '../findings';
import type { Rule } from './rule';

/**
 * Years a raadsvoorstel can be planned in. Fixed rather than "around today" so validation stays
 * pure and repeatable; wide enough that no real planning is questioned for decades.
 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/**
 * `date_implausible` (added code): a real calendar date in a year no council plans in —
 * 29-9-2205 or 29-9-0225 for 29-9-2025. The calendar accepts it, so date_format does not.
 */
export const dateImplausibleRule: Rule = {
  code: 'date_implausible',
  check: (context) => {
    const findings: Finding[] = [];
    for (const key of PLANNING_KEYS) {
      const date = context.date(key);
      if (date.kind !== 'date' || (date.year >= FIRST_YEAR && date.year <= LAST_YEAR)) continue;
      findings.push({ field: key, code: 'date_implausible', severity: 'warning', params: { year: String(date.year) } });
    }
    return findings;
  },
};
