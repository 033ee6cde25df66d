import type { Rule } from './rule';
import { codePointLength, ORI_TITLE_MAX, oriText } from '../ori/title';

/**
 * `onderwerp_too_long`: the onderwerp becomes the agenda item's title in the council information
 * system, and Open Raadsinformatie allows 100 characters there (Agendapunt.agendapuntTitel). Said
 * before the RIS refuses or cuts it. Counted as the export writes it: one line, in code points.
 */
export const onderwerpTooLongRule: Rule = {
  code: 'onderwerp_too_long',
  check: (context) => {
    const text = context.text('onderwerp');
    // Never more code points than UTF-16 units: a short onderwerp (nearly all) costs nothing.
    if (text.length <= ORI_TITLE_MAX || context.isEmpty('onderwerp')) return [];
    const length = codePointLength(oriText(text));
    if (length <= ORI_TITLE_MAX) return [];
    return [{ field: 'onderwerp', code: 'onderwerp_too_long', severity: 'warning', params: { length: String(length), max: String(ORI_TITLE_MAX) } }];
  },
};
