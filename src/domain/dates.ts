import { isExists } from 'date-fns';
import type { Day, Month } from 'date-fns';
// The nl module alone: unbundled consumers (jest) would otherwise load the locale index and every
// locale in it; bundlers tree-shake either way.
import { nl } from 'date-fns/locale/nl';
import type { DateStyle } from './profile';
import { NVT } from './fields';
import { memoize } from './memo';

/**
 * Dates of the planning fields: Dutch readers write them in many ways (29-9-2025, 29-09-2025,
 * 29/9/2025, 2025-09-29, "29 september 2025", "ma 29 sep. 2025"). We read all of them and write
 * the house style (d-m-yyyy in Zoetermeer). Calendar arithmetic and month names are date-fns with
 * its nl locale (month and weekday names, isExists); this file only splits the text into parts.
 */

export interface CalendarDate {
  readonly kind: 'date';
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export type ParsedDate =
  | CalendarDate
  | { readonly kind: 'nvt' }
  | { readonly kind: 'empty' }
  /**
   * `nonexistent`: shaped like a date but not on the calendar (31-2-2025); `missing_year`: 13-10
   * or "13 oktober"; `weekday_mismatch`: "dinsdag 13 oktober 2025"; `unreadable`: anything else.
   */
  | { readonly kind: 'invalid'; readonly reason: InvalidDateReason };

export type InvalidDateReason = 'nonexistent' | 'unreadable' | 'weekday_mismatch' | 'missing_year';

const EMPTY = { kind: 'empty' } as const;
const NVT_DATE = { kind: 'nvt' } as const;
const UNREADABLE = { kind: 'invalid', reason: 'unreadable' } as const;
const NONEXISTENT = { kind: 'invalid', reason: 'nonexistent' } as const;
const MISSING_YEAR = { kind: 'invalid', reason: 'missing_year' } as const;

/** Day and month without a year: "13-10", "13/10", "13 oktober", "13 okt." */
const NUMERIC_NO_YEAR = /^\d{1,2}[-/.]\d{1,2}$/;
const WORDED_NO_YEAR = /^\d{1,2}\s+([a-z]+)\.?$/;

/** "n.v.t." and the ways people write it: nvt, n.v.t, N.V.T., n.v.t, niet van toepassing. */
const NVT_FORMS = /^(?:n\.?\s?v\.?\s?t\.?|niet van toepassing|n\/a|nvt\.)$/i;

/** Whether text is one of the ways people write "n.v.t." (nvt, N.V.T., niet van toepassing). */
export function isNvt(text: string): boolean {
  return text.length < 40 && NVT_FORMS.test(text.trim().toLowerCase());
}

const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Optional weekday word, day number, month word, optional year. Linear: no nested quantifiers. */
const WORDED = /^(?:([a-z]+)\.?,?\s+)?(\d{1,2})\s+([a-z]+)(\.?)\s+(\d{4})$/;

/** Drops the dot of date-fns's abbreviations ("sep." → "sep"): people write them either way. */
const bare = (word: string): string => word.toLowerCase().replace(/\.$/, '');

/**
 * Month names as date-fns's nl locale spells them, full ("september") and abbreviated ("sep.",
 * "mrt."), plus "sept", which Dutch writers use as often as "sep".
 */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 12 }, (_, index) => [bare(nl.localize.month(index as Month, { width: 'wide' })), index + 1] as const),
  ...Array.from({ length: 12 }, (_, index) => [bare(nl.localize.month(index as Month, { width: 'abbreviated' })), index + 1] as const),
  ['sept', 9],
]);

/** Weekday names from the nl locale: "maandag", "maa", "ma" (0 = Sunday, like Date#getDay()). */
const WEEKDAY_BY_NAME: ReadonlyMap<string, number> = new Map(
  (['wide', 'abbreviated', 'short'] as const).flatMap((width) =>
    Array.from({ length: 7 }, (_, index) => [bare(nl.localize.day(index as Day, { width })), index] as const),
  ),
);

function toJsDate(date: CalendarDate): Date {
  // Local noon avoids any daylight-saving edge on the day boundary.
  return new Date(date.year, date.month - 1, date.day, 12);
}

function weekdayOf(word: string): number | undefined {
  return WEEKDAY_BY_NAME.get(word);
}

function parseWorded(text: string): ParsedDate {
  const match = WORDED.exec(text);
  if (!match) {
    if (NUMERIC_NO_YEAR.test(text)) return MISSING_YEAR;
    const noYear = WORDED_NO_YEAR.exec(text);
    return noYear && MONTH_BY_NAME.has(noYear[1] ?? '') ? MISSING_YEAR : UNREADABLE;
  }
  const [, weekdayWord, day = '', monthWord = '', , year = ''] = match;
  const month = MONTH_BY_NAME.get(monthWord);
  if (month === undefined) return UNREADABLE;
  // A real month with an impossible day ("31 februari 2025") is nonexistent, not unreadable.
  const date = calendarDate(Number(year), month, Number(day));
  if (date.kind !== 'date' || weekdayWord === undefined) return date;
  const weekday = weekdayOf(weekdayWord);
  if (weekday === undefined) return UNREADABLE;
  return weekday === weekdayOfDate(date) ? date : { kind: 'invalid', reason: 'weekday_mismatch' };
}

/**
 * Reads a planning date. Never throws: anything that is not a calendar date or "n.v.t." is
 * `{ kind: 'invalid' }`.
 */
export const parseDate: (text: string) => ParsedDate = memoize(readDate);

function readDate(text: string): ParsedDate {
  if (text.length > 80) return UNREADABLE; // no real date is this long; keeps megabyte pastes cheap
  // Word's non-breaking hyphen (Ctrl+Shift+-) and en dashes from pasted text are still hyphens.
  const flat = text.replace(/[\s\u200b\ufeff]+/gu, ' ').replace(/[\u2010-\u2013]/gu, '-').trim().toLowerCase();
  if (flat === '') return EMPTY;
  if (NVT_FORMS.test(flat)) return NVT_DATE;
  // "ma 29-9-2025", "maandag, 29-09-2025": a weekday in front of a numeric date.
  const weekdayFirst = WEEKDAY_PREFIX.exec(flat);
  if (weekdayFirst) {
    const [whole, word = ''] = weekdayFirst;
    const weekday = weekdayOf(word);
    const rest = flat.slice(whole.length);
    if (weekday === undefined || !/^\d/.test(rest)) return parseWorded(flat);
    const date = readNumeric(rest);
    if (date.kind !== 'date') return date.kind === 'invalid' && date.reason === 'unreadable' ? parseWorded(flat) : date;
    return weekdayOfDate(date) === weekday ? date : { kind: 'invalid', reason: 'weekday_mismatch' };
  }
  return readNumeric(flat);
}

/** A weekday word (or its abbreviation) in front of the date, with an optional dot and comma. */
const WEEKDAY_PREFIX = /^([a-z]{2,9})\.?,?\s+/;

function readNumeric(flat: string): ParsedDate {
  // Numeric forms are split by the regexes above and checked with date-fns's isExists: the
  // calendar (leap years, month lengths) is date-fns's; date-fns's parse() would cost ~10×
  // more per call and validation runs on every keystroke.
  const iso = ISO.exec(flat);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(flat);
  if (numeric) {
    const [, day = '', , month = '', year = ''] = numeric;
    // Two-digit years are this century: a raadsvoorstel is never planned in the 1900s.
    return calendarDate(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));
  }
  return parseWorded(flat);
}

function calendarDate(year: number, month: number, day: number): CalendarDate | typeof NONEXISTENT {
  return isExists(year, month - 1, day) ? { kind: 'date', year, month, day } : NONEXISTENT;
}

/** The house-style text of a date: `d-m-yyyy` (29-9-2025) unless the profile says otherwise. */
export function formatDate(date: CalendarDate, style: DateStyle = 'd-m-yyyy'): string {
  const year = pad(date.year, 4);
  return style === 'dd-mm-yyyy' ? `${pad(date.day, 2)}-${pad(date.month, 2)}-${year}` : `${date.day}-${date.month}-${year}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** ISO 8601 calendar date (2025-09-29), for the typed export. */
export function toIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay(). */
export function weekdayOfDate(date: CalendarDate): number {
  return toJsDate(date).getDay();
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The house-style text of any parsed planning value, or undefined when there is none. */
export function formatPlanningValue(parsed: ParsedDate, style: DateStyle = 'd-m-yyyy'): string | undefined {
  if (parsed.kind === 'date') return formatDate(parsed, style);
  if (parsed.kind === 'nvt') return NVT;
  return undefined;
}
