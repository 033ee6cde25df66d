import type { ReportedFinding, Severity } from '../domain/findings';

/** Fluent `Field`'s validationState values (react-field FieldProps['validationState']). */
export type ValidationState = 'error' | 'warning' | 'success' | 'none';

export interface FieldValidation {
  readonly validationState: ValidationState;
  readonly validationMessage?: string;
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };
const STATE: Readonly<Record<Severity, ValidationState>> = { error: 'error', warning: 'warning', info: 'none' };

/**
 * THE mapper from a field's findings to Fluent `Field` props. `Field` only displays (Fluent's
 * docs: it does no validation); the domain decided what is wrong. The worst severity sets the
 * state; info (e.g. house style) shows its message without an error colour. All messages are
 * shown, worst first, so no finding is hidden behind another.
 */
export function fieldValidation(findings: readonly ReportedFinding[]): FieldValidation {
  if (findings.length === 0) return { validationState: 'none' };
  const sorted = [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const worst = sorted[0] as ReportedFinding;
  return {
    validationState: STATE[worst.severity],
    validationMessage: sorted.map((finding) => finding.message).join(' '),
  };
}
