import { FIELDS } from '../fields';
import type { Finding } from '../findings';
import { cleanText, droppedCharacters, hasUnwritableCharacters } from '../text';
import type { Rule } from './rule';

/**
 * `text_invalid_characters`: the value holds characters the writers drop. An error for characters
 * a .docx cannot hold at all (XML 1.0 §2.2: C0 controls but tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF), since the document would silently say something other than what was validated;
 * a warning for bidi controls (U+202A–U+202E, U+2066–U+2069), which are writable but make a name
 * or address display differently from what it holds. The suggestion is cleanText(value): the
 * value without both kinds. The writers drop only the first kind themselves (writableText), so
 * a bidi control stays in the document until the suggestion is accepted. Empty fields are left
 * to `required`.
 */
export const textInvalidCharactersRule: Rule = {
  code: 'text_invalid_characters',
  check: (context) => {
    const findings: Finding[] = [];
    for (const field of FIELDS) {
      const text = context.text(field.key);
      const suggestion = cleanText(text);
      // The common case: nothing to drop, and cleanText returned the same string without copying.
      if (suggestion === text || context.isEmpty(field.key)) continue;
      findings.push({
        field: field.key,
        code: 'text_invalid_characters',
        severity: hasUnwritableCharacters(text) ? 'error' : 'warning',
        suggestion,
        params: { characters: droppedCharacters(text).join(', ') },
      });
    }
    return findings;
  },
};
