/**
 * The port between the task pane (and preview page) and a document that carries the annotatie as
 * tagged content controls. The task pane depends on this interface only; the Word adapter in
 * ./word implements it and is the only code that calls `Word.run` / `context.sync`.
 *
 * How to get one:
 *
 * - In Word (task pane entry): `const ready = await whenOfficeReady()` from
 *   '../document/word/office-ready' (waits for Office.onReady), then
 *   `createWordDocument(ready.host)` from '../document/word'. `officeHost()` gives the same host
 *   once Office is ready.
 * - In the preview page (no Word): run the REAL word layer against the fake:
 *     const fake = createFakeWord({ latencyMs: 40, realDelay: true });   // '../document/word/fake'
 *     const doc = createWordDocument(fake.host);
 *   and show the document with `fake.renderHtml()` (escaped HTML) or `fake.snapshot()` (a
 *   serialisable tree), refreshed from `fake.subscribe(listener)`; `fake.user.*` plays the user
 *   (type in a control, delete it, paste a copy, turn tracking on, protect the document).
 * - Drafts: `documentDrafts(draftsByDocument(browserStorage()), id)` from '../taskpane/drafts', keyed by
 *   `await doc.identity()` (stored in the document's add-in settings, no round trip).
 * - Call detect() (or read()) when the pane opens: insertTemplate refuses a second annotatie and
 *   write/repair skip missing controls based on what the last detect/read saw.
 * - The Controle tab: review() for everything it shows (values, per-field tracked changes with
 *   author and date, original text where changes cannot be listed, "edited outside the pane",
 *   capabilities); then acceptChanges/rejectChanges(selection) with a domain ChangeSelection
 *   (one change by field + index, a field, an author, all). Each outcome carries the review after
 *   the action, so the tab re-renders from it without another call. Grouping per field/author is
 *   the domain's changesByField/changesByAuthor (src/domain/review.ts), also used by the CLI.
 *
 * Every operation resolves (never rejects on a Word failure) to a {@link WordResult}: either
 * `{ ok: true, ... }` or `{ ok: false, failure }`, where the failure says what was and was not
 * written; `messageFor(failure, lang)` gives the Dutch or English sentence for the user.
 */
import type { AnnotatieValues, FieldKey, Language } from '../domain/fields';
import { fieldByKey } from '../domain/fields';
import type { Finding } from '../domain/findings';
import { format, type MessageSet } from '../domain/i18n';
import type { ChangeSelection, FieldChange, ValueSnapshot } from '../domain/review';

export type { ChangeSelection, ValueSnapshot } from '../domain/review';

/** Where a new annotatie goes: at the user's cursor, or at the very start of the document. */
export type InsertLocation = 'cursor' | 'start';

export const WORD_FAILURE_KINDS = [
  /** Protected or read-only document, locked control (Word error code AccessDenied). */
  'accessDenied',
  /** Word's catch-all (GeneralException), e.g. an edit Word refuses in this place. */
  'generalException',
  /** A control or object vanished between the user's action and ours (ItemNotFound). */
  'itemNotFound',
  /** The round trip never came back: Word on the web lost its connection, or the host closed. */
  'connectionLost',
  /** This Word lacks a needed requirement set, or the API is missing in this host. */
  'notSupported',
  /** The operation needs an annotatie and the document has none (write/select/repair). */
  'noAnnotatie',
  /** The document already holds an annotatie (insertTemplate refuses to make a second). */
  'alreadyPresent',
  'unknown',
] as const;

export type WordFailureKind = (typeof WORD_FAILURE_KINDS)[number];

export type OperationName =
  | 'detect'
  | 'read'
  | 'insertTemplate'
  | 'write'
  | 'select'
  | 'repair'
  | 'review'
  | 'acceptChanges'
  | 'rejectChanges'
  | 'readLegacyText'
  | 'removeLegacyText';

export interface WordFailure {
  readonly kind: WordFailureKind;
  readonly operation: OperationName;
  /** Fields whose new value is in the document (checked after the failure where Word allows). */
  readonly written: readonly FieldKey[];
  /** Fields that were meant to be written and are not in the document: keep them in the pane. */
  readonly notWritten: readonly FieldKey[];
  /** Fields we could not check (e.g. the connection dropped): treat as not written. */
  readonly uncertain: readonly FieldKey[];
  /** Word's own error code and message, for logs and support; never shown alone to users. */
  readonly code?: string;
  readonly detail?: string;
}

export type WordResult<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly failure: WordFailure };

export interface Detection {
  /** A live `annotatie` wrapper control is in the document. */
  readonly present: boolean;
  /** `annotatie-raadsvoorstel/1`, or null when the document does not say (or the host cannot tell). */
  readonly schemaVersion: string | null;
  /** Fields with at least one live control inside the wrapper, in field order. */
  readonly fields: readonly FieldKey[];
  /** Whether Word could tell tracked-deleted controls apart (WordApi 1.5); else they count as live. */
  readonly trackedDeletionsKnown: boolean;
}

export interface ReadOutcome {
  /** Current text of each field's control (multi-line text joined with "\n"); missing or empty fields absent. */
  readonly values: AnnotatieValues;
  /** control_missing / control_duplicate, as data (contract §4). */
  readonly findings: readonly Finding[];
  readonly trackedDeletionsKnown: boolean;
  /** Whether Word is tracking changes (WordApi 1.4; null when the host cannot tell). */
  readonly trackingChanges: boolean | null;
  /**
   * False when a value may hold deleted text next to inserted text: the host lacks
   * getReviewedText (WordApi 1.4) and its `text` follows the user's markup view (office-js #5286,
   * #2314). Absent means exact (older implementations of the port).
   */
  readonly valuesExact?: boolean;
}

export interface InsertOutcome {
  readonly inserted: readonly FieldKey[];
  /** Whether the snapshot of written values was updated in the same batch (needs WordApi 1.4). */
  readonly snapshotWritten?: boolean;
}

export interface WriteOutcome {
  /** Fields whose control got the new text. */
  readonly written: readonly FieldKey[];
  /** Fields asked for whose control is missing: nothing written (run repair, then write again). */
  readonly notWritten: readonly FieldKey[];
  /**
   * Fields asked for whose value equals what the last read found: not written, so an edit made
   * in the document since (by the user or a co-author) is not overwritten by a stale value.
   */
  readonly unchanged?: readonly FieldKey[];
  /** Whether the snapshot of written values was updated in the same batch (needs WordApi 1.4). */
  readonly snapshotWritten?: boolean;
}

export interface SelectOutcome {
  readonly key: FieldKey;
}

export interface RepairOutcome {
  /** Field controls that were missing and are now re-created, empty or with the given value. */
  readonly recreated: readonly FieldKey[];
  /** Missing field controls with no place left to put them (e.g. their whole table is gone). */
  readonly notRecreated: readonly FieldKey[];
  /** Whether the snapshot of written values was updated in the same batch (needs WordApi 1.4). */
  readonly snapshotWritten?: boolean;
}

/** What this Word can do for the review, so the Controle tab can say what it cannot show. */
export interface ReviewCapabilities {
  /** WordApi 1.6: the tracked changes per field, each one accepted or rejected on its own. */
  readonly trackedChanges: boolean;
  /** WordApi 1.4: getReviewedText, so values are exact and (without 1.6) original against current text. */
  readonly reviewedText: boolean;
  /** WordApi 1.4: whether track changes is on. */
  readonly trackingMode: boolean;
  /** WordApi 1.5: controls that are pending tracked deletions are told apart (#1299). */
  readonly trackedDeletions: boolean;
  /** WordApi 1.4 custom XML parts: the snapshot of written values is read and written. */
  readonly snapshot: boolean;
}

/**
 * A pending tracked change in a field, as the review shows it. Word gives tracked changes no id,
 * so a change is found again by its field and its position among that field's changes
 * (`index`), and checked by what it says (type, author, date, text) when acted on.
 */
export interface ReviewedChange extends FieldChange {
  /** `${field}#${index}`: stable until the field's changes change. */
  readonly id: string;
  readonly index: number;
}

export interface FieldReview {
  readonly key: FieldKey;
  /** The current text (every pending change accepted); "" when empty. */
  readonly current: string;
  /**
   * The original text (every pending change rejected), given where the host has getReviewedText
   * (WordApi 1.4) but cannot list changes (WordApi 1.6); otherwise null.
   */
  readonly original: string | null;
  /** Locked for editing (w:lock contentLocked): Word refuses accept/reject inside it (#2886). */
  readonly locked: boolean;
  /** Its pending changes in document order (empty without WordApi 1.6). */
  readonly changes: readonly ReviewedChange[];
  /** Its text differs from what the add-in last wrote there (see the snapshot). */
  readonly editedOutsidePane: boolean;
}

export interface ReviewOutcome {
  /** Current text per field, as read() gives it. */
  readonly values: AnnotatieValues;
  /** See ReadOutcome.valuesExact. */
  readonly valuesExact: boolean;
  /** control_missing / control_duplicate (contract §4). */
  readonly findings: readonly Finding[];
  /** Every field with a live control, in field order. */
  readonly fields: readonly FieldReview[];
  /** All pending changes in the fields, field by field in document order. */
  readonly changes: readonly ReviewedChange[];
  readonly trackingChanges: boolean | null;
  readonly trackedDeletionsKnown: boolean;
  /** The snapshot of values the add-in last wrote; null when there is none (or the host cannot read it). */
  readonly snapshot: ValueSnapshot | null;
  /** Fields whose text differs from the snapshot: edited in Word directly or by a co-author. */
  readonly editedOutsidePane: readonly FieldKey[];
  readonly capabilities: ReviewCapabilities;
}

/** Why a change in a selection was not accepted or rejected. */
export type NotDoneReason =
  /** Its control is locked for editing; Word refuses accept/reject there (office-js #2886). */
  | 'locked'
  /** The field's changes differ from the review (a co-author, or Word itself): nothing was done there. */
  | 'changed'
  /** The field's control is gone. */
  | 'controlMissing'
  /** Word refused (protected document…); see `refusal`. */
  | 'refused';

export interface ChangeActionOutcome {
  readonly action: 'accept' | 'reject';
  /** The changes Word accepted or rejected, as Word held them when it did. */
  readonly done: readonly ReviewedChange[];
  readonly notDone: readonly { readonly change: ReviewedChange; readonly reason: NotDoneReason }[];
  /**
   * Changes acted on that the review did not show: a whole field or everything was accepted or
   * rejected, as Word's own "Accept all" does, and a co-author had added to it since.
   */
  readonly unexpected: readonly ReviewedChange[];
  /** Word's error when it refused part of the action. */
  readonly refusal?: { readonly kind: WordFailureKind; readonly code?: string; readonly detail?: string };
  /** The review after the action, read in the same round trip. */
  readonly review: ReviewOutcome;
}

/** One paragraph of the document's body as readLegacyText found it. */
export interface LegacyTextParagraph {
  /** Its current text (pending deletions left out where the host can tell, WordApi 1.4). */
  readonly text: string;
  /** Styled as a heading (Word's built-in Heading/Title styles). */
  readonly heading: boolean;
  /** Inside a table cell (WordApi 1.3 tableNestingLevel > 0). */
  readonly inTable: boolean;
}

/**
 * Where the old text is: the paragraphs from `start` (an index into the body's paragraphs when
 * it was read) with exactly these texts, and how many paragraphs came after them. The second
 * confirmation hands it back to removeLegacyText, which removes these paragraphs only if they are
 * still there with this text.
 */
export interface LegacyTextSpan {
  readonly start: number;
  readonly texts: readonly string[];
  /** Paragraphs after the span when it was read: finds it again after an insert at the start. */
  readonly after: number;
}

export interface LegacyTextOutcome {
  /** The document holds an annotatie (its wrapper or field controls): there is nothing to convert. */
  readonly annotatiePresent: boolean;
  /** The body's paragraphs outside the annotatie, in document order. */
  readonly paragraphs: readonly LegacyTextParagraph[];
  /** The non-empty stretch of `paragraphs`, first to last, as a span for removeLegacyText; null when all are empty. */
  readonly span: LegacyTextSpan | null;
  /** Whether Word is tracking changes (WordApi 1.4; null when the host cannot tell). */
  readonly trackingChanges: boolean | null;
}

export interface RemoveLegacyOutcome {
  /**
   * removed: the span's paragraphs are deleted (as tracked deletions when tracking is on);
   * changed: they are not in the document as read (edited, moved, partly deleted): nothing removed.
   */
  readonly status: 'removed' | 'changed';
  /** Paragraphs deleted (0 when changed). */
  readonly removed: number;
  /** Whether the deletion is tracked (track changes on, WordApi 1.4; null when the host cannot tell). */
  readonly tracked: boolean | null;
}

export interface AnnotatieDocument {
  /** Is there an annotatie, which schema version, which fields are present. One round trip. */
  detect(): Promise<WordResult<Detection>>;
  /** Every value plus control_missing / control_duplicate findings. One round trip. */
  read(): Promise<WordResult<ReadOutcome>>;
  /** The annotatie (filled where values are given) at the cursor or the start. One round trip. */
  insertTemplate(values: AnnotatieValues, where: InsertLocation): Promise<WordResult<InsertOutcome>>;
  /**
   * Writes the given fields into their controls (pass only the fields that changed: see
   * the domain's `changedFields`); never touches text outside the annotatie's controls and never
   * switches track changes off. One round trip; on failure a second one checks what landed.
   */
  write(changes: AnnotatieValues): Promise<WordResult<WriteOutcome>>;
  /** Puts the cursor on the field's control and scrolls to it. One round trip. */
  select(key: FieldKey): Promise<WordResult<SelectOutcome>>;
  /** Re-creates missing field controls in their place, filled from `values` where given. One round trip. */
  repair(values?: AnnotatieValues): Promise<WordResult<RepairOutcome>>;
  /**
   * A stable identity of this document for the draft store, surviving closing and reopening the
   * pane (stored in the document's add-in settings; no Word round trip).
   */
  identity(): Promise<string>;
  /**
   * Everything the Controle tab shows: current values, per-field tracked changes, original text
   * where only WordApi 1.4 is there, whether tracking is on, the snapshot and which fields were
   * edited outside the pane, control findings, and what this Word can do. One round trip once
   * the adapter has read the document (see src/document/word/NOTES.md for the exceptions).
   */
  review(): Promise<WordResult<ReviewOutcome>>;
  /**
   * Accepts the selected changes, as shown by the last review (or a fresh one). Touches only
   * changes inside the annotatie's field controls. Never rejects: what could not be done is in
   * the outcome, with a fresh review. One round trip (one more when the changes moved meanwhile).
   */
  acceptChanges(selection: ChangeSelection): Promise<WordResult<ChangeActionOutcome>>;
  /** As acceptChanges, rejecting. */
  rejectChanges(selection: ChangeSelection): Promise<WordResult<ChangeActionOutcome>>;
  /**
   * The body's text, paragraph by paragraph, for recognising an annotatie written before the
   * add-in (src/domain/legacy), with the scan for annotatie controls. One round trip.
   */
  readLegacyText(): Promise<WordResult<LegacyTextOutcome>>;
  /**
   * Deletes the old text of a span readLegacyText gave, only when those paragraphs are still
   * there with the same text; tracked when track changes is on (Word tracks the deletion itself).
   * Two round trips in one Word.run: office.js cannot make a delete depend on a text read in the
   * same batch, so the check comes back before the delete goes.
   */
  removeLegacyText(span: LegacyTextSpan): Promise<WordResult<RemoveLegacyOutcome>>;
}

/** The sentences of a failure, per language: one per kind, then what was and was not written. */
export const WORD_FAILURE_TEXTS: MessageSet<WordFailureKind | 'written' | 'notWritten' | 'uncertain' | 'inputKept' | 'nothingChanged'> = {
  nl: {
    accessDenied: 'Word staat wijzigen hier niet toe: het document is beveiligd, alleen-lezen of het veld is vergrendeld.',
    generalException: 'Word kon de wijziging niet uitvoeren.',
    itemNotFound: 'Een veld in het document is intussen verdwenen of verplaatst.',
    connectionLost: 'De verbinding met Word is verbroken.',
    notSupported: 'Deze versie van Word ondersteunt dit niet.',
    noAnnotatie: 'Dit document bevat nog geen annotatie. Voeg eerst de annotatie in.',
    alreadyPresent: 'Dit document bevat al een annotatie; er is geen tweede ingevoegd.',
    unknown: 'Er ging iets mis in Word.',
    written: 'Wel geschreven: {fields}.',
    notWritten: 'Niet geschreven: {fields}.',
    uncertain: 'Onbekend of dit is geschreven: {fields}.',
    inputKept: 'Uw invoer is bewaard in het taakvenster en als concept; probeer het opnieuw.',
    nothingChanged: 'Er is niets gewijzigd in het document.',
  },
  en: {
    accessDenied: 'Word does not allow changes here: the document is protected, read-only, or the field is locked.',
    generalException: 'Word could not carry out the change.',
    itemNotFound: 'A field in the document disappeared or moved in the meantime.',
    connectionLost: 'The connection to Word was lost.',
    notSupported: 'This version of Word does not support this.',
    noAnnotatie: 'This document has no annotatie yet. Insert the annotatie first.',
    alreadyPresent: 'This document already holds an annotatie; no second one was inserted.',
    unknown: 'Something went wrong in Word.',
    written: 'Written: {fields}.',
    notWritten: 'Not written: {fields}.',
    uncertain: 'Unknown whether this was written: {fields}.',
    inputKept: 'Your input is kept in the task pane and as a draft; please try again.',
    nothingChanged: 'Nothing in the document was changed.',
  },
};

/** What a kind of failure means, in one sentence (e.g. for Word's refusal of part of a review action). */
export function failureKindText(kind: WordFailureKind, lang: Language = 'nl'): string {
  return WORD_FAILURE_TEXTS[lang][kind];
}

const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set(['detect', 'read', 'select', 'review', 'readLegacyText']);

function labels(keys: readonly FieldKey[], lang: Language): string {
  return keys.map((key) => fieldByKey(key).label[lang]).join(', ');
}

/**
 * The sentence the user reads after a failure: what happened, what was written, what was not,
 * and that the values are kept. Dutch by default, English when the UI is English.
 */
export function messageFor(failure: WordFailure, lang: Language = 'nl'): string {
  const texts = WORD_FAILURE_TEXTS[lang];
  const parts = [texts[failure.kind]];
  if (failure.written.length > 0) parts.push(format(texts.written, { fields: labels(failure.written, lang) }));
  if (failure.notWritten.length > 0) parts.push(format(texts.notWritten, { fields: labels(failure.notWritten, lang) }));
  if (failure.uncertain.length > 0) parts.push(format(texts.uncertain, { fields: labels(failure.uncertain, lang) }));
  if (failure.notWritten.length > 0 || failure.uncertain.length > 0) parts.push(texts.inputKept);
  else if (failure.written.length === 0 && !READ_ONLY_OPERATIONS.has(failure.operation)) parts.push(texts.nothingChanged);
  return parts.join(' ');
}
