/**
 * The Word adapter of the port: the only code that calls `context.sync()`. Every operation queues
 * its work for all 20 fields and syncs exactly once (a round trip costs tens of ms on the web and
 * the host queues at most 50 batches); only after a failed write does a second round trip check
 * what actually landed, so the user is told the truth.
 *
 * Why the template is built with the API (insertParagraph / insertTable / insertContentControl)
 * and not with insertOoxml of the .docx layer's fragment: insertOoxml into or around content
 * controls has duplicated controls and mangled tables and section properties on the web
 * (office-js #1914, #116, #110), and tag/title got lost on insertFileFromBase64 (#2752). The API
 * route sets tag and title explicitly on each control in the same batch, and uses the same
 * LAYOUT as the .docx layer, so both produce the same structure.
 *
 * Requirement sets: WordApi 1.3 is the minimum (getFirst, insertTable, styleBuiltIn,
 * parentTableOrNullObject, Paragraph.getPrevious). Behind isSetSupported:
 *  - WordApi 1.4: the schema-version custom XML part (without it: schemaVersion null, nothing
 *    written) and Document.changeTrackingMode (read only; without it: trackingChanges null);
 *  - WordApi 1.5: getByChangeTrackingStates to ignore controls that are pending tracked deletions
 *    (#1299); without it they count as live and `trackedDeletionsKnown` is false.
 */
import { FIELDS, SCHEMA_VERSION, WRAPPER_TAG, WRAPPER_TITLE, fieldByKey, fieldByTag } from '../../domain/fields';
import type { AnnotatieValues, FieldKey } from '../../domain/fields';
import type { Finding } from '../../domain/findings';
import { placeholderFor, isPlaceholder } from '../../domain/placeholders';
import { LAYOUT } from '../ooxml/layout';
import { SCHEMA_PART_NAMESPACE, schemaPartXml } from '../ooxml/schema-part';
import type {
  AnnotatieDocument,
  Detection,
  InsertLocation,
  InsertOutcome,
  ReadOutcome,
  RepairOutcome,
  SelectOutcome,
  WordResult,
  WriteOutcome,
} from '../port';
import type {
  ContentControlApi,
  ContentControlCollectionApi,
  ParagraphApi,
  RequestContextApi,
  TableApi,
  WordHost,
} from './api';
import { classifyError, failure } from './failure';
import { PLAN } from './plan';
import { wordText } from './text';
import type { FieldPlace } from './plan';

export const DOCUMENT_ID_SETTING = 'annotatie.documentId' as const;

export interface WordDocumentOptions {
  /** Makes the document identity for a document that has none yet (tests inject a fixed one). */
  readonly newId?: () => string;
  /** How long identity() waits for Office to save the document's settings. Default 2000 ms. */
  readonly settingsTimeoutMs?: number;
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
function setUpFieldControl(control: ContentControlApi, key: FieldKey): void {
  const field = fieldByKey(key);
  control.tag = field.tag;
  control.title = field.title;
  control.placeholderText = placeholderFor(key);
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
  let seen: Seen | null = null;
  /** Values as the last read found them (null before any read): write skips what did not change. */
  let lastRead: AnnotatieValues | null = null;

  /** Live controls: pending tracked deletions left out where the host can tell (WordApi 1.5). */
  const liveControls = (collection: ContentControlCollectionApi): ContentControlCollectionApi =>
    supports('1.5') ? collection.getByChangeTrackingStates(['Normal' as Word.ChangeTrackingState, 'Added' as Word.ChangeTrackingState]) : collection;

  const guard = async <T>(operation: Parameters<typeof failure>[0], work: () => Promise<WordResult<T>>): Promise<WordResult<T>> => {
    if (!supports('1.3')) return { ok: false, failure: failure(operation, { kind: 'notSupported', code: 'WordApi 1.3' }) };
    try {
      return await work();
    } catch (error) {
      return { ok: false, failure: failure(operation, classifyError(error)) };
    }
  };

  /** Queues the loads detect and read share; returns the collections to look at after sync. */
  const queueScan = (context: RequestContextApi, properties: string) => {
    const controls = liveControls(context.document.body.contentControls).load(properties);
    const parts = supports('1.4') ? context.document.customXmlParts.getByNamespace(SCHEMA_PART_NAMESPACE).load('items/id') : null;
    return { controls, parts };
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

  const detect = (): Promise<WordResult<Detection>> =>
    guard<Detection>('detect', () =>
      host.run(async (context) => {
        const { controls, parts } = queueScan(context, 'items/tag');
        await context.sync();
        const state = remember(
          controls.items.map((control) => control.tag),
          (parts?.items.length ?? 0) > 0,
        );
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

  const read = (): Promise<WordResult<ReadOutcome>> =>
    guard<ReadOutcome>('read', () =>
      host.run(async (context) => {
        const { controls, parts } = queueScan(context, 'items/tag,items/text');
        const documentState = supports('1.4') ? context.document.load('changeTrackingMode') : null;
        await context.sync();
        const items = controls.items;
        const state = remember(
          items.map((control) => control.tag),
          (parts?.items.length ?? 0) > 0,
        );
        if (!state.wrapper && state.present.size === 0) {
          return { ok: false as const, failure: failure('read', { kind: 'noAnnotatie' }) };
        }
        const byKey = new Map<FieldKey, string[]>();
        for (const control of items) {
          const field = fieldByTag(control.tag);
          if (!field) continue;
          byKey.set(field.key, [...(byKey.get(field.key) ?? []), control.text]);
        }
        const values: Partial<Record<FieldKey, string>> = {};
        const findings: Finding[] = [];
        for (const field of FIELDS) {
          const texts = byKey.get(field.key) ?? [];
          if (texts.length === 0) findings.push({ field: field.key, code: 'control_missing', severity: 'error' });
          if (texts.length > 1) findings.push({ field: field.key, code: 'control_duplicate', severity: 'error', params: { count: String(texts.length) } });
          // With duplicates the first in document order wins: a pasted copy lands after the original.
          const value = texts[0] === undefined ? '' : valueFromText(field.key, texts[0]);
          if (value !== '') values[field.key] = value;
        }
        lastRead = values;
        return {
          ok: true as const,
          values,
          findings,
          trackedDeletionsKnown: supports('1.5'),
          trackingChanges: documentState ? documentState.changeTrackingMode !== 'Off' : null,
        };
      }),
    );

  const insertTemplate = (values: AnnotatieValues, where: InsertLocation): Promise<WordResult<InsertOutcome>> =>
    guard<InsertOutcome>('insertTemplate', async () => {
      if (seen?.wrapper) return { ok: false as const, failure: failure('insertTemplate', { kind: 'alreadyPresent' }) };
      const inserted: FieldKey[] = [];
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
            if (!wrapper) throw new Error('LAYOUT must start with the title (src/document/ooxml/layout.ts)');
            if (node.kind === 'heading' || node.kind === 'fieldHeading') {
              const text = node.kind === 'heading' ? node.text : fieldByKey(node.key).title;
              wrapper.insertParagraph(text, 'End').styleBuiltIn = node.level === 1 ? 'Heading1' : 'Heading2';
            } else if (node.kind === 'field') {
              const paragraph = wrapper.insertParagraph('', 'End');
              paragraph.styleBuiltIn = node.style ?? 'Normal';
              const control = paragraph.insertContentControl();
              setUpFieldControl(control, node.key);
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
                  setUpFieldControl(control, cell.key);
                  fillControl(control, cell.key, values[cell.key] ?? '');
                  inserted.push(cell.key);
                }),
              );
            }
          }
          if (supports('1.4') && !seen?.schemaPart) document.customXmlParts.add(schemaPartXml());
          await context.sync();
        });
      } catch (error) {
        // Word applies a batch up to the failing command: part of the template may be there.
        return { ok: false as const, failure: await checkAfterFailure('insertTemplate', error, values, FIELDS.map((field) => field.key)) };
      }
      seen = { wrapper: true, present: new Set(inserted), schemaPart: supports('1.4') || (seen?.schemaPart ?? false) };
      const now: Partial<Record<FieldKey, string>> = {};
      for (const key of inserted) {
        const value = valueFromText(key, normalized(values[key]));
        if (value !== '') now[key] = value;
      }
      lastRead = now;
      return { ok: true as const, inserted };
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
      try {
        await host.run(async (context) => {
          // Scoped to the wrapper: a pasted copy of a field outside the annotatie is never written.
          const wrapper = liveControls(context.document.body.contentControls).getByTag(WRAPPER_TAG).getFirst();
          const inside = liveControls(wrapper.contentControls);
          for (const key of target) fillControl(inside.getByTag(fieldByKey(key).tag).getFirst(), key, changes[key] ?? '');
          await context.sync();
        });
      } catch (error) {
        const reported = await checkAfterFailure('write', error, changes, target);
        return { ok: false as const, failure: { ...reported, notWritten: [...reported.notWritten, ...missing] } };
      }
      if (lastRead) {
        const updated: Partial<Record<FieldKey, string>> = { ...lastRead };
        for (const key of target) {
          const value = valueFromText(key, normalized(changes[key]));
          if (value === '') delete updated[key];
          else updated[key] = value;
        }
        lastRead = updated;
      }
      return { ok: true as const, written: target, notWritten: missing, unchanged };
    });

  const select = (key: FieldKey): Promise<WordResult<SelectOutcome>> =>
    guard<SelectOutcome>('select', () =>
      host.run(async (context) => {
        // Word scrolls the selection into view; 'Start' puts the cursor in the field without
        // selecting (and so risking overtyping) its text.
        liveControls(context.document.body.contentControls).getByTag(fieldByKey(key).tag).getFirst().select('Start');
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
      try {
        await host.run(async (context) => {
          const wrapper = liveControls(context.document.body.contentControls).getByTag(WRAPPER_TAG).getFirst();
          const inside = liveControls(wrapper.contentControls);
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
            setUpFieldControl(control, place.key);
            // A cell keeps the text the user left when deleting the control; only given values overwrite it.
            if (values[place.key] !== undefined || place.kind === 'paragraph') fillControl(control, place.key, values[place.key] ?? '');
            handles.set(place.key, control);
            recreated.push(place.key);
          }
          await context.sync();
        });
      } catch (error) {
        const info = classifyError(error);
        return { ok: false as const, failure: failure('repair', info, [], [], missing.map((place) => place.key)) };
      }
      seen = { ...state, present: new Set([...state.present, ...recreated]) };
      return { ok: true as const, recreated: [...recreated].reverse(), notRecreated };
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

  return { detect, read, insertTemplate, write, select, repair, identity };
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

/**
 * Reading the part's `schema` attribute needs getXml() on the part, i.e. a second round trip
 * (calling it on a null object when there is no part is not defined behaviour we can rely on).
 * Every writer of a part in this namespace so far (this layer, the .docx layer) writes format 1.
 */
function schemaVersionOfPart(): string {
  return SCHEMA_VERSION;
}
