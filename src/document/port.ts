/**
 * The port between the task pane (and preview page) and a document that carries the annotatie as
 * tagged content controls. The task pane depends on this interface only; the Word adapter in
 * ./word implements it and is the only code that calls `Word.run` / `context.sync`.
 *
 * How to get one (engineer D):
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
 * - Drafts: `createDraftStore(window.localStorage)` from '../document/word', keyed by
 *   `await doc.identity()` (stored in the document's add-in settings, no round trip).
 * - Call detect() (or read()) when the pane opens: insertTemplate refuses a second annotatie and
 *   write/repair skip missing controls based on what the last detect/read saw.
 *
 * Every operation resolves (never rejects on a Word failure) to a {@link WordResult}: either
 * `{ ok: true, ... }` or `{ ok: false, failure }`, where the failure says what was and was not
 * written; `messageFor(failure, lang)` gives the Dutch or English sentence for the user.
 */
import type { AnnotatieValues, FieldKey, Language } from '../domain/fields';
import { fieldByKey } from '../domain/fields';
import type { Finding } from '../domain/findings';

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

export type OperationName = 'detect' | 'read' | 'insertTemplate' | 'write' | 'select' | 'repair';

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
}

export interface InsertOutcome {
  readonly inserted: readonly FieldKey[];
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
}

export interface SelectOutcome {
  readonly key: FieldKey;
}

export interface RepairOutcome {
  /** Field controls that were missing and are now re-created, empty or with the given value. */
  readonly recreated: readonly FieldKey[];
  /** Missing field controls with no place left to put them (e.g. their whole table is gone). */
  readonly notRecreated: readonly FieldKey[];
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
   * {@link changedFields}); never touches text outside the annotatie's controls and never
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
}

/** The keys whose value differs between what the document held and what the pane holds now. */
export function changedFields(before: AnnotatieValues, after: AnnotatieValues): AnnotatieValues {
  const changes: Partial<Record<FieldKey, string>> = {};
  for (const key of Object.keys(after) as FieldKey[]) {
    const value = after[key] ?? '';
    if (value !== (before[key] ?? '')) changes[key] = value;
  }
  return changes;
}

const KIND_TEXT: Readonly<Record<WordFailureKind, Readonly<Record<Language, string>>>> = {
  accessDenied: {
    nl: 'Word staat wijzigen hier niet toe: het document is beveiligd, alleen-lezen of het veld is vergrendeld.',
    en: 'Word does not allow changes here: the document is protected, read-only, or the field is locked.',
  },
  generalException: {
    nl: 'Word kon de wijziging niet uitvoeren.',
    en: 'Word could not carry out the change.',
  },
  itemNotFound: {
    nl: 'Een veld in het document is intussen verdwenen of verplaatst.',
    en: 'A field in the document disappeared or moved in the meantime.',
  },
  connectionLost: {
    nl: 'De verbinding met Word is verbroken.',
    en: 'The connection to Word was lost.',
  },
  notSupported: {
    nl: 'Deze versie van Word ondersteunt dit niet.',
    en: 'This version of Word does not support this.',
  },
  noAnnotatie: {
    nl: 'Dit document bevat nog geen annotatie. Voeg eerst de annotatie in.',
    en: 'This document has no annotatie yet. Insert the annotatie first.',
  },
  alreadyPresent: {
    nl: 'Dit document bevat al een annotatie; er is geen tweede ingevoegd.',
    en: 'This document already holds an annotatie; no second one was inserted.',
  },
  unknown: {
    nl: 'Er ging iets mis in Word.',
    en: 'Something went wrong in Word.',
  },
};

function labels(keys: readonly FieldKey[], lang: Language): string {
  return keys.map((key) => fieldByKey(key).label[lang]).join(', ');
}

/**
 * The sentence the user reads after a failure: what happened, what was written, what was not,
 * and that the values are kept. Dutch by default, English when the UI is English.
 */
export function messageFor(failure: WordFailure, lang: Language = 'nl'): string {
  const parts = [KIND_TEXT[failure.kind][lang]];
  const nl = lang === 'nl';
  if (failure.written.length > 0) {
    parts.push(nl ? `Wel geschreven: ${labels(failure.written, lang)}.` : `Written: ${labels(failure.written, lang)}.`);
  }
  if (failure.notWritten.length > 0) {
    parts.push(
      nl ? `Niet geschreven: ${labels(failure.notWritten, lang)}.` : `Not written: ${labels(failure.notWritten, lang)}.`,
    );
  }
  if (failure.uncertain.length > 0) {
    parts.push(
      nl
        ? `Onbekend of dit is geschreven: ${labels(failure.uncertain, lang)}.`
        : `Unknown whether this was written: ${labels(failure.uncertain, lang)}.`,
    );
  }
  if (failure.notWritten.length > 0 || failure.uncertain.length > 0) {
    parts.push(
      nl
        ? 'Uw invoer is bewaard in het taakvenster en als concept; probeer het opnieuw.'
        : 'Your input is kept in the task pane and as a draft; please try again.',
    );
  } else if (failure.written.length === 0 && failure.operation !== 'detect' && failure.operation !== 'read' && failure.operation !== 'select') {
    parts.push(nl ? 'Er is niets gewijzigd in het document.' : 'Nothing in the document was changed.');
  }
  return parts.join(' ');
}
