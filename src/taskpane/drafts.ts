import { isFieldKey } from '../domain/fields';
import type { AnnotatieValues, FieldKey } from '../domain/fields';
import type { DraftStore } from './services';

/*
 * The pane's drafts in the browser's localStorage. They are the pane's business, not Word's: the
 * preview keeps them the same way without Word, so they live here and not in src/document/word.
 */

/** The part of the Web Storage API a draft store needs (window.localStorage in the pane). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft {
  readonly values: AnnotatieValues;
  /** ISO 8601 time of the last save. */
  readonly savedAt: string;
}

export interface DraftsByDocument {
  /** The draft of this document, or null when there is none (or it is unreadable). */
  load(documentId: string): Draft | null;
  /** Saves; returns false when storage refuses (full, private mode): the pane's state still holds the values. */
  save(documentId: string, values: AnnotatieValues): boolean;
  clear(documentId: string): void;
}

const PREFIX = 'annotatie.draft.' as const;

/**
 * Per-document drafts, so values typed in the pane survive closing and reopening it, or a Word
 * failure. Keyed by the document identity the Word layer stores in the document's add-in settings
 * (AnnotatieDocument.identity()). Storage is injected; reading never throws on what it finds.
 * The key (`annotatie.draft.` + identity) and the JSON shape are what users' browsers already
 * hold: change neither, or their drafts are lost (test/taskpane/drafts.test.ts reads a stored one).
 */
export function draftsByDocument(storage: DraftStorage, now: () => Date = () => new Date()): DraftsByDocument {
  return {
    load(documentId) {
      let raw: string | null;
      try {
        raw = storage.getItem(PREFIX + documentId);
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null) return null;
        const { values, savedAt } = parsed as { values?: unknown; savedAt?: unknown };
        if (typeof values !== 'object' || values === null || typeof savedAt !== 'string') return null;
        const clean: Partial<Record<FieldKey, string>> = {};
        for (const [key, value] of Object.entries(values)) if (isFieldKey(key) && typeof value === 'string') clean[key] = value;
        return { values: clean, savedAt };
      } catch {
        return null;
      }
    },
    save(documentId, values) {
      try {
        storage.setItem(PREFIX + documentId, JSON.stringify({ values, savedAt: now().toISOString() }));
        return true;
      } catch {
        return false;
      }
    },
    clear(documentId) {
      try {
        storage.removeItem(PREFIX + documentId);
      } catch {
        // Nothing to do: a draft that cannot be removed is harmless, it is overwritten next save.
      }
    },
  };
}

/** The per-document drafts bound to one document, as the pane uses them. */
export function documentDrafts(store: DraftsByDocument, documentId: string): DraftStore {
  return {
    load: () => store.load(documentId)?.values,
    save: (values) => void store.save(documentId, values),
    clear: () => store.clear(documentId),
  };
}

/**
 * window.localStorage, or a storage that keeps nothing: merely reading `localStorage` throws a
 * SecurityError where the WebView blocks storage (Safari with cookies blocked, some sandboxed
 * iframes), and the pane must still open.
 */
export function browserStorage(): DraftStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage !== undefined) return storage;
  } catch {
    // Blocked storage: fall through to the keep-nothing store.
  }
  return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
}
