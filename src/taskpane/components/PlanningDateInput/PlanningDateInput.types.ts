import type { Language } from '../../../domain/fields';

export interface PlanningDateInputProps {
  readonly id: string;
  /** The field's label, for the calendar button's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly language: Language;
  readonly onChange: (value: string) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}
