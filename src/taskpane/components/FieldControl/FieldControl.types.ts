import type { FieldDefinition, FieldKey, Language } from '../../../domain/fields';
import type { ReportedFinding } from '../../../domain/findings';

export interface FieldControlProps {
  readonly field: FieldDefinition;
  readonly value: string;
  /** The findings this field shows now (already filtered by shownFindings). */
  readonly findings: readonly ReportedFinding[];
  readonly language: Language;
  readonly options: readonly string[];
  readonly onChange: (field: FieldKey, value: string) => void;
  readonly onFocus: (field: FieldKey) => void;
  readonly onBlur: (field: FieldKey) => void;
}
