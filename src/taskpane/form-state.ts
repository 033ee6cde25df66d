import { FIELDS, SECTIONS, type AnnotatieValues, type FieldDefinition, type FieldKey, type SectionId } from '../domain/fields';
import type { Finding, FindingCode, ReportedFinding } from '../domain/findings';
import { changedFields as changedFieldKeys } from '../domain/document-values';

/**
 * The task pane's state as a pure reducer: what the document holds (`saved`), what the form
 * holds (`values`), which field is being edited, and where loading/saving stand. No validation
 * here: findings come from the domain and are only filtered for display.
 */

export type LoadStatus =
  | { readonly status: 'loading' }
  | { readonly status: 'absent' }
  | { readonly status: 'inserting' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready' };

export type SaveStatus =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'nothing' }
  | { readonly status: 'saved'; readonly count: number }
  | {
      readonly status: 'failed';
      readonly notWritten: readonly FieldKey[];
      /** The whole sentence (what happened, what was and was not written), for logs and the Controle tab. */
      readonly message: string;
      /** What happened, in one sentence without field names: the save bar names the fields itself. */
      readonly reason: string;
      /** The fields were not written because their controls are gone: repair() can put them back. */
      readonly canRepair: boolean;
    };

/** The field being edited and the finding codes it had when the user entered it. */
export interface Editing {
  readonly field: FieldKey;
  readonly codesAtFocus: readonly FindingCode[];
}

export interface FormState {
  readonly load: LoadStatus;
  readonly saved: AnnotatieValues;
  readonly values: AnnotatieValues;
  /** What the last read found about the document itself (control_missing, control_duplicate). */
  readonly documentFindings: readonly Finding[];
  readonly editing: Editing | null;
  readonly save: SaveStatus;
  /**
   * Fields the user has left at least once since the annotatie was read: their empty-but-required
   * problems show from then on (see visibleFindings). A fresh annotatie starts calm.
   */
  readonly touched: readonly FieldKey[];
  /** The user tried to save: every problem shows, touched or not. */
  readonly revealAll: boolean;
  /** Fields a draft from an earlier session put back over the document's text (see restoredFields). */
  readonly restored: readonly FieldKey[];
}

export type FormAction =
  | { readonly type: 'loading' }
  | {
      readonly type: 'loaded';
      readonly values: AnnotatieValues;
      readonly findings: readonly Finding[];
      readonly draft?: AnnotatieValues;
    }
  | { readonly type: 'absent' }
  | { readonly type: 'inserting' }
  | { readonly type: 'loadFailed'; readonly message: string }
  | { readonly type: 'change'; readonly field: FieldKey; readonly value: string }
  | { readonly type: 'focus'; readonly field: FieldKey; readonly codes: readonly FindingCode[] }
  | { readonly type: 'blur'; readonly field: FieldKey }
  /** An attempt to save: from now on every problem shows, also of fields never visited. */
  | { readonly type: 'revealAll' }
  /** The user threw these unsaved edits away: the fields show the document's text again. */
  | { readonly type: 'discard'; readonly fields: readonly FieldKey[] }
  /** Save starts: the changed fields in house style replace what was typed (see normalizedChanges). */
  | { readonly type: 'normalized'; readonly values: AnnotatieValues }
  | { readonly type: 'saving' }
  | { readonly type: 'nothingToSave' }
  | { readonly type: 'saved'; readonly written: readonly FieldKey[]; readonly sent: AnnotatieValues }
  /**
   * The document was read again (the Controle tab's review, an accept or reject): its values
   * become the baseline; a field the user has not changed in the pane shows the new text, a
   * field with an unsaved edit keeps the edit (it is still a change, now against the new text).
   */
  | { readonly type: 'documentRead'; readonly values: AnnotatieValues; readonly findings: readonly Finding[] }
  /** Some fields were written outside "Opslaan in document" (the Controle tab): baseline only. */
  | { readonly type: 'fieldsWritten'; readonly written: readonly FieldKey[]; readonly sent: AnnotatieValues }
  | {
      readonly type: 'saveFailed';
      readonly written: readonly FieldKey[];
      readonly notWritten: readonly FieldKey[];
      readonly sent: AnnotatieValues;
      readonly message: string;
      readonly reason: string;
      readonly canRepair: boolean;
    };

export const INITIAL_FORM_STATE: FormState = {
  load: { status: 'loading' },
  saved: {},
  values: {},
  documentFindings: [],
  editing: null,
  save: { status: 'idle' },
  touched: [],
  revealAll: false,
  restored: [],
};

/** Empty and missing are the same value for a field (contract §5: a missing key is empty). */
function text(values: AnnotatieValues, key: FieldKey): string {
  return values[key] ?? '';
}

/** Fields whose form value differs from the document's, in field-table order (the domain's one rule). */
export function changedFields(state: Pick<FormState, 'saved' | 'values'>): readonly FieldKey[] {
  return changedFieldKeys(state.saved, state.values);
}

/** Only the changed fields: what "Opslaan in document" sends in its one round trip. */
export function changes(state: Pick<FormState, 'saved' | 'values'>): AnnotatieValues {
  const out: Partial<Record<FieldKey, string>> = {};
  for (const key of changedFields(state)) out[key] = text(state.values, key);
  return out;
}

/**
 * The changed fields as they will be written: in house style (contract §2), so the pane writes
 * what `annotatie new` writes and the form then shows what the document holds. A field whose
 * house-style form equals the document's is no longer a change.
 */
export function normalizedChanges(
  state: Pick<FormState, 'saved' | 'values'>,
  normalize: (key: FieldKey, text: string) => string,
): AnnotatieValues {
  const out: Partial<Record<FieldKey, string>> = {};
  for (const key of changedFields(state)) out[key] = normalize(key, text(state.values, key));
  return out;
}

function withWritten(saved: AnnotatieValues, sent: AnnotatieValues, written: readonly FieldKey[]): AnnotatieValues {
  const next: Partial<Record<FieldKey, string>> = { ...saved };
  for (const key of written) next[key] = sent[key] ?? '';
  return next;
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'loading':
      return { ...state, load: { status: 'loading' } };
    case 'loaded':
      // A draft from an earlier session wins over the document for the fields it holds: it is
      // what the user typed and did not get saved; the document stays the `saved` baseline.
      // Read afresh, nothing is touched yet: a new annotatie opens without a wall of errors.
      return {
        ...state,
        load: { status: 'ready' },
        saved: action.values,
        values: { ...action.values, ...(action.draft ?? {}) },
        documentFindings: action.findings,
        save: { status: 'idle' },
        touched: [],
        revealAll: false,
        restored: FIELDS.map((field) => field.key).filter(
          (key) => action.draft?.[key] !== undefined && action.draft[key] !== text(action.values, key),
        ),
      };
    case 'absent':
      return { ...state, load: { status: 'absent' } };
    case 'inserting':
      return { ...state, load: { status: 'inserting' } };
    case 'loadFailed':
      return { ...state, load: { status: 'failed', message: action.message } };
    case 'change':
      if (text(state.values, action.field) === action.value) return state;
      return {
        ...state,
        values: { ...state.values, [action.field]: action.value },
        save: state.save.status === 'saving' || state.save.status === 'failed' ? state.save : { status: 'idle' },
      };
    case 'focus':
      return { ...state, editing: { field: action.field, codesAtFocus: action.codes } };
    case 'blur': {
      const touched = state.touched.includes(action.field) ? state.touched : [...state.touched, action.field];
      return { ...state, touched, editing: state.editing?.field === action.field ? null : state.editing };
    }
    case 'revealAll':
      return state.revealAll ? state : { ...state, revealAll: true };
    case 'discard': {
      const values: Partial<Record<FieldKey, string>> = { ...state.values };
      for (const key of action.fields) {
        if (state.saved[key] === undefined) delete values[key];
        else values[key] = state.saved[key];
      }
      return { ...state, values };
    }
    case 'normalized':
      return { ...state, values: { ...state.values, ...action.values } };
    case 'saving':
      return { ...state, save: { status: 'saving' } };
    case 'nothingToSave':
      return { ...state, save: { status: 'nothing' } };
    case 'saved':
      return {
        ...state,
        saved: withWritten(state.saved, action.sent, action.written),
        save: { status: 'saved', count: action.written.length },
      };
    case 'documentRead': {
      if (state.load.status !== 'ready') return state;
      const values: Partial<Record<FieldKey, string>> = {};
      for (const field of FIELDS) {
        const untouched = text(state.values, field.key) === text(state.saved, field.key);
        const value = untouched ? action.values[field.key] : state.values[field.key];
        if (value !== undefined) values[field.key] = value;
      }
      return { ...state, saved: action.values, values, documentFindings: action.findings };
    }
    case 'fieldsWritten':
      return { ...state, saved: withWritten(state.saved, action.sent, action.written) };
    case 'saveFailed':
      return {
        ...state,
        saved: withWritten(state.saved, action.sent, action.written),
        save: {
          status: 'failed',
          notWritten: action.notWritten,
          message: action.message,
          reason: action.reason,
          canRepair: action.canRepair,
        },
      };
  }
}

/**
 * Which findings a field shows. While the user is typing in a field, a problem it did not have
 * when they entered it waits until they leave it (half-typed addresses are not errors yet),
 * but a problem they fix disappears at once. Everywhere else findings show as they are.
 */
export function shownFindings(
  findings: readonly ReportedFinding[],
  field: FieldKey,
  editing: Editing | null,
): readonly ReportedFinding[] {
  const own = findings.filter((finding) => finding.field === field);
  if (editing?.field !== field) return own;
  return own.filter((finding) => editing.codesAtFocus.includes(finding.code));
}

/**
 * The findings the pane shows now. A required field that is still empty is not an error yet
 * while the user has neither left it nor tried to save: a fresh annotatie would otherwise open
 * as a wall of red (issue 11). Such fields are counted apart (pendingFields), as "still to fill
 * in". Every other finding shows at once: it is about text that is there.
 */
export function visibleFindings<T extends Finding>(
  findings: readonly T[],
  state: Pick<FormState, 'touched' | 'revealAll'>,
): readonly T[] {
  if (state.revealAll) return findings;
  return findings.filter((finding) => !isPending(finding, state));
}

/** The required fields that are empty and not shown as problems yet, in document order. */
export function pendingFields(findings: readonly Finding[], state: Pick<FormState, 'touched' | 'revealAll'>): readonly FieldKey[] {
  if (state.revealAll) return [];
  const pending = new Set(findings.filter((finding) => isPending(finding, state)).map((finding) => finding.field));
  return FIELDS.map((field) => field.key).filter((key) => pending.has(key));
}

function isPending(finding: Finding, state: Pick<FormState, 'touched'>): boolean {
  return finding.code === 'required' && finding.field !== null && !state.touched.includes(finding.field);
}

/** The restored fields whose text still differs from the document's (saved or discarded ones drop out). */
export function restoredFields(state: Pick<FormState, 'restored' | 'saved' | 'values'>): readonly FieldKey[] {
  return state.restored.filter((key) => text(state.values, key) !== text(state.saved, key));
}

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** Errors and warnings (info is advice, not a problem). */
export function countProblems(findings: readonly ReportedFinding[]): ProblemCounts {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}

const SECTION_OF: ReadonlyMap<FieldKey, SectionId> = new Map(FIELDS.map((field) => [field.key, field.section]));

/**
 * Onderwerp is the title of the annotatie (it heads the document), not a contact detail: the pane
 * shows it above the sections, first in the tab order. fields.ts keeps it in Contactgegevens
 * (the document's order and the CLI depend on that); the regrouping is the pane's alone.
 */
export const TITLE_FIELD: FieldKey = 'onderwerp';

/** The fields a section of the pane shows, in document order: its own, without the title. */
export function fieldsOfSection(section: SectionId): readonly FieldDefinition[] {
  return FIELDS.filter((field) => field.section === section && field.key !== TITLE_FIELD);
}

/** The pane's section of a field, or null for the title above the sections. */
export function paneSectionOf(field: FieldKey): SectionId | null {
  return field === TITLE_FIELD ? null : (SECTION_OF.get(field) ?? null);
}

/**
 * Problems per section for the accordion headers; findings about the whole annotatie, and about
 * the title above the sections, count in no section.
 */
export function problemsBySection(findings: readonly ReportedFinding[]): Readonly<Record<SectionId, number>> {
  const counts = Object.fromEntries(SECTIONS.map((section) => [section.id, 0])) as Record<SectionId, number>;
  for (const finding of findings) {
    if (finding.severity === 'info' || finding.field === null) continue;
    const section = paneSectionOf(finding.field);
    if (section !== null) counts[section] += 1;
  }
  return counts;
}
