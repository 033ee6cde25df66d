import { documentDrafts, draftsByDocument } from '../../src/taskpane/drafts';
import type { DraftStorage } from '../../src/taskpane/drafts';

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

describe('drafts by document', () => {
  it('keeps a draft per document across store instances (pane closed and reopened)', () => {
    const storage = memoryStorage();
    draftsByDocument(storage, NOW).save('doc-1', { onderwerp: 'Concept 😀', 'toelichting.kern': 'a\nb' });
    draftsByDocument(storage, NOW).save('doc-2', { onderwerp: 'Ander document' });
    const reopened = draftsByDocument(storage, NOW);
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
    expect(draftsByDocument(storage).load('doc-1')).toBeNull();
  });

  it('drops unknown keys and non-string values from a stored draft', () => {
    const storage = memoryStorage();
    storage.map.set('annotatie.draft.doc-1', JSON.stringify({ values: { onderwerp: 'A', bogus: 'B', programma: 3 }, savedAt: 't' }));
    expect(draftsByDocument(storage).load('doc-1')?.values).toEqual({ onderwerp: 'A' });
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
    const store = draftsByDocument(refusing);
    expect(store.save('doc-1', { onderwerp: 'A' })).toBe(false);
    expect(store.load('doc-1')).toBeNull();
    expect(() => store.clear('doc-1')).not.toThrow();
  });

  // What a browser holds from before drafts moved out of src/document/word (key and JSON as that
  // code wrote them, character for character): a user's draft must still open.
  it('loads a draft stored by the earlier release', () => {
    const storage = memoryStorage();
    storage.map.set('annotatie.draft.3f2c9a4e-1b7d-4c1e-9a55-0d8e6f1b2c3a', '{"values":{"onderwerp":"Herinrichting Stadshart","ambtenaar.email":"j.jansen@zoetermeer.nl","toelichting.kern":"regel 1\\nregel 2"},"savedAt":"2025-09-22T08:00:00.000Z"}');
    const drafts = draftsByDocument(storage);
    expect(drafts.load('3f2c9a4e-1b7d-4c1e-9a55-0d8e6f1b2c3a')).toEqual({
      values: { onderwerp: 'Herinrichting Stadshart', 'ambtenaar.email': 'j.jansen@zoetermeer.nl', 'toelichting.kern': 'regel 1\nregel 2' },
      savedAt: '2025-09-22T08:00:00.000Z',
    });
    expect(documentDrafts(drafts, '3f2c9a4e-1b7d-4c1e-9a55-0d8e6f1b2c3a').load()).toEqual({
      onderwerp: 'Herinrichting Stadshart',
      'ambtenaar.email': 'j.jansen@zoetermeer.nl',
      'toelichting.kern': 'regel 1\nregel 2',
    });
  });

  it('stores a draft under the key and in the JSON the earlier release reads', () => {
    const storage = memoryStorage();
    draftsByDocument(storage, NOW).save('doc-1', { onderwerp: 'Concept' });
    expect([...storage.map.entries()]).toEqual([['annotatie.draft.doc-1', '{"values":{"onderwerp":"Concept"},"savedAt":"2025-09-22T08:00:00.000Z"}']]);
  });
});
