import { browserStorage, documentDrafts, draftsByDocument } from '../../src/taskpane/drafts';

class MapStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

describe('drafts of the pane', () => {
  it('keeps one draft per document and clears it', () => {
    const store = draftsByDocument(new MapStorage());
    const one = documentDrafts(store, 'doc-1');
    one.save({ onderwerp: 'Concept' });
    expect(documentDrafts(store, 'doc-1').load()).toEqual({ onderwerp: 'Concept' });
    expect(documentDrafts(store, 'doc-2').load()).toBeUndefined();
    one.clear();
    expect(one.load()).toBeUndefined();
  });

  it('opens without storage (localStorage blocked or absent)', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError: access denied');
      },
    });
    try {
      const drafts = documentDrafts(draftsByDocument(browserStorage()), 'doc');
      expect(() => drafts.save({ onderwerp: 'A' })).not.toThrow();
      expect(drafts.load()).toBeUndefined();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
