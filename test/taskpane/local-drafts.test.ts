import { webStorageDrafts } from '../../src/taskpane/local-drafts';

class MapStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string): string | null => this.items.get(key) ?? null;
  setItem = (key: string, value: string): void => void this.items.set(key, value);
  removeItem = (key: string): void => void this.items.delete(key);
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('drafts in web storage', () => {
  it('keeps a draft per document key and clears it', () => {
    const storage = new MapStorage();
    const drafts = webStorageDrafts(storage, 'doc-1');
    drafts.save({ onderwerp: 'Concept' });
    expect(webStorageDrafts(storage, 'doc-1').load()).toEqual({ onderwerp: 'Concept' });
    expect(webStorageDrafts(storage, 'doc-2').load()).toBeUndefined();
    drafts.clear();
    expect(drafts.load()).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '["onderwerp"]'],
    ['null', 'null'],
    ['only unknown keys', '{"hack":"x"}'],
  ])('ignores a stored draft that is %s', (_name, raw) => {
    const storage = new MapStorage();
    storage.items.set('doc', raw);
    expect(webStorageDrafts(storage, 'doc').load()).toBeUndefined();
  });

  it('drops unknown keys and non-text values from a stored draft', () => {
    const storage = new MapStorage();
    storage.items.set('doc', JSON.stringify({ onderwerp: 'A', programma: 3, other: 'x' }));
    expect(webStorageDrafts(storage, 'doc').load()).toEqual({ onderwerp: 'A' });
  });

  it.each([['missing', undefined], ['throwing', throwing]])('never throws when storage is %s', (_name, storage) => {
    const drafts = webStorageDrafts(storage, 'doc');
    expect(() => drafts.save({ onderwerp: 'A' })).not.toThrow();
    expect(drafts.load()).toBeUndefined();
    expect(() => drafts.clear()).not.toThrow();
  });
});
