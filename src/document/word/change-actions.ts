/**
 * Accepting or rejecting tracked changes in one batch, safely.
 *
 * Word gives a tracked change no id, and office.js cannot branch inside a batch, so a change the
 * review showed is found again by position: the field's control, its getTrackedChanges()
 * collection, getFirst() and getNext() up to the change's index. Three things make that safe:
 *
 * 1. Every navigation is queued before any accept/reject. A proxy made by a method is
 *    instantiated where it is queued, so a change that vanished (a co-author accepted it, the
 *    control was deleted) fails the batch with ItemNotFound before anything was changed.
 * 2. Each navigated change must lie inside its field's control: `getRange().intersectWith(the
 *    control's range)` fails the batch otherwise. Nothing says getNext() stays inside the
 *    collection it started from, so without this a field with fewer changes than the review
 *    showed could have a change in the next field accepted.
 * 3. The field's changes are loaded at the start of the batch, so afterwards the adapter knows
 *    exactly which change sat at each index when Word acted, and reports that — not what it meant.
 *
 * A whole field (or everything) is settled with acceptAll/rejectAll on the field's own
 * collection, never on the body: nothing outside the annotatie's field controls is touched.
 */
import { fieldByKey } from '../../domain/fields';
import type { FieldKey } from '../../domain/fields';
import type { ReviewedChange } from '../port';
import type { ContentControlApi, RangeApi, RequestContextApi, TrackedChangeApi, TrackedChangeCollectionApi } from './api';
import type { HostSupport, RawChange } from './gather';
import { liveControls } from './gather';

export type ChangeAction = 'accept' | 'reject';

/** What to do in one field: all its changes, or the changes at these indices. */
export type FieldActionPlan = { readonly key: FieldKey; readonly mode: 'all' } | { readonly key: FieldKey; readonly mode: 'indices'; readonly indices: readonly number[] };

export interface FieldActionResult {
  readonly key: FieldKey;
  readonly mode: 'all' | 'indices';
  /** The field's changes as Word held them just before acting. */
  readonly before: readonly RawChange[];
  readonly indices: readonly number[];
}

/**
 * Queues the navigations, then the actions; returns a reader for after the sync. `controls`:
 * the fields' controls already made in this batch (the gather's), reused.
 */
export function queueChangeActions(
  context: RequestContextApi,
  action: ChangeAction,
  plans: readonly FieldActionPlan[],
  host: HostSupport,
  controls: ReadonlyMap<FieldKey, ContentControlApi> = new Map(),
): () => FieldActionResult[] {
  const body = context.document.body;
  const prepared = plans.map((plan) => {
    const control = controls.get(plan.key) ?? liveControls(body.contentControls, host).getByTag(fieldByKey(plan.key).tag).getFirst();
    const collection: TrackedChangeCollectionApi = control.getTrackedChanges();
    collection.load('items/type,items/author,items/date,items/text');
    const picked: TrackedChangeApi[] = [];
    if (plan.mode === 'indices') {
      const inside: RangeApi = control.getRange('Whole');
      for (const index of plan.indices) {
        let change = collection.getFirst();
        for (let step = 0; step < index; step += 1) change = change.getNext();
        // Fails the batch (ItemNotFound) when the walk left the field: see point 2 above.
        change.getRange('Whole').intersectWith(inside);
        picked.push(change);
      }
    }
    return { plan, collection, picked };
  });
  for (const { plan, collection, picked } of prepared) {
    if (plan.mode === 'all') {
      if (action === 'accept') collection.acceptAll();
      else collection.rejectAll();
    } else {
      for (const change of picked) {
        if (action === 'accept') change.accept();
        else change.reject();
      }
    }
  }
  return () =>
    prepared.map(({ plan, collection }) => ({
      key: plan.key,
      mode: plan.mode,
      before: collection.items.map((change) => ({ type: String(change.type), author: change.author, date: change.date ?? null, text: change.text ?? '' })),
      indices: plan.mode === 'indices' ? plan.indices : [],
    }));
}

/** A change Word listed, as the port describes it; null for a formatting change (no text to review). */
export function describeChange(key: FieldKey, index: number, raw: RawChange): ReviewedChange | null {
  const type = raw.type === 'Added' ? 'insert' : raw.type === 'Deleted' ? 'delete' : null;
  if (type === null) return null;
  // Word for Mac gives "" for a deletion's text (office-js #5178): unknown, not empty.
  const text = type === 'delete' && raw.text === '' ? null : raw.text;
  return { id: `${key}#${index}`, field: key, index, type, author: raw.author, date: isoDate(raw.date), text };
}

/** Word gives TrackedChange.date as a Date (the d.ts); a string or nothing is taken as well. */
export function isoDate(value: Date | string | null): string | null {
  if (value === null) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
