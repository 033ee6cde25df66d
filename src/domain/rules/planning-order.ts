import type { CalendarDate } from '../dates';
import { compareDates, formatDate } from '../dates';
import type { FieldKey } from '../fields';
import { PLANNING_KEYS } from '../fields';
import type { Finding } from '../findings';
import type { Rule } from './rule';

/**
 * `planning_order`: BOB runs Beeldvorming → Oordeelsvorming → Besluitvorming, each on a later
 * day. A phase dated on or before the latest earlier phase is reported on the later phase; phases
 * that are n.v.t. are skipped, so Beeldvorming is compared with Besluitvorming when
 * Oordeelsvorming does not apply.
 */
export const planningOrderRule: Rule = {
  code: 'planning_order',
  check: (context) => {
    const findings: Finding[] = [];
    const style = context.profile.houseStyle.date;
    let latest: { readonly key: FieldKey; readonly date: CalendarDate } | undefined;
    for (const key of PLANNING_KEYS) {
      const date = context.date(key);
      if (date.kind !== 'date') continue;
      if (latest && compareDates(date, latest.date) <= 0) {
        findings.push({
          field: key,
          code: 'planning_order',
          severity: 'error',
          params: { earlier: latest.key, earlierDate: formatDate(latest.date, style), date: formatDate(date, style) },
        });
      }
      if (!latest || compareDates(date, latest.date) > 0) latest = { key, date };
    }
    return findings;
  },
};
