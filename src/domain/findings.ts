import type { FieldKey } from './fields';

/**
 * Finding codes (contract §4). Codes are stable public API: RIS imports and griffie scripts
 * branch on them. Add codes where users need them; never rename one.
 */
export const FINDING_CODES = [
  'required',
  'email_format',
  'email_domain_typo',
  'email_external_domain',
  'phone_format',
  'phone_style',
  'date_format',
  'date_style',
  'date_implausible',
  'planning_order',
  'planning_all_nvt',
  'planning_besluit_missing',
  'planning_weekday',
  'planning_no_meeting',
  'planning_in_past',
  'onderwerp_too_long',
  'value_unlisted',
  'unknown_key',
  'value_type',
  'text_invalid_characters',
  'control_missing',
  'control_duplicate',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding as data. `field` is a key of §2, or null for the annotatie as a whole. The text for
 * people is rendered at the edge from `code` and `params` (see messages.ts), in Dutch or English.
 */
export interface Finding {
  readonly field: FieldKey | null;
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The corrected value, where one can be given (e-mail typo, house style, the next meeting day). */
  readonly suggestion?: string;
  /** Values the message mentions (the unknown key, the expected weekday, …). */
  readonly params?: Readonly<Record<string, string>>;
}

/** A finding with its message, as the CLI's JSON and the task pane show it (contract §4). */
export interface ReportedFinding {
  readonly field: FieldKey | null;
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly suggestion?: string;
}
