import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import type { MetadataJson, NumberType } from 'libphonenumber-js/core';
import type { PhoneStyle } from '../profile';
import metadataJson from './metadata-nl.json';
import { memoize } from '../memo';

/**
 * Dutch telephone numbers, read in any common notation and written in house style
 * (`+31 79 3468269`, `+31 6 39340866`; `14 079` and `0800 1234` stay national because they
 * cannot be dialled from abroad). Validity and number type come from libphonenumber-js with a
 * Netherlands-only slice of its "max" metadata (scripts/make-phone-metadata.mjs): the /max
 * answers at a fraction of the bundle size.
 */

const METADATA = metadataJson as unknown as MetadataJson;

export type PhoneType = 'fixed' | 'mobile' | 'municipal' | 'tollFree' | 'premium' | 'voip' | 'business';

export interface PhoneNumber {
  readonly kind: 'phone';
  readonly type: PhoneType;
  /** Digits after +31, without the trunk 0 (793468269). */
  readonly nationalNumber: string;
  /** The area code or mobile/service prefix without the trunk 0 ("79", "6", "800"), or "14" + area for municipal numbers. */
  readonly prefix: string;
  /** The digits after the prefix. */
  readonly subscriber: string;
}

export type ParsedPhone = PhoneNumber | { readonly kind: 'empty' } | { readonly kind: 'invalid' };

/** Word's non-breaking hyphen (Ctrl+Shift+-) and en dashes from pasted text are hyphens too. */
function dashesToHyphens(text: string): string {
  return text.replace(/[\u2010-\u2013]/gu, '-');
}

/** Digits, spaces, + - . / ( ) only: libphonenumber would otherwise fish a number out of any prose. */
const PHONE_CHARACTERS = /^[\d\s+\-./()\u00a0]+$/u;

const TYPES: Readonly<Partial<Record<NumberType & string, PhoneType>>> = {
  FIXED_LINE: 'fixed',
  MOBILE: 'mobile',
  FIXED_LINE_OR_MOBILE: 'fixed',
  TOLL_FREE: 'tollFree',
  PREMIUM_RATE: 'premium',
  VOIP: 'voip',
  UAN: 'business',
  PAGER: 'business',
  SHARED_COST: 'business',
  PERSONAL_NUMBER: 'business',
  VOICEMAIL: 'business',
};

/** Reads a Dutch telephone number. Never throws; foreign and impossible numbers are `invalid`. */
export const parsePhone: (text: string) => ParsedPhone = memoize(readPhone);

function readPhone(text: string): ParsedPhone {
  if (text.length > 64) return { kind: 'invalid' };
  const trimmed = dashesToHyphens(text.trim());
  if (trimmed === '') return { kind: 'empty' };
  if (!PHONE_CHARACTERS.test(trimmed)) return { kind: 'invalid' };
  // "+31 (0)79 …" is a common Dutch notation; the (0) is the trunk prefix, not a digit to dial.
  const number = parsePhoneNumberFromString(trimmed.replace(/\(\s*0\s*\)/, ''), 'NL', METADATA);
  if (!number || number.countryCallingCode !== '31') return { kind: 'invalid' };
  // With type patterns in the metadata (our slice has them), libphonenumber's isValid() is
  // exactly getType() !== undefined (source/isValid.js): one type match instead of two.
  const rawType = number.getType();
  if (rawType === undefined) return { kind: 'invalid' };
  const national = String(number.nationalNumber);
  let type: PhoneType = TYPES[rawType] ?? 'fixed';
  // 14 + area code (14 079): the municipal number; libphonenumber files it under UAN.
  if (national.startsWith('14')) type = 'municipal';
  // The first group of libphonenumber's national format is the area code or service prefix
  // (079 346 8269 → 79; 06 39340866 → 6; 0800 1234 → 800).
  const firstGroup = number.formatNational().split(' ')[0] ?? '';
  const prefix = type === 'municipal' ? national : firstGroup.replace(/^0/, '');
  const subscriber = national.slice(prefix.length);
  return { kind: 'phone', type, nationalNumber: national, prefix, subscriber };
}

export type PhoneProblem =
  | { readonly reason: 'characters' | 'foreign' | 'unknown' }
  | { readonly reason: 'too_short' | 'too_long'; readonly numberKind: 'mobile' | 'fixed' };

/**
 * Why a text is not a valid Dutch number, for a message that helps: letters, a foreign country
 * code, or a digit too few or too many (geographic and mobile numbers are 0 + 9 digits; a
 * dropped digit is the commonest slip). Call it only for texts parsePhone calls invalid.
 */
export function phoneProblem(text: string): PhoneProblem {
  const trimmed = dashesToHyphens(text.trim());
  if (trimmed.length > 64 || !PHONE_CHARACTERS.test(trimmed)) return { reason: 'characters' };
  const digits = trimmed.replace(/\(\s*0\s*\)/, '').replace(/[^\d+]/g, '');
  if (/^(?:\+|00)(?!31)/.test(digits)) return { reason: 'foreign' };
  const national = digits.replace(/^(?:\+31|0031|0)/, '');
  // 14 0xx and 0800/090x have their own lengths; 1–3 digits are short codes like 112.
  if (!/^[1-9]/.test(national) || /^(?:14|800|90)/.test(national) || national.length < 4 || digits === national) return { reason: 'unknown' };
  if (national.length === 9) return { reason: 'unknown' };
  return { reason: national.length < 9 ? 'too_short' : 'too_long', numberKind: national.startsWith('6') ? 'mobile' : 'fixed' };
}

/**
 * The house-style text of a number: `+31 79 3468269` (or national `079-3468269` for a profile that
 * prefers it). Municipal 14 numbers and 0800/090x numbers are national only.
 */
export function formatPhone(phone: PhoneNumber, style: PhoneStyle = '+31 79 3468269'): string {
  if (phone.type === 'municipal') return `14 ${phone.nationalNumber.slice(2)}`;
  if (phone.type === 'tollFree' || phone.type === 'premium') return `0${phone.prefix} ${phone.subscriber}`;
  if (style === '079-3468269') return `0${phone.prefix}-${phone.subscriber}`;
  return `+31 ${phone.prefix} ${phone.subscriber}`;
}

/** E.164 (+31793468269), for the typed export and tel: links. */
export function toE164(phone: PhoneNumber): string {
  return `+31${phone.nationalNumber}`;
}
