/**
 * One batch that reads what read() and review() need: every live control's tag, text and lock,
 * the custom XML parts (schema, snapshot), whether tracking is on, and — per field — the reviewed
 * text and the tracked changes.
 *
 * Why "per field" needs a plan: getReviewedText and getTrackedChanges are methods of a control,
 * and office.js can only call a method on a proxy made before the sync, i.e. on
 * `getByTag(tag).getFirst()`, which fails the whole batch when that control is not there (it is
 * instantiated at its place in the batch). Calling it on a getFirstOrNullObject() result instead
 * would depend on how Word treats a method on a null object, which is not documented. So the
 * adapter asks per field only for the fields it knows are there (from its last scan), and when it
 * does not know, or guessed wrong, it goes back once more (see GatherPlan and word-document.ts).
 */
import { SCHEMA_VERSION, WRAPPER_TAG, fieldByKey, fieldByTag } from '../../domain/fields';
import type { FieldKey } from '../../domain/fields';
import { SCHEMA_PART_NAMESPACE } from '../shape/schema-part';
import { SNAPSHOT_PART_NAMESPACE } from '../shape/snapshot-part';
import type {
  ChangeTrackingMode,
  ClientResultApi,
  ContentControlApi,
  ContentControlCollectionApi,
  CustomXmlPartApi,
  CustomXmlPartScopedCollectionApi,
  DocumentApi,
  RequestContextApi,
  TrackedChangeCollectionApi,
} from './api';

export interface HostSupport {
  /** isSetSupported('WordApi', version) */
  readonly supports: (version: string) => boolean;
  /** WordApiDesktop 1.3: CustomXmlPart.xml is a loadable property (no getXml, no id needed). */
  readonly partXmlProperty: boolean;
}

/** What to ask per field, and which snapshot parts to fetch by id. */
export interface GatherPlan {
  /** Fields whose control is expected: reviewed text (1.4) and, for a review, changes (1.6). */
  readonly perField: readonly FieldKey[];
  /** Snapshot parts to fetch with getItem(id).getXml() (on the web; desktop loads `xml`). */
  readonly snapshotIds: readonly string[];
  /** Also tracked changes (1.6) and, without 1.6, the original text (1.4). */
  readonly review: boolean;
}

/** A tracked change as Word reported it, before it is given a field and an index. */
export interface RawChange {
  readonly type: string;
  readonly author: string;
  readonly date: Date | string | null;
  readonly text: string;
}

export interface Gathered {
  readonly wrapper: boolean;
  readonly schemaPart: boolean;
  /** Live controls per field (WordApi 1.5: tracked deletions left out). */
  readonly counts: ReadonlyMap<FieldKey, number>;
  /** `text` of each field's first live control (document order). */
  readonly text: ReadonlyMap<FieldKey, string>;
  readonly locked: ReadonlyMap<FieldKey, boolean>;
  readonly reviewed: ReadonlyMap<FieldKey, string>;
  readonly original: ReadonlyMap<FieldKey, string>;
  /** Per field every change Word listed, in its order (formatting changes included, for the index). */
  readonly changes: ReadonlyMap<FieldKey, readonly RawChange[]>;
  readonly trackingMode: ChangeTrackingMode | null;
  /** Whether the body holds pending changes (WordApi 1.6); null when the host cannot say. */
  readonly pending: boolean | null;
  /** Ids of the parts in the snapshot namespace (null without WordApi 1.4). */
  readonly snapshotIds: readonly string[] | null;
  /** Snapshot parts' XML by id, where fetched. */
  readonly snapshotXml: ReadonlyMap<string, string>;
}

const LIVE: Word.ChangeTrackingState[] = ['Normal' as Word.ChangeTrackingState, 'Added' as Word.ChangeTrackingState];

/** Live controls: pending tracked deletions left out where the host can tell (WordApi 1.5, #1299). */
export function liveControls(collection: ContentControlCollectionApi, host: HostSupport): ContentControlCollectionApi {
  return host.supports('1.5') ? collection.getByChangeTrackingStates(LIVE) : collection;
}

/**
 * The proxies a gather calls methods on, made (and so instantiated by Word) where this is
 * queued: put it before an accept/reject, and a control or part that is gone fails the batch
 * before anything was changed.
 */
export interface Prepared {
  readonly fields: ReadonlyMap<FieldKey, ContentControlApi>;
  readonly parts: ReadonlyMap<string, CustomXmlPartApi>;
}

export function prepareGather(context: RequestContextApi, plan: GatherPlan, host: HostSupport): Prepared {
  const body = context.document.body;
  const fields = new Map<FieldKey, ContentControlApi>();
  for (const key of plan.perField) {
    fields.set(key, liveControls(body.contentControls, host).getByTag(fieldByKey(key).tag).getFirst());
  }
  const parts = new Map<string, CustomXmlPartApi>();
  if (host.supports('1.4') && !host.partXmlProperty) for (const id of plan.snapshotIds) parts.set(id, context.document.customXmlParts.getItem(id));
  return { fields, parts };
}

/** Queues the batch; call the returned function after the sync to read the results. */
export function queueGather(context: RequestContextApi, plan: GatherPlan, host: HostSupport, prepared: Prepared = prepareGather(context, plan, host)): () => Gathered {
  const document: DocumentApi = context.document;
  const body = document.body;
  const all = liveControls(body.contentControls, host).load('items/tag,items/text,items/cannotEdit');
  const has14 = host.supports('1.4');
  const has16 = host.supports('1.6');
  const schemaParts: CustomXmlPartScopedCollectionApi | null = has14 ? document.customXmlParts.getByNamespace(SCHEMA_PART_NAMESPACE).load('items/id') : null;
  const snapshotParts: CustomXmlPartScopedCollectionApi | null = has14
    ? document.customXmlParts.getByNamespace(SNAPSHOT_PART_NAMESPACE).load(host.partXmlProperty ? 'items/id,items/xml' : 'items/id')
    : null;
  const documentState = has14 ? document.load('changeTrackingMode') : null;
  // Whether anything at all is pending: with nothing pending, `text` is exact in any markup view.
  const pending: TrackedChangeCollectionApi | null = has16 ? body.getTrackedChanges().load('$none') : null;
  const byId = [...prepared.parts].map(([id, part]) => ({ id, xml: part.getXml() }));

  const perField = [...prepared.fields].map(([key, control]) => {
    const current: ClientResultApi<string> | null = has14 ? control.getReviewedText('Current') : null;
    const changes = plan.review && has16 ? control.getTrackedChanges().load('items/type,items/author,items/date,items/text') : null;
    const original: ClientResultApi<string> | null = plan.review && has14 && !has16 ? control.getReviewedText('Original') : null;
    return { key, current, changes, original };
  });

  return () => {
    const counts = new Map<FieldKey, number>();
    const text = new Map<FieldKey, string>();
    const locked = new Map<FieldKey, boolean>();
    let wrapper = false;
    for (const control of all.items) {
      if (control.tag === WRAPPER_TAG) wrapper = true;
      const field = fieldByTag(control.tag);
      if (!field) continue;
      counts.set(field.key, (counts.get(field.key) ?? 0) + 1);
      // With duplicates the first in document order wins: a pasted copy lands after the original.
      if (!text.has(field.key)) {
        text.set(field.key, control.text);
        locked.set(field.key, control.cannotEdit);
      }
    }
    const reviewed = new Map<FieldKey, string>();
    const original = new Map<FieldKey, string>();
    const changes = new Map<FieldKey, RawChange[]>();
    for (const entry of perField) {
      if (entry.current) reviewed.set(entry.key, entry.current.value);
      if (entry.original) original.set(entry.key, entry.original.value);
      if (entry.changes) {
        changes.set(
          entry.key,
          entry.changes.items.map((change) => ({ type: String(change.type), author: change.author, date: change.date ?? null, text: change.text ?? '' })),
        );
      }
    }
    const snapshotXml = new Map<string, string>();
    for (const entry of byId) snapshotXml.set(entry.id, entry.xml.value);
    if (host.partXmlProperty && snapshotParts) for (const part of snapshotParts.items) snapshotXml.set(part.id, part.xml);
    return {
      wrapper,
      schemaPart: (schemaParts?.items.length ?? 0) > 0,
      counts,
      text,
      locked,
      reviewed,
      original,
      changes,
      trackingMode: documentState ? documentState.changeTrackingMode : null,
      pending: pending ? pending.items.length > 0 : null,
      snapshotIds: snapshotParts ? snapshotParts.items.map((part) => part.id) : null,
      snapshotXml,
    };
  };
}

/**
 * Every writer of a part in the schema namespace so far (this layer, the .docx layer) writes
 * format 1; reading the part's `schema` attribute would take getXml, i.e. another round trip.
 */
export function schemaVersionOfPart(): string {
  return SCHEMA_VERSION;
}
