import type { AnnotatieValues, FieldKey } from './fields';
import { FIELD_KEYS } from './fields';
import type { Finding, Severity } from './findings';
import type { Profile } from './profile';
import { DEFAULT_PROFILE } from './profile';
import type { CalendarDate, ParsedDate } from './dates';
import type { MeetingCalendar } from './calendar/meeting-calendar';
import { todayIn } from './calendar/zone';
import { parseDate } from './dates';
import type { ParsedPhone } from './phone/phones';
import { parsePhone } from './phone/phones';
import { isPlaceholder } from './placeholders';
import { isBlank } from './text';
import type { RuleContext } from './rules/rule';
import { RULES } from './rules';

const FIELD_ORDER: ReadonlyMap<FieldKey, number> = new Map(FIELD_KEYS.map((key, index) => [key, index]));

/**
 * What validation needs besides the values and the profile. Both optional, so `validate(values)`
 * and `validate(values, profile)` keep working.
 */
export interface ValidationContext {
  /** The council's meeting calendar (parseCalendar); without it planning dates are checked against the meeting weekday only. */
  readonly calendar?: MeetingCalendar;
  /**
   * Today, for planning_in_past: by default the clock's date in the Netherlands (todayIn()).
   * Tests and the CLI's --today pin it, so a run gives the same findings next year.
   */
  readonly today?: CalendarDate;
}

function contextFor(values: AnnotatieValues, profile: Profile, options: ValidationContext): RuleContext {
  const dates = new Map<FieldKey, ParsedDate>();
  const phones = new Map<FieldKey, ParsedPhone>();
  // Values may come from untyped JSON or a JS caller: anything but a string counts as empty.
  const text = (key: FieldKey): string => {
    const value: unknown = values[key];
    return typeof value === 'string' ? value : '';
  };
  const empties = new Map<FieldKey, boolean>();
  const isEmpty = (key: FieldKey): boolean => {
    let empty = empties.get(key);
    if (empty === undefined) {
      const value = text(key);
      empty = isBlank(value) || isPlaceholder(key, value);
      empties.set(key, empty);
    }
    return empty;
  };
  return {
    values,
    profile,
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    today: options.today ?? todayIn(),
    text,
    isEmpty,
    date: (key) => {
      let parsed = dates.get(key);
      if (parsed === undefined) {
        parsed = isEmpty(key) ? { kind: 'empty' } : parseDate(text(key));
        dates.set(key, parsed);
      }
      return parsed;
    },
    phone: (key) => {
      let parsed = phones.get(key);
      if (parsed === undefined) {
        parsed = isEmpty(key) ? { kind: 'empty' } : parsePhone(text(key));
        phones.set(key, parsed);
      }
      return parsed;
    },
  };
}

/**
 * Validates the values of one annotatie against a profile (default: Zoetermeer), with the
 * meeting calendar and today's date when given (see ValidationContext). Total: never throws,
 * whatever the strings hold; pure but for reading the clock when `today` is not given. Findings
 * come in document order of their field, with findings about the annotatie as a whole (field
 * null) last.
 */
export function validate(values: AnnotatieValues, profile: Profile = DEFAULT_PROFILE, options: ValidationContext = {}): readonly Finding[] {
  const safeValues: AnnotatieValues = typeof values === 'object' && values !== null ? values : {};
  const context = contextFor(safeValues, profile, options);
  const findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule.check(context));
  const order = (finding: Finding): number => (finding.field === null ? FIELD_KEYS.length : (FIELD_ORDER.get(finding.field) ?? FIELD_KEYS.length));
  return findings.sort((a, b) => order(a) - order(b));
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Whether any finding is an error (the task pane's "klaar" state, the CLI's exit code). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** Exit code of a command that validated (contract §6): 1 with error-level findings, else 0. Usage problems (2) are decided by the CLI. */
export function exitCodeFor(findings: readonly Finding[]): 0 | 1 {
  return hasErrors(findings) ? 1 : 0;
}

/** Most severe first, document order within a severity: for summaries. */
export function bySeverity(findings: readonly Finding[]): readonly Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** The findings about one field, e.g. for the task pane's Field under it. */
export function findingsFor(findings: readonly Finding[], key: FieldKey): readonly Finding[] {
  return findings.filter((finding) => finding.field === key);
}

/**
 * A document's own findings (control_missing, control_duplicate) together with the values'
 * findings: a field whose control is missing gets control_missing only, not also `required`
 * (one cause, one finding; `annotatie check` reports it the same way).
 */
export function withDocumentFindings(documentFindings: readonly Finding[], valueFindings: readonly Finding[]): readonly Finding[] {
  const missing = new Set(documentFindings.filter((finding) => finding.code === 'control_missing').map((finding) => finding.field));
  return [...documentFindings, ...valueFindings.filter((finding) => !(finding.code === 'required' && missing.has(finding.field)))];
}
