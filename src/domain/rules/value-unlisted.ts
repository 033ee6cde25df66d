import { FIELDS } from '../fields';
import type { Finding } from '../findings';
import { nearestChoice } from '../nearest-choice';
import { foldChoice, foldedOptions, quoteable } from '../text';
import type { Rule } from './rule';

const CHOICE_FIELDS = FIELDS.filter((field) => field.choices !== undefined);

/**
 * `value_unlisted`: an open choice holds a value outside the profile's list. Open choices accept
 * other text (an unlisted real value is never blocked), so this is a warning. Case, spacing and
 * apostrophe style do not count as different values. `suggestion` is the listed option the value
 * most likely meant, a typo or a shortened form of it (nearest-choice.ts), when one clearly is.
 */
export const valueUnlistedRule: Rule = {
  code: 'value_unlisted',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of CHOICE_FIELDS) {
      if (field.choices === undefined || context.isEmpty(field.key)) continue;
      const options = context.profile.options[field.choices];
      const text = context.text(field.key);
      const folded = text.length > 1000 ? text : foldChoice(text);
      if (foldedOptions(options).has(folded)) continue;
      const suggestion = nearestChoice(text, options);
      findings.push({
        field: field.key,
        code: 'value_unlisted',
        severity: 'warning',
        params: { value: quoteable(text) },
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    return findings;
  },
};
