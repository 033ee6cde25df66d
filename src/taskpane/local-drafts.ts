import { isFieldKey, type AnnotatieValues, type FieldKey } from '../domain/fields';
import type { DraftStore } from './services';

/**
 * Drafts in Web Storage under one key per document. Storage can be missing or throw (Safari
 * private mode, a full quota, storage blocked in the host's WebView): then drafts are simply not
 * kept, never an error for the user. What is read back is checked: only known keys with text.
 */
export function webStorageDrafts(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined, key: string): DraftStore {
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        if (raw === null || raw === undefined) return undefined;
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
        const values: Partial<Record<FieldKey, string>> = {};
        for (const [name, value] of Object.entries(parsed)) {
          if (isFieldKey(name) && typeof value === 'string') values[name] = value;
        }
        return Object.keys(values).length > 0 ? values : undefined;
      } catch {
        return undefined;
      }
    },
    save(values: AnnotatieValues) {
      try {
        storage?.setItem(key, JSON.stringify(values));
      } catch {
        // Quota or blocked storage: the draft lives on in the pane's state only.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // As above: nothing to clear where nothing could be stored.
      }
    },
  };
}
