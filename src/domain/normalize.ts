import type { AnnotatieValues, FieldKey } from './fields';
import { NVT, fieldByKey } from './fields';
import type { Profile } from './profile';
import { DEFAULT_PROFILE } from './profile';
import { formatPlanningValue, isNvt, parseDate } from './dates';
import { formatPhone, parsePhone } from './phone/phones';
import { parseEmail } from './email';
import { foldChoice } from './text';

/**
 * The house-style text to write into the document for what a user typed: `29 september 2025` →
 * `29-9-2025`, `079-3468269` → `+31 79 3468269`, `alle programma's` → `Alle programma’s`.
 * Text that cannot be read is returned unchanged: normalising never destroys input, validate()
 * reports it instead. Not used to auto-correct e-mail typos: a person must confirm those.
 */
export function normalizeValue(key: FieldKey, text: string, profile: Profile = DEFAULT_PROFILE): string {
  if (text.length > 10_000) return text;
  const field = fieldByKey(key);
  switch (field.kind) {
    case 'planningDate':
      return formatPlanningValue(parseDate(text), profile.houseStyle.date) ?? text;
    case 'phone': {
      const phone = parsePhone(text);
      return phone.kind === 'phone' ? formatPhone(phone, profile.houseStyle.phone) : text;
    }
    case 'email': {
      const email = parseEmail(text);
      return email ? `${email.local}@${email.domain}` : text;
    }
    case 'choice': {
      if (!field.choices) return text;
      const folded = foldChoice(text);
      return profile.options[field.choices].find((option) => foldChoice(option) === folded) ?? text;
    }
    case 'names':
      return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n');
    case 'richText':
      return field.nvtAllowed && isNvt(text) ? NVT : text;
    case 'text':
      return text.trim();
  }
}

/**
 * Every given value in the profile's house style ({@link normalizeValue} per field); keys not
 * given stay absent. What the .docx writer (`writeDocx`'s `houseStyle`) applies for `annotatie
 * new` and `import`; the task pane applies the same normalizeValue to each field it sends to Word
 * (form-state's normalizedChanges), and test/word/agrees-with-docx.test.ts checks the two
 * documents read back alike.
 */
export function houseStyled(values: AnnotatieValues, profile: Profile = DEFAULT_PROFILE): AnnotatieValues {
  const out: Partial<Record<FieldKey, string>> = {};
  for (const key of Object.keys(values) as FieldKey[]) {
    const value = values[key];
    if (typeof value === 'string') out[key] = normalizeValue(key, value, profile);
  }
  return out;
}
