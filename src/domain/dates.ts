import { isExists, isValid, parse } from 'date-fns';
// The nl module alone: unbundled consumers (jest) would otherwise load the locale index and every
// locale in it; bundlers tree-shake either way.
import { nl } from 'date-fns/locale/nl';
import type { DateStyle } from './profile';
import { WEEKDAYS } from './profile';
import { NVT } from './fields';
import { memoize } from './memo';

/**
 * Dates of the planning fields: Dutch readers write them in many ways (29-9-2025, 29-09-2025,
 * 29/9/2025, 2025-09-29, "29 september 2025", "ma 29 sep. 2025"). We read all of them and write
 * the house style (d-m-yyyy in Zoetermeer). Calendar arithmetic and month names are date-fns with
 * its nl locale; this file only decides which date-fns pattern fits the shape of the text.
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

const REFERENCE = new Date(2000, 0, 1);

const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Optional weekday word, day number, month word, optional year. Linear: no nested quantifiers. */
const WORDED = /^(?:([a-z]+)\.?,?\s+)?(\d{1,2})\s+([a-z]+)(\.?)\s+(\d{4})$/;

function fromJsDate(date: Date): CalendarDate {
  return { kind: 'date', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function toJsDate(date: CalendarDate): Date {
  // Local noon avoids any daylight-saving edge on the day boundary.
  return new Date(date.year, date.month - 1, date.day, 12);
}

/** Weekday words and their common abbreviations (ma, di, wo, do, vr, za, zo). */
function weekdayOf(word: string): number | undefined {
  const index = WEEKDAYS.findIndex((day) => day === word || (word.length >= 2 && day.startsWith(word)));
  return index === -1 ? undefined : index;
}

function parseWorded(text: string): ParsedDate {
  const match = WORDED.exec(text);
  if (!match) {
    if (NUMERIC_NO_YEAR.test(text)) return MISSING_YEAR;
    const noYear = WORDED_NO_YEAR.exec(text);
    return noYear && monthNameKnown(noYear[1] ?? '') ? MISSING_YEAR : UNREADABLE;
  }
  const [, weekdayWord, day = '', monthWord = '', , year = ''] = match;
  // date-fns's nl abbreviations end in a dot ("sep.", "mrt."); people often leave it out, and
  // "sept" is common too. Try the full name first, then the abbreviation with a dot.
  const body = `${day} ${monthWord}`;
  let date = parse(`${body} ${year}`, 'd MMMM yyyy', REFERENCE, { locale: nl });
  if (!isValid(date)) date = parse(`${body}. ${year}`, 'd MMM yyyy', REFERENCE, { locale: nl });
  if (!isValid(date)) date = parse(`${body} ${year}`, 'd MMM yyyy', REFERENCE, { locale: nl });
  if (!isValid(date)) return monthNameKnown(monthWord) ? NONEXISTENT : UNREADABLE;
  if (weekdayWord !== undefined) {
    const weekday = weekdayOf(weekdayWord);
    if (weekday === undefined) return UNREADABLE;
    if (weekday !== date.getDay()) return { kind: 'invalid', reason: 'weekday_mismatch' };
  }
  return fromJsDate(date);
}

function monthNameKnown(word: string): boolean {
  // A real month with an impossible day ("31 februari 2025") is nonexistent, not unreadable.
  return isValid(parse(`1 ${word} 2000`, 'd MMMM yyyy', REFERENCE, { locale: nl })) || isValid(parse(`1 ${word}. 2000`, 'd MMM yyyy', REFERENCE, { locale: nl }));
}

/**
 * Reads a planning date. Never throws: anything that is not a calendar date or "n.v.t." is
 * `{ kind: 'invalid' }`.
 */
export const parseDate: (text: string) => ParsedDate = memoize(readDate);

function readDate(text: string): ParsedDate {
  if (text.length > 80) return UNREADABLE; // no real date is this long; keeps megabyte pastes cheap
  const flat = text.replace(/[\s\u200b\ufeff]+/gu, ' ').trim().toLowerCase();
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

function calendarDate(year: number, month: number, day: number): ParsedDate {
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
