import type { Language } from '../fields';
import type { CalendarError, EventProblem, SkippedEvent } from './ics';

/**
 * Why a meeting calendar cannot be used, for people: one clause that the CLI puts after the file
 * name ("annotatie: ‘kalender.ics’: …") and the task pane under its calendar status. The
 * ical.js detail stays English: it is the library's own words, for whoever fixes the feed.
 */
const megabytes = (characters: number): string => (characters / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

const quoted = (summary: string, uid: string, lang: Language): string => {
  const name = summary === '' ? (lang === 'nl' ? 'zonder titel' : 'without a title') : `‘${summary}’`;
  return uid === '' ? name : `${name} (UID ${uid})`;
};

function problemText(problem: EventProblem, lang: Language): string {
  if (problem.kind === 'recurrence_too_long') {
    return lang === 'nl'
      ? `de herhalingsregel (RRULE) vraagt meer dan ${problem.limit} stappen`
      : `its recurrence rule (RRULE) takes more than ${problem.limit} steps`;
  }
  if (problem.kind === 'no_start') return lang === 'nl' ? 'er staat geen begintijd (DTSTART) in' : 'it has no start (DTSTART)';
  return problem.detail;
}

export function calendarErrorMessage(error: CalendarError, lang: Language = 'nl'): string {
  const nl = lang === 'nl';
  switch (error.kind) {
    case 'too_large':
      return nl
        ? `te groot voor een vergaderkalender (${megabytes(error.length)} MB, ten hoogste ${megabytes(error.limit)} MB)`
        : `too large for a meeting calendar (${megabytes(error.length)} MB, at most ${megabytes(error.limit)} MB)`;
    case 'not_a_calendar':
      return nl ? 'geen iCalendar-bestand (er staat geen BEGIN:VCALENDAR in)' : 'not an iCalendar file (it holds no BEGIN:VCALENDAR)';
    case 'malformed':
      return nl ? `geen geldig iCalendar-bestand (${error.detail})` : `not a valid iCalendar file (${error.detail})`;
    case 'too_many_events':
      return nl ? `meer dan ${error.limit} afspraken; dat is geen vergaderkalender` : `more than ${error.limit} events; that is not a meeting calendar`;
    case 'too_many_meetings':
      return nl ? `de afspraken beslaan samen meer dan ${error.limit} dagen` : `the events cover more than ${error.limit} days together`;
    case 'too_complex':
      return nl
        ? `de herhalingsregels (RRULE) vragen samen meer dan ${error.limit} stappen; dat is geen vergaderkalender`
        : `the recurrence rules (RRULE) take more than ${error.limit} steps together; that is not a meeting calendar`;
    case 'bad_meeting':
      return nl
        ? `de vergadering ${quoted(error.summary, error.uid, lang)} is niet te lezen: ${problemText(error.problem, lang)}`
        : `the meeting ${quoted(error.summary, error.uid, lang)} cannot be read: ${problemText(error.problem, lang)}`;
  }
}

/** A note about an event that was left out because it could not be read (it is no meeting of a phase). */
export function skippedEventMessage(event: SkippedEvent, lang: Language = 'nl'): string {
  return lang === 'nl'
    ? `afspraak ${quoted(event.summary, event.uid, lang)} overgeslagen: ${problemText(event.problem, lang)}`
    : `event ${quoted(event.summary, event.uid, lang)} skipped: ${problemText(event.problem, lang)}`;
}
