import type { ChangeTrackingMode } from '../api';
import { wordError } from './errors';
import type { WordErrorCode } from './errors';
import {
  BodyNode,
  ControlNode,
  ParagraphNode,
  TableNode,
  CellNode,
  collapsed,
  fullText,
  isInside,
  paragraphsOf,
  paragraphsTextAs,
  snapshotBlocks,
} from './model';
import type { BlockNode, ChangeRecord, ContainerNode, DocumentSnapshot, Revision, RunNode, Span, TextView } from './model';

/**
 * A failure to inject into one sync: the `operation`-th queued operation (1-based), or the
 * `operation`-th one at `location` (e.g. the 2nd "ContentControl.insertText"). Earlier operations
 * are applied and later ones not, as Word does with a batch.
 */
export interface InjectedFailure {
  /** Which sync (1-based, counted over the fake's life); omitted: the next sync. */
  readonly sync?: number;
  /** Word's errorLocation to count (e.g. "ContentControl.insertText"); omitted: every operation counts. */
  readonly location?: string;
  readonly operation?: number;
  readonly code: WordErrorCode;
}

/**
 * A dropped connection (Word on the web): the request never reaches Word (`beforeApply`) or
 * Word applies it and the answer is lost (`afterApply`). Either way the sync rejects.
 */
export interface InjectedDisconnect {
  readonly sync?: number;
  readonly when: 'beforeApply' | 'afterApply';
}

/** Which Word the fake plays; where they differ, the differences below are modelled. */
export type FakePlatform = 'web' | 'windows' | 'mac';

/** Review > Markup view (Word on the web) / Display for Review (desktop). */
export type MarkupView = 'simple' | 'all' | 'none' | 'original';

export interface FakeWordOptions {
  /** Simulated round-trip time per sync in ms (Word on the web: tens of ms). Default 40. */
  readonly latencyMs?: number;
  /** Actually wait `latencyMs` per sync (preview page); tests and bench only count it. */
  readonly realDelay?: boolean;
  /** Highest WordApi set the host supports ("1.3" … "1.9"). Default "1.9" (Word on the web). */
  readonly wordApi?: string;
  /**
   * Highest WordApiDesktop set ("1.1" … "1.3"), or null for none. Default: none on the web,
   * "1.3" on desktop (WordApiDesktop exists on Windows and Mac only).
   */
  readonly wordApiDesktop?: string | null;
  /** Default "web". Decides error codes in protected documents and how `text` shows revisions. */
  readonly platform?: FakePlatform;
  /**
   * The user's markup view. Default "simple", Word's default view, in which Word on the web's
   * `text` returns deleted text along with inserted text (office-js #5286): the surprising case
   * is the default so that code which trusts `text` fails in tests.
   */
  readonly markupView?: MarkupView;
  /**
   * Desktop only: revisions shown in balloons (Word's default) or inline. Inline, `text` includes
   * deleted text (office-js #2314). Default true.
   */
  readonly revisionsInBalloons?: boolean;
  /** The user Word records as author of tracked changes. */
  readonly author?: string;
  /** Clock for tracked-change dates. */
  readonly now?: () => Date;
}

export interface FakeStats {
  readonly syncs: number;
  readonly operations: number;
  readonly simulatedMs: number;
}

export interface CustomXmlPartNode {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

export interface QueuedOperation {
  /** Word's errorLocation, e.g. "ContentControl.insertText". */
  readonly location: string;
  readonly run: () => void;
}

function versionAtLeast(have: string, need: string): boolean {
  const [haveMajor = 0, haveMinor = 0] = have.split('.').map(Number);
  const [needMajor = 0, needMinor = 0] = need.split('.').map(Number);
  return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
}

/** The document and the host's state; proxies (./proxies) queue work against it. */
export class FakeWordEngine {
  readonly body = new BodyNode();
  trackingMode: ChangeTrackingMode = 'Off';
  /**
   * A protected or read-only document: every edit fails, with NotAllowed on the web
   * (office-js-docs #981, office-js #191: "The action isn't supported in Word Online") and
   * AccessDenied on desktop ("You don't have sufficient permissions", Office-Add-in-samples #1530).
   */
  protected_ = false;
  /** The selection: a collapsed range (the cursor) or a span, as Document.getSelection() gives it. */
  selection: Span;
  /** Tag of the control last scrolled into view by select(). */
  scrolledTo: string | null = null;
  /** Simulated round-trip time per sync; change it between calls to model a slower host. */
  latencyMs: number;
  readonly realDelay: boolean;
  readonly wordApi: string;
  readonly wordApiDesktop: string | null;
  readonly platform: FakePlatform;
  markupView: MarkupView;
  revisionsInBalloons: boolean;
  author: string;
  readonly now: () => Date;
  readonly settings = new Map<string, unknown>();
  readonly customXmlParts: CustomXmlPartNode[] = [];
  settingsSaves = 0;
  private syncCount = 0;
  private operationCount = 0;
  private simulated = 0;
  private failures: InjectedFailure[] = [];
  private disconnects: InjectedDisconnect[] = [];
  private listeners = new Set<() => void>();

  constructor(options: FakeWordOptions = {}) {
    this.latencyMs = options.latencyMs ?? 40;
    this.realDelay = options.realDelay ?? false;
    this.wordApi = options.wordApi ?? '1.9';
    this.platform = options.platform ?? 'web';
    this.wordApiDesktop = options.wordApiDesktop !== undefined ? options.wordApiDesktop : this.platform === 'web' ? null : '1.3';
    this.markupView = options.markupView ?? 'simple';
    this.revisionsInBalloons = options.revisionsInBalloons ?? true;
    this.author = options.author ?? 'Gebruiker';
    this.now = options.now ?? (() => new Date());
    // Word never has an empty body: a new document holds one empty paragraph with the cursor in it.
    const first = new ParagraphNode(this.body);
    this.body.blocks.push(first);
    this.selection = collapsed(first, 'start');
  }

  /**
   * What `text` (ContentControl, Paragraph, Range, Body) returns under pending tracked changes.
   * Word on the web returns deleted text too in Simple and All Markup (office-js #5286, #1267);
   * desktop does when revisions are shown inline instead of in balloons (#2314). "Original" is
   * modelled as the text that view shows (not verified against Word).
   */
  textView(): TextView {
    switch (this.markupView) {
      case 'none':
        return 'current';
      case 'original':
        return 'original';
      case 'simple':
        return this.platform === 'web' ? 'inline' : 'current';
      case 'all':
        return this.platform === 'web' || !this.revisionsInBalloons ? 'inline' : 'current';
    }
  }

  get stats(): FakeStats {
    return { syncs: this.syncCount, operations: this.operationCount, simulatedMs: this.simulated };
  }

  resetStats(): void {
    this.syncCount = 0;
    this.operationCount = 0;
    this.simulated = 0;
  }

  isSetSupported(name: string, minVersion = '1.1'): boolean {
    if (name === 'WordApi') return versionAtLeast(this.wordApi, minVersion);
    if (name === 'WordApiDesktop') return this.wordApiDesktop !== null && versionAtLeast(this.wordApiDesktop, minVersion);
    return false;
  }

  /**
   * office.js checks the requirement set on the client, when the member is called, and throws
   * ApiNotFound at once (CommonUtility.throwIfApiNotSupported, enabled in word-web-16.00.js by
   * `_doApiNotSupportedCheck = true`): the batch never reaches Word. So the fake throws here,
   * synchronously, not at sync.
   */
  requireApi(version: string, location: string, set: 'WordApi' | 'WordApiDesktop' = 'WordApi'): void {
    if (!this.isSetSupported(set, version)) throw wordError('ApiNotFound', location);
  }

  /** The code Word answers an edit in a protected document with (see `protected_`). */
  protectedError(location: string): Error {
    return wordError(this.platform === 'web' ? 'NotAllowed' : 'AccessDenied', location);
  }

  failAt(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  disconnect(disconnect: InjectedDisconnect): void {
    this.disconnects.push(disconnect);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  tracking(): boolean {
    return this.trackingMode !== 'Off';
  }

  revision(type: Revision['type'], author: string = this.author): Revision {
    return { type, author, date: this.now().toISOString() };
  }

  /**
   * Word refuses edits in a protected document and inside a control locked for editing. The code
   * for a locked control is AccessDenied here on every platform: Word's own answer is not
   * documented (the UI says "contained in controls which are locked for editing", office-js #2886).
   */
  assertEditable(container: ContainerNode | BlockNode, location: string): void {
    if (this.protected_) throw this.protectedError(location);
    let node: ContainerNode | BlockNode = container;
    for (;;) {
      if (node.kind === 'control' && node.cannotEdit) throw wordError('AccessDenied', location);
      if (node.kind === 'body') return;
      node = node.kind === 'cell' ? node.table.parent : node.parent;
    }
  }

  /** One round trip: apply the batch in order, as Word does; an error stops it where it happened. */
  async execute(queue: readonly QueuedOperation[]): Promise<void> {
    this.syncCount += 1;
    const syncNumber = this.syncCount;
    this.simulated += this.latencyMs;
    if (this.realDelay && this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    else await Promise.resolve();
    const disconnect = this.take(this.disconnects, syncNumber);
    if (disconnect?.when === 'beforeApply') throw wordError('ConnectionFailure');
    const failure = this.take(this.failures, syncNumber);
    let seen = 0;
    try {
      for (const operation of queue) {
        this.operationCount += 1;
        if (failure && (failure.location === undefined || failure.location === operation.location)) {
          seen += 1;
          if ((failure.operation ?? 1) === seen) throw wordError(failure.code, operation.location);
        }
        operation.run();
      }
    } finally {
      if (queue.length > 0) this.notify();
    }
    if (disconnect?.when === 'afterApply') throw wordError('ConnectionFailure');
  }

  private take<T extends { readonly sync?: number }>(list: T[], syncNumber: number): T | undefined {
    const index = list.findIndex((item) => item.sync === undefined || item.sync === syncNumber);
    if (index < 0) return undefined;
    const [item] = list.splice(index, 1);
    return item;
  }

  snapshot(): DocumentSnapshot {
    return { blocks: snapshotBlocks(this.body.blocks), trackingMode: this.trackingMode, protected: this.protected_ };
  }

  private partCount = 0;

  /** Word indexes a part by its root element's namespace; XML without a root element is refused. */
  private rootNamespace(xml: string, location: string): string {
    const root = /<(?![?!])([^\s>/]+)([^>]*)>/.exec(xml);
    if (!root) throw wordError('InvalidArgument', location);
    const prefix = root[1]?.includes(':') ? root[1].slice(0, root[1].indexOf(':')) : '';
    const declaration = new RegExp(`\\sxmlns${prefix === '' ? '' : `:${prefix}`}\\s*=\\s*(["'])(.*?)\\1`).exec(root[2] ?? '');
    return declaration?.[2] ?? '';
  }

  addCustomXmlPart(xml: string, location = 'CustomXmlPartCollection.add'): CustomXmlPartNode {
    this.partCount += 1;
    // Word makes a new GUID for every part added through the API.
    const id = `{FAKE0000-0000-4000-8000-${String(this.partCount).padStart(12, '0')}}`;
    const part = { id, namespaceUri: this.rootNamespace(xml, location), xml };
    this.customXmlParts.push(part);
    return part;
  }

  replaceCustomXmlPart(part: CustomXmlPartNode, xml: string, location: string): void {
    part.namespaceUri = this.rootNamespace(xml, location);
    part.xml = xml;
  }

  // -------------------------------------------------------------------------------------------
  // Edits shared by the proxies and the "user" helpers.

  newParagraph(parent: ContainerNode, text: string, style = 'Normal', author: string = this.author): ParagraphNode {
    const paragraph = new ParagraphNode(parent);
    paragraph.style = style;
    if (this.tracking()) {
      const revision = this.revision('insert', author);
      paragraph.mark = revision;
      if (text !== '') paragraph.runs.push({ text, revision });
    } else if (text !== '') {
      paragraph.runs.push({ text });
    }
    return paragraph;
  }

  /** Paragraphs for a text that may hold "\n" (Word makes each line a paragraph). */
  newParagraphs(parent: ContainerNode, text: string, style = 'Normal', author: string = this.author): ParagraphNode[] {
    return text.split(/\r\n|\r|\n/).map((line) => this.newParagraph(parent, line, style, author));
  }

  insertBlock(block: BlockNode, anchor: BlockNode, where: 'Before' | 'After'): void {
    const siblings = anchor.parent.blocks;
    const index = siblings.indexOf(anchor);
    siblings.splice(where === 'Before' ? index : index + 1, 0, block);
  }

  newTable(parent: ContainerNode, rowCount: number, columnCount: number, values?: readonly (readonly string[])[]): TableNode {
    const table = new TableNode(parent);
    for (let r = 0; r < rowCount; r += 1) {
      const row: CellNode[] = [];
      for (let c = 0; c < columnCount; c += 1) {
        const cell = new CellNode(table);
        cell.blocks.push(this.newParagraph(cell, values?.[r]?.[c] ?? ''));
        row.push(cell);
      }
      table.rows.push(row);
    }
    return table;
  }

  /** Wraps a paragraph in a new block-level control (Paragraph.insertContentControl). */
  wrapInControl(paragraph: ParagraphNode): ControlNode {
    const control = new ControlNode(paragraph.parent);
    const siblings = paragraph.parent.blocks;
    siblings.splice(siblings.indexOf(paragraph), 1, control);
    control.blocks.push(paragraph);
    paragraph.parent = control;
    if (this.tracking()) {
      control.trackingState = 'Added';
      control.revision = this.revision('insert');
    }
    return control;
  }

  /**
   * Marks runs deleted by `author`, as typing over or deleting them with tracking on does: the
   * author's own pending insertions simply disappear (as in Word), someone else's insertion
   * becomes a deletion that remembers it (rejecting the deletion gives the insertion back).
   */
  private deleteRunsTracked(paragraph: ParagraphNode, runs: readonly RunNode[], author: string): void {
    const deletion = this.revision('delete', author);
    const gone = new Set<RunNode>();
    for (const run of runs) {
      if (run.revision?.type === 'delete') continue;
      if (run.revision?.type === 'insert' && run.revision.author === author) {
        gone.add(run);
        continue;
      }
      if (run.revision?.type === 'insert') run.inserted = run.revision;
      run.revision = deletion;
    }
    if (gone.size > 0) paragraph.runs = paragraph.runs.filter((run) => !gone.has(run));
  }

  /**
   * Replaces a control's content with text. With tracking on, the old text stays as a tracked
   * deletion by the author, the marks of all but the last old paragraph are deleted (so they join
   * in the current text), the first new line is a tracked insertion in the first paragraph and
   * further lines are inserted paragraphs after the old ones. Returns the span of the new text.
   */
  replaceControlText(control: ControlNode, text: string, author: string = this.author): Span {
    const paragraphs = paragraphsOf(control);
    const style = paragraphs[0]?.style ?? 'Normal';
    if (!this.tracking()) {
      const fresh = this.newParagraphs(control, text, style, author);
      control.blocks = fresh;
      return this.spanBetween(fresh[0] as ParagraphNode, 0, fresh[fresh.length - 1] as ParagraphNode);
    }
    const kept: ParagraphNode[] = [];
    for (const paragraph of paragraphs) {
      this.deleteRunsTracked(paragraph, [...paragraph.runs], author);
      // The author's own inserted, now empty paragraph goes away entirely (its insertion undone).
      const ownInsertion = paragraph.mark?.type === 'insert' && paragraph.mark.author === author && paragraph.runs.length === 0;
      if (ownInsertion && kept.length + 1 < paragraphs.length) {
        paragraph.parent.blocks.splice(paragraph.parent.blocks.indexOf(paragraph), 1);
        continue;
      }
      kept.push(paragraph);
    }
    kept.forEach((paragraph, index) => {
      if (index < kept.length - 1 && paragraph.mark?.type !== 'delete') paragraph.mark = this.revision('delete', author);
    });
    const lines = text.split(/\r\n|\r|\n/);
    const first = kept[0] ?? this.newParagraph(control, '', style, author);
    if (!kept[0]) control.blocks.unshift(first);
    const startOffset = fullText(first).length;
    if ((lines[0] ?? '') !== '') first.runs.push({ text: lines[0] ?? '', revision: this.revision('insert', author) });
    let anchor: ParagraphNode = kept[kept.length - 1] ?? first;
    let last = first;
    for (const line of lines.slice(1)) {
      const paragraph = this.newParagraph(anchor.parent, line, style, author);
      this.insertBlock(paragraph, anchor, 'After');
      anchor = paragraph;
      last = paragraph;
    }
    return this.spanBetween(first, startOffset, last);
  }

  private spanBetween(first: ParagraphNode, startOffset: number, last: ParagraphNode): Span {
    return { start: { paragraph: first, offset: startOffset }, end: { paragraph: last, offset: fullText(last).length } };
  }

  /**
   * insertText at "Start"/"End" of a control: the text joins the first/last paragraph (as typing
   * there does); further lines after "\n" become paragraphs of their own. Returns the new text's span.
   */
  insertTextAt(control: ControlNode, text: string, where: 'Start' | 'End'): Span {
    const paragraphs = paragraphsOf(control);
    const target = where === 'Start' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
    const [first = '', ...rest] = text.split(/\r\n|\r|\n/);
    const run = (value: string): RunNode => (this.tracking() ? { text: value, revision: this.revision('insert') } : { text: value });
    if (!target) {
      const created = this.newParagraphs(control, text);
      control.blocks.push(...created);
      return this.spanBetween(created[0] as ParagraphNode, 0, created[created.length - 1] as ParagraphNode);
    }
    const startOffset = where === 'Start' ? 0 : fullText(target).length;
    if (first !== '') {
      if (where === 'Start') target.runs.unshift(run(first));
      else target.runs.push(run(first));
    }
    let anchor = target;
    for (const line of rest) {
      const paragraph = this.newParagraph(anchor.parent, line, target.style);
      this.insertBlock(paragraph, anchor, 'After');
      anchor = paragraph;
    }
    const endOffset = anchor === target ? startOffset + first.length : fullText(anchor).length;
    return { start: { paragraph: target, offset: startOffset }, end: { paragraph: anchor, offset: endOffset } };
  }

  /** Splits runs so that one starts exactly at `offset` (deletions counted); returns its index. */
  private splitAt(paragraph: ParagraphNode, offset: number): number {
    let position = 0;
    for (let index = 0; index < paragraph.runs.length; index += 1) {
      const run = paragraph.runs[index] as RunNode;
      if (position === offset) return index;
      const end = position + run.text.length;
      if (offset < end) {
        const head: RunNode = { ...run, text: run.text.slice(0, offset - position) };
        const tail: RunNode = { ...run, text: run.text.slice(offset - position) };
        paragraph.runs.splice(index, 1, head, tail);
        return index + 1;
      }
      position = end;
    }
    return paragraph.runs.length;
  }

  /** The offset (deletions counted) of the `live`-th character of the current text. */
  private fullOffset(paragraph: ParagraphNode, live: number, atEnd: boolean): number {
    let full = 0;
    let seen = 0;
    for (const run of paragraph.runs) {
      const shown = run.revision?.type !== 'delete';
      if (shown && (seen + run.text.length > live || (atEnd && seen + run.text.length === live))) return full + (live - seen);
      if (shown) seen += run.text.length;
      full += run.text.length;
    }
    return full;
  }

  /**
   * A user's edit inside a control's current text, in the first paragraph that holds the text:
   * replace a piece, insert after or before a piece, or delete one. Tracked under `author` when
   * tracking is on; the deletion comes first and the insertion after it, as Word places them.
   */
  editControl(control: ControlNode, edit: ControlEdit, author: string = this.author): void {
    const needle = 'find' in edit ? edit.find : 'after' in edit ? edit.after : 'before' in edit ? edit.before : edit.delete;
    if (needle === '') throw new Error('fake Word: an edit needs some text to find');
    const paragraph = paragraphsOf(control).find((candidate) => liveText(candidate).includes(needle));
    if (!paragraph) throw new Error(`fake Word: "${needle}" is not in control ${control.tag}`);
    const liveStart = liveText(paragraph).indexOf(needle);
    const removing = 'find' in edit || 'delete' in edit;
    const text = 'find' in edit ? edit.replace : 'after' in edit || 'before' in edit ? edit.insert : '';
    if (removing) this.editParagraph(paragraph, liveStart, liveStart + needle.length, text, author);
    else if ('before' in edit) this.editParagraph(paragraph, liveStart, liveStart, text, author, 'afterDeletions');
    else this.editParagraph(paragraph, liveStart + needle.length, liveStart + needle.length, text, author);
  }

  /**
   * What typing does to a control, as Word tracks it: only the characters that changed. The
   * difference between the control's current text and `text` (common start and end kept) is
   * applied in place when it lies inside one paragraph; a difference across paragraphs (a line
   * added or joined) replaces the control's content, as typeInControl does. The preview's
   * "edit the document directly" plays the user through this.
   */
  typeDifference(control: ControlNode, text: string, author: string = this.author): void {
    const paragraphs = paragraphsOf(control);
    const lines = paragraphs.map(liveText);
    const current = lines.join('\n');
    const wanted = text.replace(/\r\n|\r/g, '\n');
    if (wanted === current) return;
    // Paragraph marks pending deletion make lines and paragraphs differ: no in-place edit then.
    const plain = paragraphsTextAs(paragraphs, 'current', '\n') === current;
    let start = 0;
    while (start < current.length && start < wanted.length && current[start] === wanted[start]) start += 1;
    let end = 0;
    while (end < current.length - start && end < wanted.length - start && current[current.length - 1 - end] === wanted[wanted.length - 1 - end]) end += 1;
    // A user selects a whole word and types over it: a difference that starts or ends inside a
    // word takes in the whole word ("leven" → "werken", not "lev" → "werk").
    const word = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
    while (start > 0 && word(current[start - 1]) && (word(current[start]) || word(wanted[start]))) start -= 1;
    while (end > 0 && word(current[current.length - end]) && (word(current[current.length - end - 1]) || word(wanted[wanted.length - end - 1]))) end -= 1;
    const removed = current.slice(start, current.length - end);
    const inserted = wanted.slice(start, wanted.length - end);
    let offset = 0;
    const index = lines.findIndex((line) => {
      if (start <= offset + line.length) return true;
      offset += line.length + 1;
      return false;
    });
    const paragraph = paragraphs[index];
    if (!plain || !paragraph || removed.includes('\n') || inserted.includes('\n')) {
      this.replaceControlText(control, wanted, author);
      return;
    }
    this.editParagraph(paragraph, start - offset, start - offset + removed.length, inserted, author, 'afterDeletions');
  }

  /**
   * Replaces the current text between two live offsets of a paragraph. Equal offsets insert;
   * where deleted text sits at that point, the insertion goes before it, or after it with
   * 'afterDeletions' (typing in front of the next live character).
   */
  private editParagraph(paragraph: ParagraphNode, liveStart: number, liveEnd: number, text: string, author: string, at: 'beforeDeletions' | 'afterDeletions' = 'beforeDeletions'): void {
    const from = this.fullOffset(paragraph, liveStart, false);
    const to = this.fullOffset(paragraph, liveEnd, true);
    const removing = liveEnd > liveStart;
    let insertAt = at === 'afterDeletions' ? from : to;
    if (removing) {
      const first = this.splitAt(paragraph, from);
      const last = this.splitAt(paragraph, to);
      const runs = paragraph.runs.slice(first, last).filter((run) => run.revision?.type !== 'delete');
      if (this.tracking()) {
        this.deleteRunsTracked(paragraph, runs, author);
      } else {
        const gone = new Set(runs);
        paragraph.runs = paragraph.runs.filter((run) => !gone.has(run));
      }
      insertAt = this.tracking() ? this.endOfDeletion(paragraph, from, runs) : from;
    }
    if (text === '') return;
    const index = this.splitAt(paragraph, insertAt);
    paragraph.runs.splice(index, 0, this.tracking() ? { text, revision: this.revision('insert', author) } : { text });
  }

  /** Where inserted text goes after a tracked deletion that started at `from`: right after it. */
  private endOfDeletion(paragraph: ParagraphNode, from: number, deleted: readonly RunNode[]): number {
    const set = new Set(deleted);
    let offset = 0;
    let end = from;
    for (const run of paragraph.runs) {
      offset += run.text.length;
      if (set.has(run)) end = offset;
    }
    return end;
  }

  /** Accepts one pending change (TrackedChange.accept / acceptAll). */
  acceptChange(change: ChangeRecord, location: string): void {
    this.settle(change, location, true);
  }

  /** Rejects one pending change (TrackedChange.reject / rejectAll). */
  rejectChange(change: ChangeRecord, location: string): void {
    this.settle(change, location, false);
  }

  private settle(change: ChangeRecord, location: string, accept: boolean): void {
    const { paragraph, runs, revision } = change;
    const attached = paragraphsOf(this.body).includes(paragraph) && runs.every((run) => paragraph.runs.includes(run));
    if (!attached || (runs.length === 0 && !change.mark)) throw wordError('ItemNotFound', location);
    this.assertEditable(paragraph, location);
    // Accepting an insertion or rejecting a deletion keeps the text; the other two remove it.
    const keep = (revision.type === 'insert') === accept;
    const set = new Set(runs);
    if (keep) {
      for (const run of runs) {
        if (!accept && run.inserted) run.revision = run.inserted;
        else delete run.revision;
        if (accept || !run.inserted) delete run.inserted;
      }
    } else {
      paragraph.runs = paragraph.runs.filter((run) => !set.has(run));
    }
    if (!change.mark) return;
    if (keep) {
      delete paragraph.mark;
      return;
    }
    // The mark goes: the paragraph joins the next one in its container (or vanishes if empty).
    delete paragraph.mark;
    const siblings = paragraph.parent.blocks;
    const index = siblings.indexOf(paragraph);
    const next = siblings[index + 1];
    if (paragraph.runs.length === 0 && siblings.length > 1) {
      siblings.splice(index, 1);
      this.moveSelectionOff(paragraph, next?.kind === 'paragraph' ? next : undefined);
    } else if (next?.kind === 'paragraph') {
      paragraph.runs.push(...next.runs);
      if (next.mark) paragraph.mark = next.mark;
      siblings.splice(index + 1, 1);
      this.moveSelectionOff(next, paragraph);
    }
  }

  private moveSelectionOff(gone: ParagraphNode, to?: ParagraphNode): void {
    if (this.selection.start.paragraph !== gone && this.selection.end.paragraph !== gone) return;
    this.selection = collapsed(to ?? (paragraphsOf(this.body)[0] as ParagraphNode), 'start');
  }

  /**
   * Paragraph.delete: untracked, the paragraph goes (a container keeps one empty paragraph, as
   * Word keeps the end-of-cell and the last body paragraph mark); with tracking on, its text and
   * its mark become a tracked deletion by the author, so accepting removes it and rejecting
   * brings it back (the author's own pending insertions just disappear, as in Word).
   */
  deleteParagraph(paragraph: ParagraphNode, author: string = this.author): void {
    const siblings = paragraph.parent.blocks;
    if (this.tracking()) {
      this.deleteRunsTracked(paragraph, [...paragraph.runs], author);
      const last = paragraphsOf(this.body).at(-1) === paragraph;
      if (!last && paragraph.mark?.type !== 'delete') paragraph.mark = this.revision('delete', author);
      return;
    }
    const index = siblings.indexOf(paragraph);
    if (siblings.length > 1) {
      siblings.splice(index, 1);
      const next = siblings[index] ?? siblings[index - 1];
      this.moveSelectionOff(paragraph, next?.kind === 'paragraph' ? next : undefined);
    } else {
      paragraph.runs = [];
    }
  }

  /** Removes a control the way the user deletes it (with or without its content). */
  removeControl(control: ControlNode, keepContent: boolean): void {
    const siblings = control.parent.blocks;
    const index = siblings.indexOf(control);
    if (keepContent) {
      for (const block of control.blocks) block.parent = control.parent;
      siblings.splice(index, 1, ...control.blocks);
    } else {
      siblings.splice(index, 1);
    }
    // Word keeps at least one paragraph in every cell and in the body (the end-of-cell mark).
    if (control.parent.kind !== 'control' && control.parent.blocks.length === 0) {
      control.parent.blocks.push(new ParagraphNode(control.parent));
    }
    const cursor = this.selection.start.paragraph;
    if (!keepContent && isInside(cursor, control)) this.selection = collapsed(paragraphsOf(this.body)[0] as ParagraphNode, 'start');
  }
}

/** A user's edit of part of a control's text (see FakeWordEngine.editControl). */
export type ControlEdit =
  | { readonly find: string; readonly replace: string }
  | { readonly after: string; readonly insert: string }
  | { readonly before: string; readonly insert: string }
  | { readonly delete: string };

function liveText(paragraph: ParagraphNode): string {
  return paragraph.runs
    .filter((run) => run.revision?.type !== 'delete')
    .map((run) => run.text)
    .join('');
}
