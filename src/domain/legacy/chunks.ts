import { isNvt, parseDate } from '../dates';
import { parseEmail } from '../email';
import { parsePhone } from '../phone/phones';
import { words } from './labels';

/**
 * Values that sit side by side on one line because a table reached us flattened: three dates
 * ("n.v.t. 29-9-2025 13-10-2025"), two phone numbers ("+31 79 3468269 +31 6 39340866"), e-mail
 * addresses. Each scanner walks the words once; a value's words stay exactly as written.
 */
export interface Chunk {
  readonly kind: 'date' | 'phone' | 'email';
  readonly text: string;
  /** Word indexes [from, to) in the line. */
  readonly from: number;
  readonly to: number;
}

export interface Scan {
  readonly chunks: readonly Chunk[];
  /** Words that are no value, in order, with their indexes. */
  readonly rest: readonly { readonly text: string; readonly index: number }[];
}

/** Words a planning date can span: "ma 29 sep. 2025" is four. */
const DATE_WORDS = 4;

const DIGITS = /\d/g;
const PHONE_START = /^(?:\+|00|\(?0)\d/;
const PHONE_PART = /^[\d()\-–.]+$/;

function digitCount(text: string): number {
  return text.match(DIGITS)?.length ?? 0;
}

/** National significant digits a number needs before a following "+31…" or "0…" starts the next one. */
function complete(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.startsWith('31')) return digits.length >= 11;
  if (digits.startsWith('0031')) return digits.length >= 13;
  return digits.length >= 10;
}

/** Splits a line into the values it holds (dates and n.v.t., phone numbers, e-mail addresses) and the rest. */
export function scanValues(line: string): Scan {
  const all = words(line, 64).map((word) => word.text);
  const chunks: Chunk[] = [];
  const rest: { text: string; index: number }[] = [];
  let index = 0;
  while (index < all.length) {
    const word = all[index] ?? '';
    if (word.includes('@') && parseEmail(trimPunctuation(word)) !== undefined) {
      chunks.push({ kind: 'email', text: trimPunctuation(word), from: index, to: index + 1 });
      index += 1;
      continue;
    }
    const date = dateAt(all, index);
    if (date > 0) {
      chunks.push({ kind: 'date', text: all.slice(index, index + date).join(' '), from: index, to: index + date });
      index += date;
      continue;
    }
    const phone = phoneAt(all, index);
    if (phone > 0) {
      chunks.push({ kind: 'phone', text: all.slice(index, index + phone).join(' '), from: index, to: index + phone });
      index += phone;
      continue;
    }
    rest.push({ text: word, index });
    index += 1;
  }
  return { chunks, rest };
}

/** How many words from `index` on form one date or n.v.t. (0: none). Longest first. */
function dateAt(all: readonly string[], index: number): number {
  for (let count = Math.min(DATE_WORDS, all.length - index); count >= 1; count -= 1) {
    const text = all.slice(index, index + count).join(' ');
    if (count === 1 && isNvt(text)) return 1;
    if (!/\d/.test(text)) continue;
    // A bare number is no date, and a phone number's parts are not either.
    if (count === 1 && !/\d[-/.]\d/.test(text)) continue;
    if (parseDate(text).kind === 'date') return count;
  }
  return 0;
}

/** How many words from `index` on form one phone number (0: none). */
function phoneAt(all: readonly string[], index: number): number {
  const first = all[index] ?? '';
  if (!PHONE_START.test(first)) return 0;
  let text = first;
  let count = 1;
  while (index + count < all.length) {
    const next = all[index + count] ?? '';
    if (!PHONE_PART.test(next) || digitCount(next) === 0) break;
    if (complete(text) && PHONE_START.test(next)) break;
    if (digitCount(text + next) > 13) break;
    text = `${text} ${next}`;
    count += 1;
  }
  if (parsePhone(text).kind === 'phone') return count;
  // Not a valid number, but shaped like one (enough digits): still a phone number as written,
  // which the validator will report; better than leaving it in the rest.
  return digitCount(text) >= 9 ? count : 0;
}

function trimPunctuation(word: string): string {
  return word.replace(/^[<(["']+/, '').replace(/[>)\]"',;.]+$/, '');
}
