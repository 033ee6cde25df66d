import type { CalendarDate, Language, MeetingCalendar, Profile, SkippedEvent } from '../domain';
import { calendarErrorMessage, parseDate, skippedEventMessage } from '../domain';
import { CALENDAR_LIMITS, parseCalendar } from '../domain/calendar';
import type { Read } from './files';
import { readBytes } from './files';
import type { CliIo } from './io';

/**
 * The options of issue 13 that several commands share: `--calendar CAL.ics` (the council's
 * meeting calendar, read with the profile's `calendar.events` patterns) and `--today YYYY-MM-DD`
 * (contract §6: for reproducible runs). The reading itself is the domain's; this file turns its
 * results into exit-2 failures with one clear line, like files.ts does for other inputs.
 */
interface CalendarTexts {
  readonly badToday: (value: string) => string;
  readonly badCalendar: (path: string, reason: string) => string;
  readonly noMapping: (gemeente: string) => string;
  readonly skipped: (path: string, note: string) => string;
}

export const CALENDAR_OPTION_TEXTS: Readonly<Record<Language, CalendarTexts>> = {
  nl: {
    badToday: (value) => `annotatie: --today moet een datum zijn als 2025-09-29 (JJJJ-MM-DD), niet ‘${value}’.`,
    badCalendar: (path, reason) => `annotatie: de vergaderkalender ‘${path}’ is niet te gebruiken: ${reason}.`,
    noMapping: (gemeente) =>
      `annotatie: het profiel van ${gemeente} zegt niet welke afspraken welke fase zijn (calendar.events); zonder dat is een vergaderkalender niet te lezen.`,
    skipped: (path, note) => `annotatie: ${path}: ${note}.`,
  },
  en: {
    badToday: (value) => `annotatie: --today must be a date such as 2025-09-29 (YYYY-MM-DD), not ‘${value}’.`,
    badCalendar: (path, reason) => `annotatie: the meeting calendar ‘${path}’ cannot be used: ${reason}.`,
    noMapping: (gemeente) =>
      `annotatie: the profile of ${gemeente} does not say which events are which phase (calendar.events); without it a meeting calendar cannot be read.`,
    skipped: (path, note) => `annotatie: ${path}: ${note}.`,
  },
};

/** `--today`: exactly YYYY-MM-DD and a real date (undefined when the option is not given: the clock). */
export function readToday(value: string | undefined, lang: Language): Read<CalendarDate | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : undefined;
  if (date?.kind !== 'date') return { ok: false, code: 'usage', message: CALENDAR_OPTION_TEXTS[lang].badToday(value) };
  return { ok: true, value: date };
}

export interface LoadedCalendar {
  readonly calendar: MeetingCalendar;
  /** One line per event left out (not a meeting of a phase, and unreadable), for stderr. */
  readonly notes: readonly string[];
}

/** `--calendar`: undefined when not given; a missing, unreadable or unusable file is exit 2. */
export async function readCalendar(io: CliIo, path: string | undefined, profile: Profile, lang: Language): Promise<Read<LoadedCalendar | undefined>> {
  if (path === undefined) return { ok: true, value: undefined };
  const texts = CALENDAR_OPTION_TEXTS[lang];
  if (profile.calendar === undefined) return { ok: false, code: 'no_calendar_mapping', message: texts.noMapping(profile.gemeente) };
  // UTF-8 needs at most 3 bytes per UTF-16 unit: beyond 3× the limit the text is too long for
  // sure, so no more than that is ever read (a FIFO or /dev/zero given as the calendar is
  // refused before anything is read, like every input: files.ts).
  const limit = CALENDAR_LIMITS.maxLength;
  const bytes = await readBytes(io, path, lang, 3 * limit);
  if (!bytes.ok) {
    if (bytes.code !== 'file_too_large' || bytes.size === undefined) return bytes;
    return { ok: false, code: 'bad_calendar', message: texts.badCalendar(path, calendarErrorMessage({ kind: 'too_large', length: bytes.size, limit }, lang)) };
  }
  const result = parseCalendar(new TextDecoder('utf-8').decode(bytes.value), profile.calendar.events);
  if (!result.ok) return { ok: false, code: 'bad_calendar', message: texts.badCalendar(path, calendarErrorMessage(result.error, lang)) };
  return { ok: true, value: { calendar: result.calendar, notes: result.skipped.map((event: SkippedEvent) => texts.skipped(path, skippedEventMessage(event, lang))) } };
}
