import { createDraftStore } from '../../src/document/word/draft-store';
import type { DraftStorage } from '../../src/document/word/draft-store';

function memoryStorage(): DraftStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const NOW = () => new Date('2025-09-22T08:00:00Z');

describe('draft store', () => {
  it('keeps a draft per document across store instances (pane closed and reopened)', () => {
    const storage = memoryStorage();
    createDraftStore(storage, NOW).save('doc-1', { onderwerp: 'Concept 😀', 'toelichting.kern': 'a\nb' });
    createDraftStore(storage, NOW).save('doc-2', { onderwerp: 'Ander document' });
    const reopened = createDraftStore(storage, NOW);
    expect(reopened.load('doc-1')).toEqual({ values: { onderwerp: 'Concept 😀', 'toelichting.kern': 'a\nb' }, savedAt: '2025-09-22T08:00:00.000Z' });
    expect(reopened.load('doc-2')?.values).toEqual({ onderwerp: 'Ander document' });
    reopened.clear('doc-1');
    expect(reopened.load('doc-1')).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '42'],
    ['no values', '{"savedAt":"x"}'],
    ['no date', '{"values":{}}'],
  ])('reads a damaged draft (%s) as no draft, without throwing', (_name, raw) => {
    const storage = memoryStorage();
    storage.map.set('annotatie.draft.doc-1', raw);
    expect(createDraftStore(storage).load('doc-1')).toBeNull();
  });

  it('drops unknown keys and non-string values from a stored draft', () => {
    const storage = memoryStorage();
    storage.map.set('annotatie.draft.doc-1', JSON.stringify({ values: { onderwerp: 'A', bogus: 'B', programma: 3 }, savedAt: 't' }));
    expect(createDraftStore(storage).load('doc-1')?.values).toEqual({ onderwerp: 'A' });
  });

  it('reports a storage that refuses to save (quota, private mode) as false instead of throwing', () => {
    const refusing: DraftStorage = {
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
    const store = createDraftStore(refusing);
    expect(store.save('doc-1', { onderwerp: 'A' })).toBe(false);
    expect(store.load('doc-1')).toBeNull();
    expect(() => store.clear('doc-1')).not.toThrow();
  });
});
