import type { AnnotatieDocument, WordFailure, WordFailureKind, WordResult } from '../../src/document/port';
import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../src/domain/fields';

/**
 * A small in-memory AnnotatieDocument for component tests: records every call so a test can
 * assert "one write with only the changed fields", and fails on demand so the failure paths
 * are reachable. The real Word layer over the Word fake is exercised in the preview and e2e.
 */
export class MemoryDocument implements AnnotatieDocument {
  values: AnnotatieValues | null;
  readonly writes: AnnotatieValues[] = [];
  inserts = 0;
  /** The next write fails for these fields (they are not written; the others are). */
  failNextWriteFor: readonly FieldKey[] = [];
  failNextWriteKind: WordFailureKind = 'accessDenied';
  /** Fields whose content control is gone: write() skips them (notWritten), repair() restores them. */
  missing = new Set<FieldKey>();

  constructor(values: AnnotatieValues | null) {
    this.values = values;
  }

  private failure(kind: WordFailureKind, operation: WordFailure['operation'], written: readonly FieldKey[] = [], notWritten: readonly FieldKey[] = []): { ok: false; failure: WordFailure } {
    return { ok: false, failure: { kind, operation, written, notWritten, uncertain: [] } };
  }

  async detect(): ReturnType<AnnotatieDocument['detect']> {
    return { ok: true, present: this.values !== null, schemaVersion: null, fields: [], trackedDeletionsKnown: true };
  }

  async read(): ReturnType<AnnotatieDocument['read']> {
    if (this.values === null) return this.failure('noAnnotatie', 'read');
    return { ok: true, values: { ...this.values }, findings: [], trackedDeletionsKnown: true, trackingChanges: false };
  }

  async insertTemplate(values: AnnotatieValues): ReturnType<AnnotatieDocument['insertTemplate']> {
    if (this.values !== null) return this.failure('alreadyPresent', 'insertTemplate');
    this.inserts += 1;
    this.values = { ...values };
    return { ok: true, inserted: [] };
  }

  async write(changes: AnnotatieValues): Promise<WordResult<{ written: readonly FieldKey[]; notWritten: readonly FieldKey[] }>> {
    this.writes.push(changes);
    if (this.values === null) return this.failure('noAnnotatie', 'write');
    const keys = Object.keys(changes) as FieldKey[];
    const failing = this.failNextWriteFor;
    this.failNextWriteFor = [];
    const written = keys.filter((key) => !failing.includes(key) && !this.missing.has(key));
    this.values = { ...this.values, ...Object.fromEntries(written.map((key) => [key, changes[key]])) };
    if (failing.length > 0) {
      return this.failure(this.failNextWriteKind, 'write', written, keys.filter((key) => failing.includes(key)));
    }
    return { ok: true, written, notWritten: keys.filter((key) => this.missing.has(key)) };
  }

  async select(key: FieldKey): ReturnType<AnnotatieDocument['select']> {
    return { ok: true, key };
  }

  readonly repairs: AnnotatieValues[] = [];

  async repair(values: AnnotatieValues = {}): ReturnType<AnnotatieDocument['repair']> {
    this.repairs.push(values);
    const recreated = [...this.missing];
    this.values = { ...this.values, ...Object.fromEntries(recreated.map((key) => [key, values[key] ?? ''])) };
    this.missing.clear();
    return { ok: true, recreated, notRecreated: [] };
  }

  async identity(): Promise<string> {
    return 'memory-document';
  }

  /** A document in memory has no tracked changes and no snapshot: the review says so. */
  async review(): ReturnType<AnnotatieDocument['review']> {
    if (this.values === null) return this.failure('noAnnotatie', 'review');
    const values = { ...this.values };
    return {
      ok: true,
      values,
      valuesExact: true,
      findings: [],
      fields: FIELDS.filter((field) => !this.missing.has(field.key)).map((field) => ({
        key: field.key,
        current: values[field.key] ?? '',
        original: null,
        locked: false,
        changes: [],
        editedOutsidePane: false,
      })),
      changes: [],
      trackingChanges: false,
      trackedDeletionsKnown: true,
      snapshot: null,
      editedOutsidePane: [],
      capabilities: { trackedChanges: false, reviewedText: false, trackingMode: false, trackedDeletions: false, snapshot: false },
    };
  }

  async acceptChanges(): ReturnType<AnnotatieDocument['acceptChanges']> {
    return this.failure('notSupported', 'acceptChanges');
  }

  async rejectChanges(): ReturnType<AnnotatieDocument['rejectChanges']> {
    return this.failure('notSupported', 'rejectChanges');
  }

  /** The body's text when there is no annotatie (one paragraph per entry): an old annotatie, or none. */
  legacyText: string[] = [];

  /** How often the pane looked for an old annotatie. */
  legacyReads = 0;

  async readLegacyText(): ReturnType<AnnotatieDocument['readLegacyText']> {
    this.legacyReads += 1;
    const present = this.values !== null;
    const texts = present ? [] : this.legacyText;
    const first = texts.findIndex((text) => text.trim() !== '');
    return {
      ok: true,
      annotatiePresent: present,
      paragraphs: texts.map((text) => ({ text, heading: false, inTable: false })),
      span: first < 0 ? null : { start: first, texts: texts.slice(first), after: 0 },
      trackingChanges: false,
    };
  }

  async removeLegacyText(span: { readonly texts: readonly string[] }): ReturnType<AnnotatieDocument['removeLegacyText']> {
    const at = this.legacyText.join('\u0000').indexOf(span.texts.join('\u0000'));
    if (at < 0) return { ok: true, status: 'changed', removed: 0, tracked: false };
    this.legacyText = this.legacyText.filter((text) => !span.texts.includes(text));
    return { ok: true, status: 'removed', removed: span.texts.length, tracked: false };
  }
}

/** A draft store in memory that a test can inspect. */
export class MemoryDrafts {
  draft: AnnotatieValues | undefined;
  load = (): AnnotatieValues | undefined => this.draft;
  save = (values: AnnotatieValues): void => {
    this.draft = values;
  };
  clear = (): void => {
    this.draft = undefined;
  };
}
