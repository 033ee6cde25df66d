import type { Language } from '../../../domain/fields';
import type { Phase } from '../../../domain/phases';

export interface PlanningDateInputProps {
  readonly id: string;
  /** The field's label, for the calendar button's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly language: Language;
  readonly onChange: (value: string) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
  /** The field's BOB phase: the calendar marks that phase's meeting days (issue 13). */
  readonly phase?: Phase;
}
