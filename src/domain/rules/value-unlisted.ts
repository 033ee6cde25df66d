import { distance } from 'fastest-levenshtein';
import { FIELDS } from '../fields';
import type { Finding } from '../findings';
import { foldChoice, foldedOptions, quoteable } from '../text';
import type { Rule } from './rule';

const CHOICE_FIELDS = FIELDS.filter((field) => field.choices !== undefined);

/** The listed option a value most likely meant (a typo of at most 3 edits), if any. */
function closest(folded: string, options: readonly string[]): string | undefined {
  let best: { readonly option: string; readonly edits: number } | undefined;
  for (const option of options) {
    const target = foldChoice(option);
    if (Math.abs(target.length - folded.length) > 3) continue;
    const edits = distance(folded, target);
    if (edits <= 3 && (!best || edits < best.edits)) best = { option, edits };
  }
  return best?.option;
}

/**
 * `value_unlisted`: an open choice holds a value outside the profile's list. Open choices accept
 * other text (an unlisted real value is never blocked), so this is a warning. Case, spacing and
 * apostrophe style do not count as different values.
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
      const suggestion = closest(folded, options);
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
