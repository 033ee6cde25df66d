import type { ChangeTrackingMode } from '../api';
import { wordError } from './errors';
import type { WordErrorCode } from './errors';
import {
  BodyNode,
  ControlNode,
  ParagraphNode,
  TableNode,
  CellNode,
  isInside,
  paragraphsOf,
  snapshotBlocks,
} from './model';
import type { BlockNode, ContainerNode, DocumentSnapshot, Revision } from './model';

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

export interface FakeWordOptions {
  /** Simulated round-trip time per sync in ms (Word on the web: tens of ms). Default 40. */
  readonly latencyMs?: number;
  /** Actually wait `latencyMs` per sync (preview page); tests and bench only count it. */
  readonly realDelay?: boolean;
  /** Highest WordApi set the host supports ("1.3" … "1.9"). Default "1.9" (Word on the web). */
  readonly wordApi?: string;
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
  readonly namespaceUri: string;
  readonly xml: string;
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
  /** A protected or read-only document: every edit fails with AccessDenied. */
  protected_ = false;
  selection: ParagraphNode;
  /** Tag of the control last scrolled into view by select(). */
  scrolledTo: string | null = null;
  /** Simulated round-trip time per sync; change it between calls to model a slower host. */
  latencyMs: number;
  readonly realDelay: boolean;
  readonly wordApi: string;
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
    this.author = options.author ?? 'Gebruiker';
    this.now = options.now ?? (() => new Date());
    // Word never has an empty body: a new document holds one empty paragraph with the cursor in it.
    this.selection = new ParagraphNode(this.body);
    this.body.blocks.push(this.selection);
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
    // Word on the web has no WordApiDesktop; our fake plays Word on the web.
    return false;
  }

  requireApi(version: string, location: string): void {
    if (!versionAtLeast(this.wordApi, version)) throw wordError('ApiNotFound', location);
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

  revision(type: Revision['type']): Revision {
    return { type, author: this.author, date: this.now().toISOString() };
  }

  /** Word refuses edits in a protected document and inside a control locked for editing. */
  assertEditable(container: ContainerNode | BlockNode, location: string): void {
    if (this.protected_) throw wordError('AccessDenied', location);
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

  addCustomXmlPart(xml: string): CustomXmlPartNode {
    // The root element's default namespace, as Word indexes parts by it.
    const root = /<(?!\?)[^\s>/]+[^>]*?\sxmlns="([^"]*)"/.exec(xml);
    const part = { id: `{FAKE-PART-${this.customXmlParts.length + 1}}`, namespaceUri: root?.[1] ?? '', xml };
    this.customXmlParts.push(part);
    return part;
  }

  // -------------------------------------------------------------------------------------------
  // Edits shared by the proxies and the "user" helpers.

  newParagraph(parent: ContainerNode, text: string, style = 'Normal'): ParagraphNode {
    const paragraph = new ParagraphNode(parent);
    paragraph.style = style;
    if (text !== '') paragraph.runs.push(this.tracking() ? { text, revision: this.revision('insert') } : { text });
    return paragraph;
  }

  /** Paragraphs for a text that may hold "\n" (Word makes each line a paragraph). */
  newParagraphs(parent: ContainerNode, text: string, style = 'Normal'): ParagraphNode[] {
    return text.split(/\r\n|\r|\n/).map((line) => this.newParagraph(parent, line, style));
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
   * Replaces a control's content with text. With tracking on, the old text stays as a tracked
   * deletion by the current author (own pending insertions simply disappear, as in Word) and the
   * new text is a tracked insertion.
   */
  replaceControlText(control: ControlNode, text: string): ParagraphNode {
    const paragraphs = paragraphsOf(control);
    const style = paragraphs[0]?.style ?? 'Normal';
    if (!this.tracking()) {
      const fresh = this.newParagraphs(control, text, style);
      control.blocks = fresh;
      return fresh[0] as ParagraphNode;
    }
    for (const paragraph of paragraphs) {
      paragraph.runs = paragraph.runs
        .filter((run) => !(run.revision?.type === 'insert' && run.revision.author === this.author))
        .map((run) => (run.revision ? run : { text: run.text, revision: this.revision('delete') }));
    }
    const lines = text.split(/\r\n|\r|\n/);
    const first = paragraphs[0] ?? this.newParagraph(control, '', style);
    if (!paragraphs[0]) control.blocks.unshift(first);
    if ((lines[0] ?? '') !== '') first.runs.push({ text: lines[0] ?? '', revision: this.revision('insert') });
    let anchor: ParagraphNode = first;
    for (const line of lines.slice(1)) {
      const paragraph = this.newParagraph(anchor.parent, line, style);
      this.insertBlock(paragraph, anchor, 'After');
      anchor = paragraph;
    }
    return first;
  }

  /**
   * insertText at "Start"/"End" of a control: the text joins the first/last paragraph (as typing
   * there does); further lines after "\n" become paragraphs of their own.
   */
  insertTextAt(control: ControlNode, text: string, where: 'Start' | 'End'): ParagraphNode[] {
    const paragraphs = paragraphsOf(control);
    const target = where === 'Start' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
    const [first = '', ...rest] = text.split(/\r\n|\r|\n/);
    const run = (value: string) => (this.tracking() ? { text: value, revision: this.revision('insert') } : { text: value });
    if (!target) {
      const created = this.newParagraphs(control, text);
      control.blocks.push(...created);
      return created;
    }
    if (first !== '') {
      if (where === 'Start') target.runs.unshift(run(first));
      else target.runs.push(run(first));
    }
    const touched = [target];
    let anchor = target;
    for (const line of rest) {
      const paragraph = this.newParagraph(anchor.parent, line, target.style);
      this.insertBlock(paragraph, anchor, 'After');
      touched.push(paragraph);
      anchor = paragraph;
    }
    return touched;
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
    if (this.selection && isInside(this.selection, control) && !keepContent) this.selection = paragraphsOf(this.body)[0] ?? this.selection;
  }
}
