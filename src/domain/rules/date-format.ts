import type { Finding } from '../findings';
import { PLANNING_KEYS } from '../fields';
import { quoteable } from '../text';
import type { Rule } from './rule';

/** `date_format`: a planning value that is neither a real calendar date nor "n.v.t." (31-2-2025, "volgende week"). */
export const dateFormatRule: Rule = {
  code: 'date_format',
  check: (context) => {
    const findings: Finding[] = [];
    for (const key of PLANNING_KEYS) {
      if (context.isEmpty(key)) continue;
      const date = context.date(key);
      if (date.kind !== 'invalid') continue;
      findings.push({ field: key, code: 'date_format', severity: 'error', params: { value: quoteable(context.text(key)), reason: date.reason } });
    }
    return findings;
  },
};
