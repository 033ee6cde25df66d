import { FIELDS } from '../fields';
import type { Finding } from '../findings';
import type { Rule } from './rule';

const REQUIRED_FIELDS = FIELDS.filter((field) => field.required !== 'optional');

/** `required`: a field of §2 marked required is empty, whitespace only, or still its placeholder. Severity per §2. */
export const requiredRule: Rule = {
  code: 'required',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of REQUIRED_FIELDS) {
      if (field.required !== 'optional' && context.isEmpty(field.key)) {
        findings.push({ field: field.key, code: 'required', severity: field.required });
      }
    }
    return findings;
  },
};
