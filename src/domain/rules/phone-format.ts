import type { Finding } from '../findings';
import { phoneProblem } from '../phone/phones';
import { quoteable } from '../text';
import type { Rule } from './rule';
import { fieldsOfKind } from './rule';

const PHONE_FIELDS = fieldsOfKind('phone');

/** `phone_format`: not a valid Dutch telephone number (contract §4 lists the accepted forms). */
export const phoneFormatRule: Rule = {
  code: 'phone_format',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of PHONE_FIELDS) {
      if (context.isEmpty(field.key) || context.phone(field.key).kind !== 'invalid') continue;
      const text = context.text(field.key);
      const problem = phoneProblem(text);
      findings.push({
        field: field.key,
        code: 'phone_format',
        severity: 'error',
        params: { value: quoteable(text), reason: problem.reason, ...('numberKind' in problem ? { numberKind: problem.numberKind } : {}) },
      });
    }
    return findings;
  },
};
