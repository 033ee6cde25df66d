import type { AnnotatieValues, FieldKey } from './fields';
import { FIELDS, NVT, SCHEMA_VERSION } from './fields';
import type { Profile } from './profile';
import { DEFAULT_PROFILE } from './profile';
import { isNvt, parseDate, toIsoDate } from './dates';
import { parsePhone, toE164 } from './phone/phones';
import { parseEmail } from './email';
import { isPlaceholder } from './placeholders';
import { isBlank } from './text';
import { normalizeValue } from './normalize';

export type TypedValue = string | readonly string[] | null;

/** The typed export of contract §5, as `annotatie export` prints it. */
export interface TypedValues {
  readonly schema: typeof SCHEMA_VERSION;
  readonly values: Readonly<Record<FieldKey, TypedValue>>;
}

function typedValue(key: FieldKey, text: string, profile: Profile): TypedValue {
  const field = FIELDS.find((candidate) => candidate.key === key);
  if (!field) return text;
  if (field.kind === 'names') {
    return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  }
  if (isBlank(text) || isPlaceholder(key, text)) return null;
  switch (field.kind) {
    case 'planningDate': {
      const date = parseDate(text);
      if (date.kind === 'date') return toIsoDate(date);
      return date.kind === 'nvt' ? NVT : text;
    }
    case 'phone': {
      const phone = parsePhone(text);
      if (phone.kind !== 'phone') return text.trim();
      // 14 0xx and 0800/090x numbers cannot be dialled from abroad: E.164 would be a lie.
      const nationalOnly = phone.type === 'municipal' || phone.type === 'tollFree' || phone.type === 'premium';
      return nationalOnly ? `0${phone.nationalNumber}`.replace(/^014/, '14') : toE164(phone);
    }
    case 'email': {
      const email = parseEmail(text);
      return email ? `${email.local}@${email.domain}` : text.trim();
    }
    case 'richText':
      return field.nvtAllowed && isNvt(text) ? NVT : text;
    default:
      return normalizeValue(key, text, profile);
  }
}

/**
 * The typed export (contract §5): every field present, ISO 8601 dates or "n.v.t.", phone numbers
 * in E.164 (national digits for 14 0xx and 0800/090x), medePortefeuillehouders as an array of
 * names, empty fields as null (an empty list for names). Text that cannot be typed is kept as
 * written, so nothing is lost; validate() says what is wrong with it.
 */
export function typedValues(values: AnnotatieValues, profile: Profile = DEFAULT_PROFILE): TypedValues {
  const out = {} as Record<FieldKey, TypedValue>;
  for (const field of FIELDS) {
    const raw: unknown = values[field.key];
    out[field.key] = typedValue(field.key, typeof raw === 'string' ? raw : '', profile);
  }
  return { schema: SCHEMA_VERSION, values: out };
}
