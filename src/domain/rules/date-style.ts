import type { Finding } from '../findings';
import { PLANNING_KEYS } from '../fields';
import { formatPlanningValue } from '../dates';
import type { Rule } from './rule';

/**
 * `date_style`: a real date (or n.v.t.) not written in house style — "29 september 2025",
 * "29-09-2025", "nvt". Info only: the reader understands it, but the document should be uniform.
 */
export const dateStyleRule: Rule = {
  code: 'date_style',
  check: (context) => {
    const findings: Finding[] = [];
    for (const key of PLANNING_KEYS) {
      if (context.isEmpty(key)) continue;
      const styled = formatPlanningValue(context.date(key), context.profile.houseStyle.date);
      if (styled === undefined || styled === context.text(key).trim()) continue;
      findings.push({ field: key, code: 'date_style', severity: 'info', suggestion: styled });
    }
    return findings;
  },
};
