/**
 * The Word adapter of the port: the only code that calls `context.sync()`. Every operation queues
 * its work for all 20 fields and syncs once (a round trip costs tens of ms on the web and the host
 * queues at most 50 batches). Where one batch cannot know enough, a second one follows, and only
 * then: after a failed write (to tell the user what landed), and in read/review when the adapter
 * has not scanned the document yet or guessed wrong (see gather.ts and NOTES.md).
 *
 * The template is built with the API (insertParagraph / insertTable / insertContentControl) from
 * the layout both writers render (src/document/shape/layout.ts; its README says why there are two
 * renderers and not one): insertOoxml into or around content controls has duplicated controls
 * and mangled tables and section properties on the web (office-js #1914, #116, #110), and
 * tag/title got lost on insertFileFromBase64 (#2752). The API route sets tag and title explicitly
 * on each control in the same batch. test/word/agrees-with-docx.test.ts holds the result to what
 * the .docx writer writes.
 *
 * Requirement sets: WordApi 1.3 is the minimum (getFirst, insertTable, styleBuiltIn,
 * parentTableOrNullObject, Paragraph.getPrevious). Behind isSetSupported:
 *  - WordApi 1.4: values through getReviewedText('Current'), because `text` shows deleted text
 *    next to inserted text in some markup views (office-js #5286, #1267, #2314); the schema
 *    and snapshot custom XML parts; Document.changeTrackingMode (read only);
 *  - WordApi 1.5: getByChangeTrackingStates to ignore controls that are pending tracked deletions
 *    (#1299); without it they count as live and `trackedDeletionsKnown` is false;
 *  - WordApi 1.6: tracked changes per field, accept/reject (change-actions.ts);
 *  - WordApiDesktop 1.3: the snapshot part's XML as a loadable property.
 */
import { FIELDS, WRAPPER_TAG, WRAPPER_TITLE, fieldByKey, fieldByTag } from '../../domain/fields';
import type { AnnotatieValues, FieldKey } from '../../domain/fields';
import type { Finding } from '../../domain/findings';
import type { DateStyle } from '../../domain/house-style';
import { placeholderFor, isPlaceholder } from '../../domain/placeholders';
import { controlFindings, documentValues } from '../../domain/document-values';
import { comparableText, fieldsEditedOutsidePane, sameChange, selectChanges, updateSnapshot } from '../../domain/review';
import type { ChangeSelection, ValueSnapshot } from '../../domain/review';
import { LAYOUT } from '../shape/layout';
import { SCHEMA_PART_NAMESPACE, schemaPartXml } from '../shape/schema-part';
import { SNAPSHOT_PART_NAMESPACE, latestSnapshot, snapshotPartXml } from '../shape/snapshot-part';
import type {
  AnnotatieDocument,
  ChangeActionOutcome,
  Detection,
  FieldReview,
  InsertLocation,
  InsertOutcome,
  NotDoneReason,
  ReadOutcome,
  RepairOutcome,
  ReviewCapabilities,
  ReviewOutcome,
  ReviewedChange,
  SelectOutcome,
  WordResult,
  WriteOutcome,
} from '../port';
import type { ContentControlApi, CustomXmlPartApi, ParagraphApi, RequestContextApi, TableApi, WordHost } from './api';
import { describeChange, queueChangeActions } from './change-actions';
import type { ChangeAction, FieldActionPlan, FieldActionResult } from './change-actions';
import { classifyError, errorLocation, failure } from './failure';
import type { ErrorInfo } from './failure';
import { liveControls, prepareGather, queueGather, schemaVersionOfPart } from './gather';
import { legacyTextOperations } from './legacy-text';
import type { Gathered, GatherPlan, HostSupport, Prepared } from './gather';
import { PLAN } from './plan';
import { wordText } from './text';
import type { FieldPlace } from './plan';

export const DOCUMENT_ID_SETTING = 'annotatie.documentId' as const;
/**
 * Where the snapshot part is: its id, kept in the add-in's document settings so that a new
 * session can fetch the part in its first batch (on the web a part's XML needs getItem(id)).
 * Only a pointer: the snapshot itself lives in the part, which travels with the .docx.
 */
export const SNAPSHOT_PART_SETTING = 'annotatie.snapshotPartId' as const;

export interface WordDocumentOptions {
  /** Makes the document identity for a document that has none yet (tests inject a fixed one). */
  readonly newId?: () => string;
  /** How long identity() waits for Office to save the document's settings. Default 2000 ms. */
  readonly settingsTimeoutMs?: number;
  /** Clock for the snapshot's `written` stamp (tests inject a fixed one). */
  readonly now?: () => Date;
  /** The profile's date style, for the planning fields' placeholders ("datum (dd-mm-jjjj) of n.v.t."). Default d-m-yyyy. */
  readonly dateStyle?: DateStyle;
}

/** What the last detect/read saw, so write/repair/insert can avoid a second round trip. */
interface Seen {
  readonly wrapper: boolean;
  readonly present: ReadonlySet<FieldKey>;
  readonly schemaPart: boolean;
}

function normalized(value: string | undefined): string {
  return wordText(value ?? '');
}

function lines(value: string): string[] {
  return value.split(/\r\n|\r|\n/);
}

/** What the adapter knows of the snapshot part(s): ids null = not looked; snapshot undefined = not read. */
interface SnapshotState {
  readonly ids: readonly string[] | null;
  readonly snapshot: ValueSnapshot | null | undefined;
}

/**
 * Word joins a control's paragraphs with "\r" (and some hosts add a trailing one) and shows a
 * manual line break (w:br, Shift+Enter; how the .docx layer writes multi-line plain-text fields)
 * as "\v".
 */
function valueFromText(key: FieldKey, text: string): string {
  const value = text.replace(/\r\n|\r|\v/g, '\n').replace(/\n$/, '');
  return isPlaceholder(key, value) ? '' : value;
}

/**
 * Tag, title and placeholder per contract §2. Fields are locked against deletion (w:lock
 * sdtLocked), as the .docx layer writes them, so a stray Delete cannot take a field away; never
 * locked for editing, which would block accepting tracked changes inside (#2886).
 */
function setUpFieldControl(control: ContentControlApi, key: FieldKey, dateStyle: DateStyle): void {
  const field = fieldByKey(key);
  control.tag = field.tag;
  control.title = field.title;
  control.placeholderText = placeholderFor(key, 'nl', dateStyle);
  control.appearance = 'BoundingBox';
  control.cannotDelete = true;
}

/**
 * Fills a control: the first line replaces its content. Further lines of rich text become
 * paragraphs; in the other fields they are manual line breaks, as the .docx layer writes them
 * (w:br in a run-level plain-text control, where Word allows no paragraph at all).
 */
function fillControl(control: ContentControlApi, key: FieldKey, value: string): void {
  const [first = '', ...rest] = lines(wordText(value));
  control.insertText(first, 'Replace');
  const paragraphs = fieldByKey(key).kind === 'richText';
  for (const line of rest) {
    if (paragraphs) {
      control.insertParagraph(line, 'End');
    } else {
      control.insertBreak('Line', 'End');
      if (line !== '') control.insertText(line, 'End');
    }
  }
}

function defaultId(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  return `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function createWordDocument(host: WordHost, options: WordDocumentOptions = {}): AnnotatieDocument {
  const supports = (version: string): boolean => host.isSetSupported('WordApi', version);
  const support: HostSupport = { supports, partXmlProperty: host.isSetSupported('WordApiDesktop', '1.3') };
  const now = options.now ?? (() => new Date());
  const dateStyle = options.dateStyle ?? 'd-m-yyyy';
  let seen: Seen | null = null;
  /** Values as the last read found them (null before any read): write skips what did not change. */
  let lastRead: AnnotatieValues | null = null;
  let snapshotState: SnapshotState = { ids: null, snapshot: undefined };
  /** Whether the last read saw pending changes in the body (WordApi 1.6); undefined: not known. */
  let lastPending: boolean | null | undefined;
  /** The review the last review/accept/reject returned: what a selection refers to. */
  let lastReview: ReviewOutcome | null = null;

  const capabilities = (): ReviewCapabilities => ({
    trackedChanges: supports('1.6'),
    reviewedText: supports('1.4'),
    trackingMode: supports('1.4'),
    trackedDeletions: supports('1.5'),
    snapshot: supports('1.4'),
  });

  const guard = async <T>(operation: Parameters<typeof failure>[0], work: () => Promise<WordResult<T>>): Promise<WordResult<T>> => {
    if (!supports('1.3')) return { ok: false, failure: failure(operation, { kind: 'notSupported', code: 'WordApi 1.3' }) };
    try {
      return await work();
    } catch (error) {
      return { ok: false, failure: failure(operation, classifyError(error)) };
    }
  };

  const remember = (tags: readonly string[], schemaPart: boolean): Seen => {
    const present = new Set<FieldKey>();
    for (const tag of tags) {
      const field = fieldByTag(tag);
      if (field) present.add(field.key);
    }
    seen = { wrapper: tags.includes(WRAPPER_TAG), present, schemaPart };
    return seen;
  };

  /** The snapshot part's id from the document settings (no round trip), if any. */
  const storedPartId = (): string | null => {
    try {
      const stored = host.settings.get(SNAPSHOT_PART_SETTING);
      return typeof stored === 'string' && stored !== '' ? stored : null;
    } catch {
      return null;
    }
  };

  const storePartId = (id: string | null): void => {
    if (storedPartId() === id) return;
    try {
      // Fire and forget: only a pointer for the next session; the pane never waits for it.
      host.settings.set(SNAPSHOT_PART_SETTING, id ?? '');
      host.settings.saveAsync();
    } catch {
      // Settings unwritable: the next session finds the part with one more round trip.
    }
  };

  const learnSnapshot = (ids: readonly string[] | null, xml: ReadonlyMap<string, string>): void => {
    if (ids === null) {
      snapshotState = { ids: [], snapshot: null };
      return;
    }
    const complete = ids.every((id) => xml.has(id));
    snapshotState = { ids, snapshot: ids.length === 0 ? null : complete ? latestSnapshot(ids.map((id) => xml.get(id) ?? '')) : undefined };
    if (complete) storePartId(ids[0] ?? null);
  };

  const detect = (): Promise<WordResult<Detection>> =>
    guard<Detection>('detect', () =>
      host.run(async (context) => {
        const controls = liveControls(context.document.body.contentControls, support).load('items/tag');
        const has14 = supports('1.4');
        const parts = has14 ? context.document.customXmlParts.getByNamespace(SCHEMA_PART_NAMESPACE).load('items/id') : null;
        const snapshots = has14 ? context.document.customXmlParts.getByNamespace(SNAPSHOT_PART_NAMESPACE).load('items/id') : null;
        await context.sync();
        const state = remember(
          controls.items.map((control) => control.tag),
          (parts?.items.length ?? 0) > 0,
        );
        const ids = snapshots ? snapshots.items.map((part) => part.id) : null;
        // The content is read by read()/review(); keep it if the part is still the one we read.
        const same = ids !== null && snapshotState.ids !== null && ids.length === snapshotState.ids.length && ids.every((id, i) => id === snapshotState.ids?.[i]);
        snapshotState = { ids: ids ?? [], snapshot: ids === null || ids.length === 0 ? null : same ? snapshotState.snapshot : undefined };
        return {
          ok: true as const,
          present: state.wrapper,
          // The .docx layer's part (ECMA-376 §15.2.5) in our namespace; its format is version 1,
          // the only one so far. A later version will read the part's `schema` attribute.
          schemaVersion: state.schemaPart ? schemaVersionOfPart() : null,
          fields: FIELDS.map((field) => field.key).filter((key) => state.present.has(key)),
          trackedDeletionsKnown: supports('1.5'),
        };
      }),
    );

  // -------------------------------------------------------------------------------------------
  // read and review: one batch, planned from what the adapter knows.

  const firstPlan = (review: boolean): GatherPlan => {
    // Per-field methods only for controls expected to be there (see gather.ts): those the last
    // scan saw; in a new session, all of them if the add-in wrote this document before (its
    // snapshot pointer is in the settings), since such a document normally holds the whole
    // annotatie. read() skips them when the last read saw nothing pending: then `text` is exact
    // and a deleted control cannot fail the batch.
    const known = seen as Seen | null;
    const pointer = storedPartId();
    const expected = known ? known.present : pointer ? new Set(FIELDS.map((field) => field.key)) : null;
    const wanted = supports('1.4') && expected !== null && (review || lastPending !== false);
    const perField = wanted && expected ? FIELDS.map((field) => field.key).filter((key) => expected.has(key)) : [];
    const snapshotIds = snapshotState.ids ?? (pointer ? [pointer] : []);
    return { perField, snapshotIds, review };
  };

  /** The next plan when this batch could not answer everything, else null. */
  const followUp = (gathered: Gathered, plan: GatherPlan): GatherPlan | null => {
    const present = FIELDS.map((field) => field.key).filter((key) => (gathered.counts.get(key) ?? 0) > 0);
    const perFieldNeeded = supports('1.4') && (plan.review || gathered.pending !== false);
    const missingPerField = perFieldNeeded && present.some((key) => !plan.perField.includes(key));
    const ids = gathered.snapshotIds ?? [];
    const missingXml = ids.some((id) => !gathered.snapshotXml.has(id));
    if (!missingPerField && !missingXml) return null;
    return { perField: perFieldNeeded ? present : [], snapshotIds: ids, review: plan.review };
  };

  const isItemNotFound = (error: unknown): boolean => classifyError(error).kind === 'itemNotFound';

  /**
   * Runs the gather batch; when it guessed (per-field calls, a snapshot part by id) and Word says
   * a guessed object is gone, or when the scan shows it needs more, it goes back: at most three
   * round trips, one in the usual case. `acting` queues an accept/reject into the first batch,
   * after every object the gather guessed is made (so a vanished one fails the batch before
   * anything changed) and before the gather's reads (so they see the result); it never repeats.
   */
  const gather = async (
    plan: GatherPlan,
    acting?: (context: RequestContextApi, prepared: Prepared) => () => FieldActionResult[],
  ): Promise<{ gathered: Gathered; acted: FieldActionResult[] | null }> => {
    let current = plan;
    let action = acting;
    let acted: FieldActionResult[] | null = null;
    for (let attempt = 1; ; attempt += 1) {
      let gathered: Gathered;
      try {
        const result = await host.run(async (context) => {
          const prepared = prepareGather(context, current, support);
          const readActed = action ? action(context, prepared) : null;
          const collect = queueGather(context, current, support, prepared);
          await context.sync();
          return { gathered: collect(), acted: readActed ? readActed() : null };
        });
        gathered = result.gathered;
        if (action) acted = result.acted;
        action = undefined;
      } catch (error) {
        const guessed = current.perField.length > 0 || current.snapshotIds.length > 0;
        if (action || !guessed || !isItemNotFound(error) || attempt >= 3) throw error;
        current = { perField: [], snapshotIds: [], review: current.review };
        continue;
      }
      const next = followUp(gathered, current);
      if (!next || attempt >= 3) return { gathered, acted };
      current = next;
    }
  };

  interface Interpreted {
    readonly values: AnnotatieValues;
    readonly valuesExact: boolean;
    readonly findings: readonly Finding[];
    readonly present: readonly FieldKey[];
    readonly trackingChanges: boolean | null;
  }

  /** Turns a gather into values and findings, and remembers what it saw. */
  const interpret = (gathered: Gathered): Interpreted => {
    const present = FIELDS.map((field) => field.key).filter((key) => (gathered.counts.get(key) ?? 0) > 0);
    seen = { wrapper: gathered.wrapper, present: new Set(present), schemaPart: gathered.schemaPart };
    learnSnapshot(gathered.snapshotIds, gathered.snapshotXml);
    lastPending = gathered.pending;
    const count = (key: FieldKey): number => gathered.counts.get(key) ?? 0;
    let exact = true;
    const values = documentValues((key) => {
      if (count(key) === 0) return { count: 0, text: undefined };
      const reviewed = gathered.reviewed.get(key);
      // Without reviewed text, `text` is exact only when nothing is pending (#5286, #2314).
      if (reviewed === undefined && gathered.pending !== false) exact = false;
      return { count: count(key), text: valueFromText(key, reviewed ?? gathered.text.get(key) ?? '') };
    });
    const findings = controlFindings(count);
    lastRead = values;
    return {
      values,
      valuesExact: exact,
      findings,
      present,
      trackingChanges: gathered.trackingMode === null ? null : gathered.trackingMode !== 'Off',
    };
  };

  const read = (): Promise<WordResult<ReadOutcome>> =>
    guard<ReadOutcome>('read', async () => {
      const { gathered } = await gather(firstPlan(false));
      const result = interpret(gathered);
      if (!gathered.wrapper && result.present.length === 0) return { ok: false as const, failure: failure('read', { kind: 'noAnnotatie' }) };
      return {
        ok: true as const,
        values: result.values,
        findings: result.findings,
        trackedDeletionsKnown: supports('1.5'),
        trackingChanges: result.trackingChanges,
        valuesExact: result.valuesExact,
      };
    });

  const reviewFrom = (gathered: Gathered): ReviewOutcome => {
    const result = interpret(gathered);
    const snapshot = snapshotState.snapshot ?? null;
    const missing = FIELDS.map((field) => field.key).filter((key) => !result.present.includes(key));
    const edited = fieldsEditedOutsidePane(result.values, snapshot, { absent: missing });
    const changes: ReviewedChange[] = [];
    const fields: FieldReview[] = result.present.map((key) => {
      const own = (gathered.changes.get(key) ?? []).flatMap((raw, index) => describeChange(key, index, raw) ?? []);
      changes.push(...own);
      const original = gathered.original.get(key);
      return {
        key,
        current: result.values[key] ?? '',
        original: original === undefined ? null : valueFromText(key, original),
        locked: gathered.locked.get(key) ?? false,
        changes: own,
        editedOutsidePane: edited.includes(key),
      };
    });
    const outcome: ReviewOutcome = {
      values: result.values,
      valuesExact: result.valuesExact,
      findings: result.findings,
      fields,
      changes,
      trackingChanges: result.trackingChanges,
      trackedDeletionsKnown: supports('1.5'),
      snapshot,
      editedOutsidePane: edited,
      capabilities: capabilities(),
    };
    lastReview = outcome;
    return outcome;
  };

  const review = (): Promise<WordResult<ReviewOutcome>> =>
    guard<ReviewOutcome>('review', async () => {
      const { gathered } = await gather(firstPlan(true));
      const outcome = reviewFrom(gathered);
      if (!gathered.wrapper && outcome.fields.length === 0) return { ok: false as const, failure: failure('review', { kind: 'noAnnotatie' }) };
      return { ok: true as const, ...outcome };
    });

  // -------------------------------------------------------------------------------------------
  // accept / reject

  /** Matches `wanted` against `pool` one to one (a change listed twice must be found twice). */
  const matchAll = (wanted: readonly ReviewedChange[], pool: readonly ReviewedChange[]): { found: ReviewedChange[]; lost: ReviewedChange[] } => {
    const left = [...pool];
    const found: ReviewedChange[] = [];
    const lost: ReviewedChange[] = [];
    for (const change of wanted) {
      const at = left.findIndex((candidate) => sameChange(candidate, change));
      if (at < 0) lost.push(change);
      else {
        found.push(change);
        left.splice(at, 1);
      }
    }
    return { found, lost };
  };

  const act = (action: ChangeAction, selection: ChangeSelection, retried = false): Promise<WordResult<ChangeActionOutcome>> => {
    const operation = action === 'accept' ? 'acceptChanges' : 'rejectChanges';
    return guard<ChangeActionOutcome>(operation, async () => {
      if (!supports('1.6')) return { ok: false as const, failure: failure(operation, { kind: 'notSupported', code: 'WordApi 1.6' }) };
      let basis = lastReview;
      if (!basis) {
        const fresh = await review();
        if (!fresh.ok) return { ok: false as const, failure: { ...fresh.failure, operation } };
        basis = fresh;
      }
      const shown = basis;
      const targets = selectChanges(shown.changes, selection);
      const lockedKeys = new Set(shown.fields.filter((field) => field.locked).map((field) => field.key));
      const notDone: { change: ReviewedChange; reason: NotDoneReason }[] = [];
      const byField = new Map<FieldKey, ReviewedChange[]>();
      for (const change of targets) {
        // Word refuses accept/reject inside a control locked for editing (office-js #2886); the
        // lock stays as its author set it, so those changes are left and said so.
        if (lockedKeys.has(change.field)) {
          notDone.push({ change, reason: 'locked' });
          continue;
        }
        byField.set(change.field, [...(byField.get(change.field) ?? []), change]);
      }
      const wholeSelection = selection.kind === 'all' || selection.kind === 'field';
      const plans: FieldActionPlan[] = [...byField].map(([key, changes]) =>
        wholeSelection ? { key, mode: 'all' as const } : { key, mode: 'indices' as const, indices: changes.map((change) => change.index) },
      );
      if (plans.length === 0) return { ok: true as const, action, done: [], notDone, unexpected: [], review: shown };
      const plan: GatherPlan = { perField: shown.fields.map((field) => field.key), snapshotIds: snapshotState.ids ?? [], review: true };
      let outcome: { gathered: Gathered; acted: FieldActionResult[] | null };
      try {
        outcome = await gather(plan, (context, prepared) => queueChangeActions(context, action, plans, support, prepared.fields));
      } catch (error) {
        return afterRefusal(action, operation, error, byField, notDone, retried ? null : () => act(action, selection, true));
      }
      const fresh = reviewFrom(outcome.gathered);
      const done: ReviewedChange[] = [];
      const unexpected: ReviewedChange[] = [];
      for (const result of outcome.acted ?? []) {
        const wanted = byField.get(result.key) ?? [];
        const before = result.before.flatMap((raw, index) => describeChange(result.key, index, raw) ?? []);
        if (result.mode === 'all') {
          const { found } = matchAll(wanted, before);
          done.push(...before);
          unexpected.push(...matchAll(before, found).lost);
          for (const change of wanted) if (!found.includes(change)) notDone.push({ change, reason: 'changed' });
          continue;
        }
        for (const change of wanted) {
          const actual = before.find((candidate) => candidate.index === change.index);
          if (actual && sameChange(actual, change)) {
            done.push(actual);
          } else {
            // The field's list had changed: Word acted on what sat at that position. Say so.
            notDone.push({ change, reason: 'changed' });
            if (actual) {
              done.push(actual);
              unexpected.push(actual);
            }
          }
        }
      }
      return { ok: true as const, action, done, notDone, unexpected, review: fresh };
    });
  };

  /**
   * The action batch failed. A vanished change or control (ItemNotFound) fails it before any
   * accept/reject ran (change-actions.ts), so nothing was done; another error (a protected
   * document, a lock set meanwhile) may come after some were done. A fresh review tells which.
   */
  const afterRefusal = async (
    action: ChangeAction,
    operation: 'acceptChanges' | 'rejectChanges',
    error: unknown,
    byField: ReadonlyMap<FieldKey, readonly ReviewedChange[]>,
    notDone: { change: ReviewedChange; reason: NotDoneReason }[],
    retry: (() => Promise<WordResult<ChangeActionOutcome>>) | null,
  ): Promise<WordResult<ChangeActionOutcome>> => {
    const info: ErrorInfo = classifyError(error);
    const targets = [...byField.values()].flat();
    if (info.kind === 'connectionLost' || info.kind === 'unknown') {
      return { ok: false, failure: failure(operation, info, [], [], [...byField.keys()]) };
    }
    // A guessing review first: usually the change is what vanished, and the controls are all there.
    const fresh = await review();
    if (!fresh.ok) return { ok: false, failure: failure(operation, info, [], [], [...byField.keys()]) };
    // Something other than the selected changes was gone (another field's control, the
    // snapshot part): if every selected change is still where the review showed it, nothing
    // stands in the way, and the action runs once more on the fresh review.
    const unchanged = [...byField].every(([key, wanted]) => {
      const field = fresh.fields.find((candidate) => candidate.key === key);
      return field !== undefined && wanted.every((change) => field.changes.some((now) => now.index === change.index && sameChange(now, change)));
    });
    if (info.kind === 'itemNotFound' && unchanged && retry) return retry();
    const done: ReviewedChange[] = [];
    for (const [key, wanted] of byField) {
      const field = fresh.fields.find((candidate) => candidate.key === key);
      if (!field) {
        for (const change of wanted) notDone.push({ change, reason: 'controlMissing' });
        continue;
      }
      if (info.kind === 'itemNotFound') {
        for (const change of wanted) notDone.push({ change, reason: 'changed' });
        continue;
      }
      // Still listed: not done. Gone: done (by this batch, as far as anyone can tell).
      const { found } = matchAll(wanted, field.changes);
      for (const change of wanted) {
        if (found.includes(change)) notDone.push({ change, reason: field.locked ? 'locked' : 'refused' });
        else done.push(change);
      }
    }
    const { ok: _ok, ...reviewOutcome } = fresh;
    return {
      ok: true,
      action,
      done,
      notDone,
      unexpected: [],
      ...(info.kind === 'itemNotFound' && targets.length > 0 ? {} : { refusal: info }),
      review: reviewOutcome,
    };
  };

  // -------------------------------------------------------------------------------------------
  // The snapshot, written in the same batch as the values.

  /**
   * Queues the snapshot update after the edits (so a batch that fails on an edit leaves the old
   * snapshot: it never claims a value that did not land). `complete`: the values cover every
   * field (insertTemplate), so an unread old snapshot does not matter.
   */
  const queueSnapshot = (context: RequestContextApi, values: AnnotatieValues, complete: boolean): (() => void) | null => {
    if (!supports('1.4')) return null;
    const state = snapshotState;
    const known = state.ids !== null && (state.ids.length === 0 || state.snapshot !== undefined);
    if (!known && !complete) return null;
    const comparable: Partial<Record<FieldKey, string>> = {};
    for (const field of FIELDS) {
      const value = values[field.key];
      if (value !== undefined) comparable[field.key] = comparableText(valueFromText(field.key, normalized(value)));
    }
    const next = updateSnapshot(complete ? null : (state.snapshot ?? null), comparable, now().toISOString());
    const xml = snapshotPartXml(next);
    const parts = context.document.customXmlParts;
    const [keep, ...extra] = state.ids ?? [];
    let added: CustomXmlPartApi | null = null;
    if (keep) {
      parts.getItem(keep).setXml(xml);
      // Two parts (two panes that each added one): keep one.
      for (const id of extra) parts.getItem(id).delete();
    } else {
      added = parts.add(xml);
      added.load('id');
    }
    return () => {
      const id = added ? bookkeeping<string | null>(() => (added as CustomXmlPartApi).id, null) : (keep ?? null);
      if (added && id === null) {
        snapshotState = { ids: null, snapshot: undefined };
        return;
      }
      snapshotState = { ids: id ? [id] : [], snapshot: next };
      storePartId(id);
    };
  };

  /**
   * Queued at the end of an edit batch: whether anything is pending now (WordApi 1.6), so the next
   * read knows whether `text` is exact without asking per field (see firstPlan).
   */
  const queuePending = (context: RequestContextApi): (() => void) => {
    const pending = supports('1.6') ? context.document.body.getTrackedChanges().load('$none') : null;
    return () => {
      lastPending = bookkeeping(() => (pending ? pending.items.length > 0 : null), null);
    };
  };

  /**
   * Reads a loaded value that only the adapter's own bookkeeping needs; if it is not there (a
   * sync that did not happen), the edit itself still stands and the adapter just knows less.
   */
  const bookkeeping = <T>(readValue: () => T, fallback: T): T => {
    try {
      return readValue();
    } catch {
      return fallback;
    }
  };

  /** The snapshot's own commands (they come last in a batch) fail with these locations. */
  const isSnapshotFailure = (error: unknown): boolean => /^CustomXmlPart/.test(errorLocation(error) ?? '');

  const insertTemplate = (values: AnnotatieValues, where: InsertLocation): Promise<WordResult<InsertOutcome>> =>
    guard<InsertOutcome>('insertTemplate', async () => {
      if (seen?.wrapper) return { ok: false as const, failure: failure('insertTemplate', { kind: 'alreadyPresent' }) };
      const inserted: FieldKey[] = [];
      let afterSnapshot: (() => void) | null = null;
      try {
        await host.run(async (context) => {
          const document = context.document;
          let wrapper: ContentControlApi | null = null;
          for (const node of LAYOUT) {
            if (node.kind === 'title') {
              const title =
                where === 'start' ? document.body.insertParagraph(node.text, 'Start') : document.getSelection().insertParagraph(node.text, 'After');
              title.styleBuiltIn = 'Title';
              wrapper = title.insertContentControl();
              wrapper.tag = WRAPPER_TAG;
              wrapper.title = WRAPPER_TITLE;
              // Never cannotEdit: locked controls block accepting tracked changes inside (#2886).
              wrapper.cannotDelete = true;
              continue;
            }
            if (!wrapper) throw new Error('LAYOUT must start with the title (src/document/shape/layout.ts)');
            if (node.kind === 'heading' || node.kind === 'fieldHeading') {
              const text = node.kind === 'heading' ? node.text : fieldByKey(node.key).title;
              wrapper.insertParagraph(text, 'End').styleBuiltIn = node.level === 1 ? 'Heading1' : 'Heading2';
            } else if (node.kind === 'field') {
              const paragraph = wrapper.insertParagraph('', 'End');
              paragraph.styleBuiltIn = node.style ?? 'Normal';
              const control = paragraph.insertContentControl();
              setUpFieldControl(control, node.key, dateStyle);
              fillControl(control, node.key, values[node.key] ?? '');
              inserted.push(node.key);
            } else {
              const cells = node.rows.map((row) =>
                row.map((cell) => (cell.kind === 'label' ? cell.text : cell.kind === 'fieldLabel' ? fieldByKey(cell.key).title + (cell.suffix ?? '') : '')),
              );
              const table = wrapper.insertTable(cells.length, cells[0]?.length ?? 0, 'End', cells);
              table.headerRowCount = 1;
              node.rows.forEach((row, rowIndex) =>
                row.forEach((cell, column) => {
                  if (cell.kind !== 'field') return;
                  const control = table.getCell(rowIndex, column).body.paragraphs.getFirst().insertContentControl();
                  setUpFieldControl(control, cell.key, dateStyle);
                  fillControl(control, cell.key, values[cell.key] ?? '');
                  inserted.push(cell.key);
                }),
              );
            }
          }
          if (supports('1.4') && !seen?.schemaPart) document.customXmlParts.add(schemaPartXml());
          // Every field, empty ones included: the add-in wrote them all.
          const everyField = Object.fromEntries(FIELDS.map((field) => [field.key, values[field.key] ?? '']));
          afterSnapshot = queueSnapshot(context, everyField, true);
          const afterPending = queuePending(context);
          await context.sync();
          afterSnapshot?.();
          afterPending();
        });
      } catch (error) {
        if (isSnapshotFailure(error)) snapshotState = { ids: null, snapshot: undefined };
        // Word applies a batch up to the failing command: part of the template may be there.
        return { ok: false as const, failure: await checkAfterFailure('insertTemplate', error, values, FIELDS.map((field) => field.key)) };
      }
      seen = { wrapper: true, present: new Set(inserted), schemaPart: supports('1.4') || (seen?.schemaPart ?? false) };
      const current: Partial<Record<FieldKey, string>> = {};
      for (const key of inserted) {
        // As read() would give it: an empty field is '' (documentValues).
        current[key] = valueFromText(key, normalized(values[key]));
      }
      lastRead = current;
      return { ok: true as const, inserted, snapshotWritten: afterSnapshot !== null };
    });

  /**
   * After a failed edit: one more round trip to see what is in the document now, so the user is
   * told exactly which fields were written. If that fails too, nothing is claimed as written.
   */
  const checkAfterFailure = async (
    operation: 'insertTemplate' | 'write' | 'repair',
    error: unknown,
    values: AnnotatieValues,
    keys: readonly FieldKey[],
  ) => {
    const info = classifyError(error);
    const now = await read();
    if (!now.ok) return failure(operation, info, [], [], keys);
    const written: FieldKey[] = [];
    const notWritten: FieldKey[] = [];
    for (const key of keys) {
      const intended = valueFromText(key, normalized(values[key]));
      const present = !now.findings.some((finding) => finding.field === key && finding.code === 'control_missing');
      if (present && (now.values[key] ?? '') === intended) written.push(key);
      else notWritten.push(key);
    }
    return failure(operation, info, written, notWritten);
  };

  const write = (changes: AnnotatieValues): Promise<WordResult<WriteOutcome>> =>
    guard<WriteOutcome>('write', async () => {
      const asked = FIELDS.map((field) => field.key).filter((key) => changes[key] !== undefined);
      const base = lastRead;
      const unchanged = base ? asked.filter((key) => normalized(changes[key]) === normalized(base[key])) : [];
      const keys = asked.filter((key) => !unchanged.includes(key));
      if (keys.length === 0) return { ok: true as const, written: [], notWritten: [], unchanged };
      if (seen && !seen.wrapper) return { ok: false as const, failure: failure('write', { kind: 'noAnnotatie' }, [], keys) };
      // Fields whose control the last read did not find: nothing to write into (repair first).
      const missing = seen ? keys.filter((key) => !seen?.present.has(key)) : [];
      const target = keys.filter((key) => !missing.includes(key));
      if (target.length === 0) return { ok: true as const, written: [], notWritten: missing, unchanged };
      let afterSnapshot: (() => void) | null = null;
      try {
        await host.run(async (context) => {
          // Scoped to the wrapper: a pasted copy of a field outside the annotatie is never written.
          const wrapper = liveControls(context.document.body.contentControls, support).getByTag(WRAPPER_TAG).getFirst();
          const inside = liveControls(wrapper.contentControls, support);
          for (const key of target) fillControl(inside.getByTag(fieldByKey(key).tag).getFirst(), key, changes[key] ?? '');
          afterSnapshot = queueSnapshot(context, Object.fromEntries(target.map((key) => [key, changes[key] ?? ''])), false);
          const afterPending = queuePending(context);
          await context.sync();
          (afterSnapshot as (() => void) | null)?.();
          afterPending();
        });
      } catch (error) {
        const snapshotOnly = isSnapshotFailure(error);
        if (snapshotOnly) snapshotState = { ids: null, snapshot: undefined };
        const reported = await checkAfterFailure('write', error, changes, target);
        // Only the snapshot's command failed (its part was removed meanwhile): the values landed.
        if (snapshotOnly && reported.notWritten.length === 0 && reported.uncertain.length === 0) {
          return { ok: true as const, written: target, notWritten: missing, unchanged, snapshotWritten: false };
        }
        return { ok: false as const, failure: { ...reported, notWritten: [...reported.notWritten, ...missing] } };
      }
      if (lastRead) {
        const updated: Partial<Record<FieldKey, string>> = { ...lastRead };
        for (const key of target) {
          // As read() would give it: an empty field is '' (documentValues).
          updated[key] = valueFromText(key, normalized(changes[key]));
        }
        lastRead = updated;
      }
      return { ok: true as const, written: target, notWritten: missing, unchanged, snapshotWritten: afterSnapshot !== null };
    });

  const select = (key: FieldKey): Promise<WordResult<SelectOutcome>> =>
    guard<SelectOutcome>('select', () =>
      host.run(async (context) => {
        // Word scrolls the selection into view; 'Start' puts the cursor in the field without
        // selecting (and so risking overtyping) its text.
        liveControls(context.document.body.contentControls, support).getByTag(fieldByKey(key).tag).getFirst().select('Start');
        await context.sync();
        return { ok: true as const, key };
      }),
    );

  const repair = (values: AnnotatieValues = {}): Promise<WordResult<RepairOutcome>> =>
    guard<RepairOutcome>('repair', async () => {
      if (!seen) {
        // Repair needs to know what is missing; the pane normally has read already.
        const detected = await detect();
        if (!detected.ok) return detected;
      }
      const state = seen as Seen | null;
      if (!state?.wrapper) return { ok: false as const, failure: failure('repair', { kind: 'noAnnotatie' }) };
      const missing = PLAN.places.filter((place) => !state.present.has(place.key));
      if (missing.length === 0) return { ok: true as const, recreated: [], notRecreated: [] };
      const recreated: FieldKey[] = [];
      const notRecreated: FieldKey[] = [];
      let afterSnapshot: (() => void) | null = null;
      try {
        await host.run(async (context) => {
          const wrapper = liveControls(context.document.body.contentControls, support).getByTag(WRAPPER_TAG).getFirst();
          const inside = liveControls(wrapper.contentControls, support);
          /** Controls present (or re-created in this batch) by key. */
          const handles = new Map<FieldKey, ContentControlApi>();
          const handle = (key: FieldKey): ContentControlApi => {
            const known = handles.get(key);
            if (known) return known;
            const control = inside.getByTag(fieldByKey(key).tag).getFirst();
            handles.set(key, control);
            return control;
          };
          const present = (place: FieldPlace): boolean => state.present.has(place.key) || recreated.includes(place.key);
          // Last field first: each missing field is put back just before the next field's
          // headings, so by the time an earlier one is placed, everything after it exists.
          for (const place of [...missing].reverse()) {
            let control: ContentControlApi | null = null;
            if (place.kind === 'cell') {
              const sibling = PLAN.places.find((other) => other.kind === 'cell' && other.table === place.table && other.key !== place.key && present(other));
              if (sibling) {
                const table: TableApi = handle(sibling.key).parentTableOrNullObject;
                control = table.getCell(place.row, place.column).body.paragraphs.getFirst().insertContentControl();
              }
            } else {
              const paragraph = paragraphBeforeNext(place, present, handle, wrapper);
              if (paragraph) {
                paragraph.styleBuiltIn = place.style;
                control = paragraph.insertContentControl();
              }
            }
            if (!control) {
              notRecreated.push(place.key);
              continue;
            }
            setUpFieldControl(control, place.key, dateStyle);
            // A cell keeps the text the user left when deleting the control; only given values overwrite it.
            if (values[place.key] !== undefined || place.kind === 'paragraph') fillControl(control, place.key, values[place.key] ?? '');
            handles.set(place.key, control);
            recreated.push(place.key);
          }
          // The values written into re-created controls (a cell that kept its text is not written).
          const written = recreated.filter((key) => values[key] !== undefined || PLAN.places.find((place) => place.key === key)?.kind === 'paragraph');
          if (written.length > 0) afterSnapshot = queueSnapshot(context, Object.fromEntries(written.map((key) => [key, values[key] ?? ''])), false);
          const afterPending = queuePending(context);
          await context.sync();
          (afterSnapshot as (() => void) | null)?.();
          afterPending();
        });
      } catch (error) {
        if (isSnapshotFailure(error)) snapshotState = { ids: null, snapshot: undefined };
        const info = classifyError(error);
        return { ok: false as const, failure: failure('repair', info, [], [], missing.map((place) => place.key)) };
      }
      seen = { ...state, present: new Set([...state.present, ...recreated]) };
      return { ok: true as const, recreated: [...recreated].reverse(), notRecreated, snapshotWritten: afterSnapshot !== null };
    });

  const identity = async (): Promise<string> => {
    let stored: unknown = null;
    try {
      stored = host.settings.get(DOCUMENT_ID_SETTING);
    } catch {
      // Settings unreadable (a host quirk): fall through to a new id for this session.
    }
    if (typeof stored === 'string' && stored !== '') return stored;
    const id = (options.newId ?? defaultId)();
    // Settings are saved into the document (its add-in part). The pane waits for this before it
    // renders, so never longer than settingsTimeoutMs: if saving fails or never answers, the id
    // still holds for this session and the draft store finds it while the pane is open.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.settingsTimeoutMs ?? 2000);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      try {
        host.settings.set(DOCUMENT_ID_SETTING, id);
        host.settings.saveAsync(done);
      } catch {
        done();
      }
    });
    return id;
  };

  return {
    detect,
    read,
    insertTemplate,
    write,
    select,
    repair,
    identity,
    review,
    acceptChanges: (selection) => act('accept', selection),
    rejectChanges: (selection) => act('reject', selection),
    // Old annotaties written before the add-in (issue 12): legacy-text.ts.
    ...legacyTextOperations(host, support, guard),
  };
}

/**
 * A new empty paragraph where a missing paragraph field belongs: just before the headings that
 * precede the next field (or the next table), counted from the shared layout. With no field
 * after it, at the end of the wrapper.
 */
function paragraphBeforeNext(
  place: FieldPlace,
  present: (place: FieldPlace) => boolean,
  handle: (key: FieldKey) => ContentControlApi,
  wrapper: ContentControlApi,
): ParagraphApi | null {
  const next = PLAN.places.find((other) => other.order > place.order);
  if (!next) return wrapper.insertParagraph('', 'End');
  if (next.kind === 'paragraph') {
    if (!present(next)) return null;
    const headings = PLAN.headingsBefore.get(next.key) ?? 0;
    if (headings === 0) return handle(next.key).insertParagraph('', 'Before');
    let anchor = handle(next.key).paragraphs.getFirst();
    for (let i = 0; i < headings; i += 1) anchor = anchor.getPrevious();
    return anchor.insertParagraph('', 'Before');
  }
  const sibling = PLAN.places.find((other) => other.kind === 'cell' && other.table === next.table && present(other));
  if (!sibling) return null;
  const table = handle(sibling.key).parentTableOrNullObject;
  const headings = PLAN.headingsBefore.get(`table:${next.table}`) ?? 0;
  if (headings === 0) return table.insertParagraph('', 'Before');
  let anchor = table.getParagraphBefore();
  for (let i = 1; i < headings; i += 1) anchor = anchor.getPrevious();
  return anchor.insertParagraph('', 'Before');
}
