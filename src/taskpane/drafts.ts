import type { DraftStorage, DraftStore as WordDraftStore } from '../document/word/draft-store';
import type { DraftStore } from './services';

/** The Word layer's per-document draft store, bound to one document for the pane. */
export function documentDrafts(store: WordDraftStore, documentId: string): DraftStore {
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
