/**
 * The griffie's review as data: pending tracked changes grouped per field and per author, which
 * changes a review action covers, and which fields were edited outside the pane (their text
 * differs from the snapshot of values the add-in last wrote).
 *
 * One implementation for every reader of a document: the Word layer (src/document/word) hands
 * its changes and values in here, and so does `annotatie check` with what the .docx reader finds
 * (`{ field, type, author, date, text }`, contract §6). Pure: no office-js, no XML; the snapshot's
 * file format lives in src/document/shape/snapshot-part.ts.
 */
import { FIELDS } from './fields';
import type { AnnotatieValues, FieldKey } from './fields';

/**
 * One pending tracked change inside a field's control. The .docx reader's `TrackedChange` is one
 * (its `text` is always a string); the Word layer's `ReviewedChange` adds where to find it again.
 */
export interface FieldChange {
  readonly field: FieldKey;
  readonly type: 'insert' | 'delete';
  readonly author: string;
  /** ISO 8601, or null when the document does not say (w:date is optional, ECMA-376 §17.13.5). */
  readonly date: string | null;
  /** The inserted or deleted text; null when the host did not say (Word for Mac, office-js #5178). */
  readonly text: string | null;
}

/** A change with its position among its field's changes (document order, from 0). */
export type IndexedChange<T extends FieldChange = FieldChange> = T & { readonly index: number };

/** Adds each change's position within its field, counting in the order given (document order). */
export function indexChanges<T extends FieldChange>(changes: readonly T[]): IndexedChange<T>[] {
  const seen = new Map<FieldKey, number>();
  return changes.map((change) => {
    const index = seen.get(change.field) ?? 0;
    seen.set(change.field, index + 1);
    return { ...change, index };
  });
}

export interface AuthorChanges<T extends FieldChange = FieldChange> {
  readonly author: string;
  readonly changes: readonly T[];
  /** The fields this author changed, in field order. */
  readonly fields: readonly FieldKey[];
  /** The latest date among the changes (ISO strings compare in time order), or null. */
  readonly latest: string | null;
}

export interface FieldChanges<T extends FieldChange = FieldChange> {
  readonly field: FieldKey;
  readonly changes: readonly T[];
  /** The field's changes per author, authors in order of their first change in the field. */
  readonly authors: readonly AuthorChanges<T>[];
}

function byAuthor<T extends FieldChange>(changes: readonly T[]): AuthorChanges<T>[] {
  const groups = new Map<string, T[]>();
  for (const change of changes) {
    const group = groups.get(change.author);
    if (group) group.push(change);
    else groups.set(change.author, [change]);
  }
  return [...groups].map(([author, list]) => ({
    author,
    changes: list,
    fields: FIELDS.map((field) => field.key).filter((key) => list.some((change) => change.field === key)),
    latest: list.reduce<string | null>((latest, change) => (change.date !== null && (latest === null || change.date > latest) ? change.date : latest), null),
  }));
}

/** Changes per field, fields in the order of the annotatie (§2), each field's changes in document order. */
export function changesByField<T extends FieldChange>(changes: readonly T[]): readonly FieldChanges<T>[] {
  const out: FieldChanges<T>[] = [];
  for (const field of FIELDS) {
    const own = changes.filter((change) => change.field === field.key);
    if (own.length > 0) out.push({ field: field.key, changes: own, authors: byAuthor(own) });
  }
  return out;
}

/** Changes per author over the whole annotatie, authors in order of their first change (field order). */
export function changesByAuthor<T extends FieldChange>(changes: readonly T[]): readonly AuthorChanges<T>[] {
  const ordered = changesByField(changes).flatMap((group) => group.changes);
  return byAuthor(ordered);
}

/** What a review action (accept or reject) covers. */
export type ChangeSelection =
  /** One change: its field and its position among that field's changes when it was shown. */
  | { readonly kind: 'change'; readonly field: FieldKey; readonly index: number }
  | { readonly kind: 'field'; readonly field: FieldKey }
  /** Every change by one author, optionally only in one field. */
  | { readonly kind: 'author'; readonly author: string; readonly field?: FieldKey }
  | { readonly kind: 'all' };

/** The changes of `changes` a selection covers, in the order given. */
export function selectChanges<T extends FieldChange>(changes: readonly IndexedChange<T>[], selection: ChangeSelection): IndexedChange<T>[] {
  switch (selection.kind) {
    case 'all':
      return [...changes];
    case 'field':
      return changes.filter((change) => change.field === selection.field);
    case 'author':
      return changes.filter((change) => change.author === selection.author && (selection.field === undefined || change.field === selection.field));
    case 'change':
      return changes.filter((change) => change.field === selection.field && change.index === selection.index);
  }
}

/** Whether two descriptions are the same change (as far as the host says: Word gives changes no id). */
export function sameChange(a: FieldChange, b: FieldChange): boolean {
  // A host that does not give a deletion's text (null) matches on the rest.
  const textMatches = a.text === null || b.text === null || a.text === b.text;
  return a.field === b.field && a.type === b.type && a.author === b.author && a.date === b.date && textMatches;
}

// ---------------------------------------------------------------------------------------------
// The snapshot of values the add-in last wrote.

/** Version of the snapshot format (src/document/shape/snapshot-part.ts writes it as `version="1"`). */
export const SNAPSHOT_VERSION = 1 as const;

/**
 * What the add-in last wrote into each field, as it reads back (the Word layer stores the value
 * after the same normalisation a read applies). A field the add-in never wrote is absent: nothing
 * to compare it with. An empty string is a field the add-in emptied (or left empty on insert).
 */
export interface ValueSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** When the add-in last wrote (ISO 8601), or null when the file does not say. */
  readonly written: string | null;
  readonly values: Readonly<Partial<Record<FieldKey, string>>>;
}

/**
 * The form two texts are compared in: line breaks as "\n" whatever the reader made of them
 * (Word's "\r" between paragraphs, "\v" for a manual line break, a .docx reader's "\n"), and no
 * trailing line break (Word may end a control's text with one). Anything else is a real edit,
 * even a single space.
 */
export function comparableText(text: string): string {
  return text.replace(/\r\n|\r|\v/g, '\n').replace(/\n+$/, '');
}

/** The snapshot after writing `values` at `written`: the given fields replaced, the rest kept. */
export function updateSnapshot(snapshot: ValueSnapshot | null, values: AnnotatieValues, written: string): ValueSnapshot {
  const merged: Partial<Record<FieldKey, string>> = { ...(snapshot?.values ?? {}) };
  for (const field of FIELDS) {
    const value = values[field.key];
    if (value !== undefined) merged[field.key] = comparableText(value);
  }
  return { version: SNAPSHOT_VERSION, written, values: merged };
}

export interface OutsideEditOptions {
  /**
   * Fields whose control is not in the document (control_missing): they have no text to compare,
   * so they are not reported as edited (their finding says what happened).
   */
  readonly absent?: Iterable<FieldKey>;
}

/**
 * "Edited outside the pane": the fields whose current text differs from what the add-in last
 * wrote there — typed in Word directly, by the user or a co-author, or a change the pane wrote
 * that was since rejected. `current` holds every field's current text (a missing or empty one may
 * be absent from it: it counts as ""). Fields in field order; none without a snapshot.
 */
export function fieldsEditedOutsidePane(current: AnnotatieValues, snapshot: ValueSnapshot | null, options: OutsideEditOptions = {}): FieldKey[] {
  if (!snapshot) return [];
  const absent = new Set(options.absent ?? []);
  return FIELDS.map((field) => field.key).filter((key) => {
    const written = snapshot.values[key];
    if (written === undefined || absent.has(key)) return false;
    return comparableText(current[key] ?? '') !== comparableText(written);
  });
}
