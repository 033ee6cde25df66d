import type { AnnotatieValues, FieldDefinition, FieldKey, FieldKind } from '../fields';
import { FIELDS } from '../fields';
import type { Finding, FindingCode } from '../findings';
import type { Profile } from '../profile';
import type { CalendarDate, ParsedDate } from '../dates';
import type { MeetingCalendar } from '../calendar/meeting-calendar';
import type { ParsedPhone } from '../phone/phones';

/**
 * What every rule sees: the values, the profile, and memoised readings of them, so the three
 * planning rules that look at a date parse it once per validation (validation runs on every
 * keystroke, for the whole form).
 */
export interface RuleContext {
  readonly values: AnnotatieValues;
  readonly profile: Profile;
  /** The field's text; '' when missing or not a string (values may come from untyped JSON). */
  readonly text: (key: FieldKey) => string;
  /** Empty, whitespace only, or still showing a placeholder. */
  readonly isEmpty: (key: FieldKey) => boolean;
  readonly date: (key: FieldKey) => ParsedDate;
  readonly phone: (key: FieldKey) => ParsedPhone;
  /** The council's meeting calendar, when one is loaded. */
  readonly calendar?: MeetingCalendar;
  /** Today in the Netherlands (validate's context, else the clock). */
  readonly today: CalendarDate;
}

/** One rule per finding code: a reader finds the rule by its code. */
export interface Rule {
  readonly code: FindingCode;
  readonly check: (context: RuleContext) => readonly Finding[];
}

export function fieldsOfKind(kind: FieldKind): readonly FieldDefinition[] {
  return FIELDS.filter((field) => field.kind === kind);
}
