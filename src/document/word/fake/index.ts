/**
 * A Word fake as strict as Word where this layer depends on it: proxies queue work until
 * `sync()`; unloaded properties throw PropertyNotLoaded with Word's message; syncs and operations
 * are counted and each costs simulated latency; failures (AccessDenied, GeneralException,
 * ItemNotFound, a dropped connection) can be injected per sync and per operation; controls carry
 * tag, title, placeholder, cannotDelete/cannotEdit and a change-tracking state; with tracking on,
 * edits are recorded as tracked changes with author and date.
 *
 * Use: `const fake = createFakeWord(); const doc = createWordDocument(fake.host);` — the REAL
 * word layer runs against it (tests, bench, and the task pane's preview page).
 */
import type { RequestContextApi, SettingsApi, WordHost } from '../api';
import { FakeWordEngine } from './engine';
import type { ControlEdit, CustomXmlPartNode, FakeStats, FakeWordOptions, InjectedDisconnect, InjectedFailure, MarkupView } from './engine';
import { FakeContext } from './proxies';
import { snapshotToDocumentXml } from './document-xml';
import { ControlNode, collapsed, controlsOf, isInside, paragraphText, paragraphsOf, paragraphsTextAs, renderSnapshotHtml } from './model';
import type { BlockNode, DocumentSnapshot } from './model';

export type { ControlEdit, CustomXmlPartNode, FakePlatform, FakeStats, FakeWordOptions, InjectedDisconnect, InjectedFailure, MarkupView } from './engine';
export type { DocumentSnapshot, SnapshotBlock, SnapshotRun, Revision } from './model';
export { renderSnapshotHtml } from './model';
export { snapshotToDocumentXml } from './document-xml';
export { FakeWordError } from './errors';

/** Who does a user action and on which copy of a control (default: the fake's author, the first). */
export interface UserActionOptions {
  /** Recorded as the tracked change's author (a co-author, the griffie…). */
  readonly author?: string;
  readonly occurrence?: number;
}

/** What a user does in Word by hand, applied directly to the fake's document (no round trip). */
export interface FakeUser {
  /** Replaces the whole document with these paragraphs (a document with existing text). */
  setParagraphs(texts: readonly string[]): void;
  /** Puts the cursor (collapsed) at the start of the n-th paragraph (negative counts from the end). */
  placeCursor(paragraphIndex: number): void;
  /** Types text at the end of the n-th paragraph of the body (negative counts from the end; tracked when tracking is on). */
  typeAtEndOfParagraph(paragraphIndex: number, text: string): void;
  /** Types over a control's content (tracked when tracking is on). A number is the occurrence. */
  typeInControl(tag: string, text: string, options?: number | UserActionOptions): void;
  /**
   * Types the control's text into `text` the way a user edits it in place: only what differs is
   * changed (and tracked, when tracking is on); see FakeWordEngine.typeDifference.
   */
  retypeControl(tag: string, text: string, options?: number | UserActionOptions): void;
  /**
   * Edits part of a control's text: `{ find, replace }`, `{ after | before, insert }` or `{ delete }`, in
   * the first paragraph that holds the text (tracked when tracking is on).
   */
  editControl(tag: string, edit: ControlEdit, options?: UserActionOptions): void;
  /**
   * Deletes a control: untracked it is gone; with tracking on it stays as a tracked deletion
   * (#1299). A control marked "cannot be deleted" refuses unless `unlock` (the user first unticks
   * that box in the control's properties).
   */
  deleteControl(
    tag: string,
    options?: { readonly keepContent?: boolean; readonly occurrence?: number; readonly unlock?: boolean; readonly author?: string },
  ): void;
  /** Pastes a copy of a control (desktop copies the tag with it, #1926) right after the wrapper. */
  pasteDuplicate(tag: string): void;
  /** Ticks "Contents cannot be edited" in the control's properties (w:lock contentLocked). */
  lockControl(tag: string, locked: boolean, occurrence?: number): void;
  setTracking(mode: 'Off' | 'TrackAll' | 'TrackMineOnly'): void;
  setProtected(on: boolean): void;
  setAuthor(author: string): void;
  /** Review > Markup view: decides what `text` returns under pending changes (#5286, #2314). */
  setMarkupView(view: MarkupView): void;
}

export interface FakeWord {
  readonly host: WordHost;
  readonly engine: FakeWordEngine;
  readonly user: FakeUser;
  readonly stats: () => FakeStats;
  readonly resetStats: () => void;
  readonly failAt: (failure: InjectedFailure) => void;
  /** Changes the simulated round-trip time from the next sync on. */
  readonly setLatency: (ms: number) => void;
  readonly disconnect: (disconnect: InjectedDisconnect) => void;
  /** Serialisable tree of the document, for the preview and for tests. */
  readonly snapshot: () => DocumentSnapshot;
  /** The document as word/document.xml (WordprocessingML), for the .docx layer's reader. */
  readonly documentXml: () => string;
  /** React-free HTML of the document (all text escaped), for the preview page. */
  readonly renderHtml: () => string;
  /** Called after every sync that changed something; returns an unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
  /** All controls with this tag, live and tracked-deleted, in document order. */
  readonly controls: (tag: string) => readonly ControlNode[];
  /** The current text of each control with this tag (live and tracked-deleted), lines joined with "\n". */
  readonly controlTexts: (tag: string) => readonly string[];
  /** The document's text as shown with tracked deletions hidden, one line per paragraph. */
  readonly text: () => string;
  /** The document's custom XML parts (WordApi 1.4), as Word holds them. */
  readonly customXmlParts: () => readonly CustomXmlPartNode[];
  /** The tag of the innermost control holding the cursor (where select() put it), or null. */
  readonly cursorControlTag: () => string | null;
}

class FakeSettings implements SettingsApi {
  constructor(private readonly engine: FakeWordEngine) {}
  get(name: string): unknown {
    return this.engine.settings.has(name) ? this.engine.settings.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.engine.settings.set(name, value);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.engine.settingsSaves += 1;
    // Office.AsyncResultStatus.Succeeded is the string "succeeded"; the enum object itself exists
    // only inside office.js, which does not run here.
    const result = { status: 'succeeded', value: undefined, asyncContext: undefined, error: undefined } as unknown as Office.AsyncResult<void>;
    if (callback) setTimeout(() => callback(result), 0);
  }
}

function nth<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index < 0 ? items.length + index : index];
  if (item === undefined) throw new Error(`fake Word: no ${what} #${index}`);
  return item;
}

export function createFakeWord(options: FakeWordOptions = {}): FakeWord {
  const engine = new FakeWordEngine(options);
  const settings = new FakeSettings(engine);

  const run = async <T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T> => {
    const context = new FakeContext(engine);
    try {
      const result = await batch(context);
      // Like Word.run (office.js: `return ctx.sync(runBodyResult)`): work still queued when the
      // batch returns is sent in a final round trip.
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  };

  const controls = (tag: string): ControlNode[] => controlsOf(engine.body).filter((control) => control.tag === tag);

  const user: FakeUser = {
    setParagraphs(texts) {
      engine.body.blocks = texts.map((text) => engine.newParagraph(engine.body, text));
      if (engine.body.blocks.length === 0) engine.body.blocks.push(engine.newParagraph(engine.body, ''));
      engine.selection = collapsed(nth(paragraphsOf(engine.body), -1, 'paragraph'), 'end');
      engine.notify();
    },
    placeCursor(paragraphIndex) {
      engine.selection = collapsed(nth(paragraphsOf(engine.body), paragraphIndex, 'paragraph'), 'start');
    },
    typeAtEndOfParagraph(paragraphIndex, text) {
      const paragraph = nth(paragraphsOf(engine.body), paragraphIndex, 'paragraph');
      paragraph.runs.push(engine.tracking() ? { text, revision: engine.revision('insert') } : { text });
      engine.notify();
    },
    typeInControl(tag, text, options = {}) {
      const { occurrence = 0, author = engine.author } = typeof options === 'number' ? { occurrence: options } : options;
      const control = nth(controls(tag), occurrence, `control ${tag}`);
      // Word does not let anyone type in a control locked for editing (w:lock contentLocked).
      if (control.cannotEdit) throw new Error(`fake Word: control ${tag} is locked for editing`);
      engine.replaceControlText(control, text, author);
      engine.notify();
    },
    retypeControl(tag, text, options = {}) {
      const { occurrence = 0, author = engine.author } = typeof options === 'number' ? { occurrence: options } : options;
      const control = nth(controls(tag), occurrence, `control ${tag}`);
      if (control.cannotEdit) throw new Error(`fake Word: control ${tag} is locked for editing`);
      if (engine.protected_) throw new Error('fake Word: the document is protected');
      engine.typeDifference(control, text, author);
      engine.notify();
    },
    editControl(tag, edit, options = {}) {
      const control = nth(controls(tag), options.occurrence ?? 0, `control ${tag}`);
      if (control.cannotEdit) throw new Error(`fake Word: control ${tag} is locked for editing`);
      engine.editControl(control, edit, options.author ?? engine.author);
      engine.notify();
    },
    deleteControl(tag, deleteOptions = {}) {
      const control = nth(controls(tag), deleteOptions.occurrence ?? 0, `control ${tag}`);
      // Word does not let the user delete a control marked "cannot be deleted" (w:lock sdtLocked).
      if (control.cannotDelete && !deleteOptions.unlock) throw new Error(`fake Word: control ${tag} cannot be deleted`);
      if (engine.tracking()) {
        const deletion = engine.revision('delete', deleteOptions.author ?? engine.author);
        control.trackingState = 'Deleted';
        control.revision = deletion;
        for (const paragraph of paragraphsOf(control)) {
          paragraph.runs = paragraph.runs.map((run) => (run.revision ? run : { text: run.text, revision: deletion }));
        }
      } else {
        engine.removeControl(control, deleteOptions.keepContent ?? false);
      }
      engine.notify();
    },
    pasteDuplicate(tag) {
      const original = nth(controls(tag), 0, `control ${tag}`);
      const wrapper = controlsOf(engine.body).find((control) => control.tag === 'annotatie');
      const copy = new ControlNode(engine.body);
      copy.tag = original.tag;
      copy.title = original.title;
      copy.blocks = paragraphsOf(original).map((paragraph) => engine.newParagraph(copy, paragraphText(paragraph), paragraph.style));
      const anchor: BlockNode = wrapper && wrapper.parent === engine.body ? wrapper : nth(engine.body.blocks, -1, 'block');
      engine.insertBlock(copy, anchor, 'After');
      engine.notify();
    },
    lockControl(tag, locked, occurrence = 0) {
      nth(controls(tag), occurrence, `control ${tag}`).cannotEdit = locked;
      engine.notify();
    },
    setMarkupView(view) {
      engine.markupView = view;
    },
    setTracking(mode) {
      engine.trackingMode = mode;
      engine.notify();
    },
    setProtected(on) {
      engine.protected_ = on;
      engine.notify();
    },
    setAuthor(author) {
      engine.author = author;
    },
  };

  return {
    host: {
      run,
      isSetSupported: (name, minVersion) => engine.isSetSupported(name, minVersion),
      settings,
    },
    engine,
    user,
    stats: () => engine.stats,
    resetStats: () => engine.resetStats(),
    failAt: (failure) => engine.failAt(failure),
    setLatency: (ms) => {
      engine.latencyMs = ms;
    },
    disconnect: (disconnect) => engine.disconnect(disconnect),
    snapshot: () => engine.snapshot(),
    renderHtml: () => renderSnapshotHtml(engine.snapshot()),
    documentXml: () => snapshotToDocumentXml(engine.snapshot()),
    subscribe: (listener) => engine.subscribe(listener),
    controls,
    controlTexts: (tag) => controls(tag).map((control) => paragraphsTextAs(paragraphsOf(control), 'current', '\n')),
    text: () => paragraphsTextAs(paragraphsOf(engine.body), 'current', '\n'),
    customXmlParts: () => engine.customXmlParts,
    cursorControlTag: () => {
      const cursor = engine.selection.start.paragraph;
      const holding = controlsOf(engine.body).filter((control) => isInside(cursor, control));
      // controlsOf lists outer controls before the ones inside them: the last is the innermost.
      return holding[holding.length - 1]?.tag ?? null;
    },
  };
}
