import type { Language } from '../fields';
import { format, type MessageSet } from '../i18n';
import type { CalendarError, EventProblem, SkippedEvent } from './ics';

/**
 * Why a meeting calendar cannot be used, for people: one clause that the CLI puts after the file
 * name ("annotatie: ‘kalender.ics’: …") and the task pane under its calendar status. The
 * ical.js detail stays English: it is the library's own words, for whoever fixes the feed.
 */
const megabytes = (characters: number): string => (characters / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** The clauses, per language. `{name}` is a quoted title or the words for none, `{problem}` a problem clause. */
export const CALENDAR_TEXTS: MessageSet<
  'untitled' | 'withUid' | 'recurrenceTooLong' | 'noStart' | CalendarError['kind'] | 'skippedEvent'
> = {
  nl: {
    untitled: 'zonder titel',
    withUid: '{name} (UID {uid})',
    recurrenceTooLong: 'de herhalingsregel (RRULE) vraagt meer dan {limit} stappen',
    noStart: 'er staat geen begintijd (DTSTART) in',
    too_large: 'te groot voor een vergaderkalender ({length} MB, ten hoogste {limit} MB)',
    not_a_calendar: 'geen iCalendar-bestand (er staat geen BEGIN:VCALENDAR in)',
    malformed: 'geen geldig iCalendar-bestand ({detail})',
    too_many_events: 'meer dan {limit} afspraken; dat is geen vergaderkalender',
    too_many_meetings: 'de afspraken beslaan samen meer dan {limit} dagen',
    too_complex: 'de herhalingsregels (RRULE) vragen samen meer dan {limit} stappen; dat is geen vergaderkalender',
    bad_meeting: 'de vergadering {name} is niet te lezen: {problem}',
    skippedEvent: 'afspraak {name} overgeslagen: {problem}',
  },
  en: {
    untitled: 'without a title',
    withUid: '{name} (UID {uid})',
    recurrenceTooLong: 'its recurrence rule (RRULE) takes more than {limit} steps',
    noStart: 'it has no start (DTSTART)',
    too_large: 'too large for a meeting calendar ({length} MB, at most {limit} MB)',
    not_a_calendar: 'not an iCalendar file (it holds no BEGIN:VCALENDAR)',
    malformed: 'not a valid iCalendar file ({detail})',
    too_many_events: 'more than {limit} events; that is not a meeting calendar',
    too_many_meetings: 'the events cover more than {limit} days together',
    too_complex: 'the recurrence rules (RRULE) take more than {limit} steps together; that is not a meeting calendar',
    bad_meeting: 'the meeting {name} cannot be read: {problem}',
    skippedEvent: 'event {name} skipped: {problem}',
  },
};

const quoted = (summary: string, uid: string, lang: Language): string => {
  const name = summary === '' ? CALENDAR_TEXTS[lang].untitled : `‘${summary}’`;
  return uid === '' ? name : format(CALENDAR_TEXTS[lang].withUid, { name, uid });
};

function problemText(problem: EventProblem, lang: Language): string {
  if (problem.kind === 'recurrence_too_long') return format(CALENDAR_TEXTS[lang].recurrenceTooLong, { limit: problem.limit });
  if (problem.kind === 'no_start') return CALENDAR_TEXTS[lang].noStart;
  return problem.detail;
}

export function calendarErrorMessage(error: CalendarError, lang: Language = 'nl'): string {
  const template = CALENDAR_TEXTS[lang][error.kind];
  switch (error.kind) {
    case 'too_large':
      return format(template, { length: megabytes(error.length), limit: megabytes(error.limit) });
    case 'not_a_calendar':
      return template;
    case 'malformed':
      return format(template, { detail: error.detail });
    case 'too_many_events':
    case 'too_many_meetings':
    case 'too_complex':
      return format(template, { limit: error.limit });
    case 'bad_meeting':
      return format(template, { name: quoted(error.summary, error.uid, lang), problem: problemText(error.problem, lang) });
  }
}

/** A note about an event that was left out because it could not be read (it is no meeting of a phase). */
export function skippedEventMessage(event: SkippedEvent, lang: Language = 'nl'): string {
  return format(CALENDAR_TEXTS[lang].skippedEvent, { name: quoted(event.summary, event.uid, lang), problem: problemText(event.problem, lang) });
}
