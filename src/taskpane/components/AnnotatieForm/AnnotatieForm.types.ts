import type { AccordionToggleEventHandler } from '@fluentui/react-components';
import type { AnnotatieValues, FieldKey, Language, SectionId } from '../../../domain/fields';
import type { Finding, ReportedFinding } from '../../../domain/findings';
import type { LoadStatus, ProblemCounts, SaveStatus } from '../../form-state';
import type { PaneCalendar } from '../../pane-calendar';

export interface AnnotatieFormState {
  readonly language: Language;
  readonly load: LoadStatus;
  readonly values: AnnotatieValues;
  /** Every finding, for the summary and the section counts. */
  readonly findings: readonly ReportedFinding[];
  /**
   * The findings the pane shows now: without the empty required fields the user has not visited
   * yet (see visibleFindings), until they try to save.
   */
  readonly visibleFindings: readonly ReportedFinding[];
  /** Required fields still empty and not flagged yet: the summary's neutral "still to fill in". */
  readonly pendingFields: readonly FieldKey[];
  /** Fields a restored draft holds that differ from the document (until saved or discarded). */
  readonly restoredFields: readonly FieldKey[];
  /** Throws away the unsaved edits of these fields: they show the document's text again. */
  readonly discard: (fields: readonly FieldKey[]) => void;
  /** The findings a field shows now (see shownFindings: new problems wait until the user leaves the field). */
  readonly findingsFor: (field: FieldKey) => readonly ReportedFinding[];
  /** Errors and warnings among the visible findings. */
  readonly counts: ProblemCounts;
  readonly sectionProblems: Readonly<Record<SectionId, number>>;
  readonly changedCount: number;
  readonly save: SaveStatus;
  readonly openSections: readonly SectionId[];
  readonly onToggleSection: AccordionToggleEventHandler<SectionId>;
  readonly onChange: (field: FieldKey, value: string) => void;
  readonly onFocus: (field: FieldKey) => void;
  readonly onBlur: (field: FieldKey) => void;
  /** Opens the field's section and moves keyboard focus to its control (summary links). */
  readonly goToField: (field: FieldKey) => void;
  readonly saveToDocument: () => Promise<void>;
  /** Re-creates the missing field controls with the pane's values (after a save found them gone). */
  readonly repairAndSave: () => Promise<void>;
  readonly insertAnnotatie: () => Promise<void>;
  readonly reload: () => Promise<void>;
  /**
   * The document was read again (the Controle tab): its values become the form's baseline, and
   * untouched fields show them; unsaved edits stay.
   */
  readonly syncWithDocument: (values: AnnotatieValues, documentFindings: readonly Finding[]) => void;
  /**
   * Puts these values in the form (in house style) and writes only them into the document, in
   * one round trip, leaving every other unsaved edit in the form alone (the Controle tab's
   * Advies commissie and one-click fixes).
   */
  readonly writeFields: (values: AnnotatieValues) => Promise<FieldWriteResult>;
  /** The profile's meeting calendar, loaded once the form is on screen (pane-calendar.ts). */
  readonly calendar: PaneCalendar;
}

export type FieldWriteResult =
  | { readonly status: 'nothing' }
  | { readonly status: 'saved'; readonly written: readonly FieldKey[] }
  | { readonly status: 'failed'; readonly written: readonly FieldKey[]; readonly notWritten: readonly FieldKey[]; readonly message: string };
