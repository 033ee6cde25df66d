import type { CalendarDate } from '../dates';

/**
 * Local dates and times in the Netherlands. A planning date is a date on the council's wall
 * calendar, so "which day is this meeting" and "what is today" are answered in Europe/Amsterdam
 * whatever the clock of the machine says (a build server in UTC, a laptop abroad). The time
 * zone rules are the platform's own (Intl, fed by the IANA tz database in every browser and in
 * Node), so they stay right without a table of our own.
 */
export const NL_TIME_ZONE = 'Europe/Amsterdam';

interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = FORMATTERS.get(timeZone);
  if (!format) {
    // en-US with h23: plain ASCII digits and a 0–23 hour, whatever the user's locale.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    FORMATTERS.set(timeZone, format);
  }
  return format;
}

const KNOWN = new Map<string, boolean>();

/**
 * Whether the platform knows the zone name (an IANA name such as Europe/Amsterdam). Remembered,
 * unknown names too: a feed asks for its zone once per meeting, and Intl answers an unknown
 * name with an exception.
 */
export function isKnownTimeZone(name: string): boolean {
  if (name.length > 64) return false;
  let known = KNOWN.get(name);
  if (known === undefined) {
    try {
      formatter(name);
      known = true;
    } catch {
      known = false;
    }
    if (KNOWN.size >= 1000) KNOWN.clear();
    KNOWN.set(name, known);
  }
  return known;
}

function wallTime(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts['year'] ?? 0, month: parts['month'] ?? 1, day: parts['day'] ?? 1, hour: parts['hour'] ?? 0, minute: parts['minute'] ?? 0, second: parts['second'] ?? 0 };
}

const MINUTE = 60_000;

/** A zone's offsets through one UTC year: `offsets[i]` holds from `starts[i]` on. */
interface YearOffsets {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

const YEARS = new Map<string, YearOffsets>();

function directOffset(epochMs: number, timeZone: string): number {
  const at = Math.floor(epochMs / 1000) * 1000;
  return asUtc(wallTime(at, timeZone)) - at;
}

/**
 * A zone's UTC offsets through a year, from Intl: sampled at each month's start, and where two
 * samples differ the change is found to the minute by bisection. Intl's formatToParts costs
 * ~50 µs, too much to call per meeting (a feed with years of weekly series has tens of
 * thousands); this is ~40 calls per zone and year, after which an offset is a comparison. It
 * assumes at most one change between two month starts, which holds for every zone's DST.
 */
function yearOffsets(year: number, timeZone: string): YearOffsets {
  const key = `${timeZone}|${year}`;
  const known = YEARS.get(key);
  if (known) return known;
  const starts: number[] = [Date.UTC(year, 0, 1)];
  const offsets: number[] = [directOffset(Date.UTC(year, 0, 1), timeZone)];
  for (let month = 1; month <= 12; month += 1) {
    const sample = Date.UTC(year, month, 1);
    const offset = directOffset(sample, timeZone);
    if (offset === offsets[offsets.length - 1]) continue;
    // The change lies in (low, high]: bisect to the minute.
    let low = Date.UTC(year, month - 1, 1);
    let high = sample;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (directOffset(middle, timeZone) === offset) high = middle;
      else low = middle;
    }
    starts.push(high);
    offsets.push(offset);
  }
  const result = { starts, offsets };
  if (YEARS.size >= 1000) YEARS.clear();
  YEARS.set(key, result);
  return result;
}

/** The zone's UTC offset at an instant, in milliseconds (CEST: 7 200 000). */
function offsetAt(epochMs: number, timeZone: string): number {
  const { starts, offsets } = yearOffsets(new Date(epochMs).getUTCFullYear(), timeZone);
  let index = 0;
  while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= epochMs) index += 1;
  return offsets[index] ?? 0;
}

/** The calendar date an instant falls on in a time zone (default: the Netherlands). */
export function localDateOf(epochMs: number, timeZone: string = NL_TIME_ZONE): CalendarDate {
  const local = new Date(epochMs + offsetAt(epochMs, timeZone));
  return { kind: 'date', year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Today in the Netherlands (or another zone): what "before today" means for a date-only value. */
export function todayIn(now: Date = new Date(), timeZone: string = NL_TIME_ZONE): CalendarDate {
  return localDateOf(now.getTime(), timeZone);
}

function asUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/**
 * The instant a wall-clock time in a zone stands for. The offset is read at a first guess and
 * again at the corrected instant, which settles on the right side of a DST change. A time that
 * does not exist (02:30 on the last Sunday of March) comes out an hour later, as RFC 5545 §3.3.5
 * asks; a time that exists twice (02:30 on the last Sunday of October) gets the later one,
 * where RFC 5545 asks for the first. Either way the date, which is what planning needs, is right.
 */
export function wallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const target = asUtc(wall);
  const offset = (epochMs: number): number => offsetAt(epochMs, timeZone);
  const first = target - offset(target);
  const second = target - offset(first);
  return offset(second) === offset(first) ? second : Math.max(first, second);
}
