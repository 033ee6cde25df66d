import type { CalendarDate } from '../dates';
import type { Phase } from '../phases';
import { foldChoice } from '../text';
import type { Meeting, MeetingCalendar } from './meeting-calendar';

/**
 * The calendar's meeting of a phase on a date that goes ahead: the only one, or, when several
 * share the day (two commissies on one Monday), the one whose title holds Aard bijeenkomst
 * ("Commissie Stad"). Undefined when there is none or it stays ambiguous: better no meeting
 * identity in the hand-off than the wrong one.
 */
export function meetingFor(calendar: MeetingCalendar, phase: Phase, date: CalendarDate, aardBijeenkomst?: string): Meeting | undefined {
  const candidates = calendar.phaseMeetingsOn(phase, date);
  if (candidates.length <= 1) return candidates[0];
  if (aardBijeenkomst === undefined || aardBijeenkomst.trim() === '') return undefined;
  const hint = foldChoice(aardBijeenkomst);
  const named = candidates.filter((meeting) => foldChoice(meeting.summary).includes(hint));
  return named.length === 1 ? named[0] : undefined;
}
