import type { ChangeActionOutcome, ChangeSelection, ReviewOutcome } from '../../../document/port';
import type { FieldKey, Language } from '../../../domain/fields';
import type { ReportedFinding } from '../../../domain/findings';
import type { AnnotatieFormState } from '../AnnotatieForm/AnnotatieForm.types';

export interface ReviewTabProps {
  /** The pane's one form state, shared with the Invullen tab. */
  readonly form: AnnotatieFormState;
}

export type ReviewLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  /** `refreshing`: a new review is on its way; the last one stays on screen meanwhile. */
  | { readonly status: 'ready'; readonly review: ReviewOutcome; readonly at: Date; readonly refreshing: boolean };

/** What the last accept/reject did, for the message at the top of the changes. */
export type ChangeNotice =
  | { readonly kind: 'outcome'; readonly outcome: ChangeActionOutcome }
  | { readonly kind: 'failed'; readonly action: 'accept' | 'reject'; readonly message: string };

/** A finding's one-click fix or a field selected in the document, and how it went. */
export type FieldNotice =
  | { readonly kind: 'fixed'; readonly field: FieldKey }
  | { readonly kind: 'fixFailed'; readonly field: FieldKey; readonly message: string }
  | { readonly kind: 'selectFailed'; readonly field: FieldKey; readonly message: string };

export interface ReviewTabState {
  readonly language: Language;
  readonly load: ReviewLoad;
  /** Every finding about the document's values (not the form's unsaved edits), with messages. */
  readonly findings: readonly ReportedFinding[];
  /** The key of the action in flight ("accept:all", "reject:field:programma"…), or null. */
  readonly busy: string | null;
  readonly changeNotice: ChangeNotice | null;
  readonly fieldNotice: FieldNotice | null;
  /** Unsaved edits in the Invullen tab (the review is about the document). */
  readonly unsaved: number;
  readonly refresh: () => Promise<void>;
  /** Accepts or rejects a selection: one round trip; the outcome carries the review after it. */
  readonly act: (action: 'accept' | 'reject', selection: ChangeSelection, key: string) => Promise<void>;
  /** Puts the cursor on the field's control in the document. */
  readonly selectField: (field: FieldKey) => Promise<void>;
  /** Writes a finding's suggestion into the document (one round trip), then reviews again. */
  readonly applyFix: (field: FieldKey, suggestion: string) => Promise<void>;
  /** After the Controle tab wrote a field itself (Advies commissie): review again. */
  readonly afterWrite: () => Promise<void>;
}
