/**
 * The fake's document model: body, paragraphs (runs with tracked-change marks), tables and
 * block-level content controls, with parent links so "Before"/"After" inserts land where Word
 * puts them. Plain data plus a serialisable snapshot and an HTML rendering for the preview page.
 *
 * Positions are character offsets into a paragraph's runs, counting tracked deletions too (they
 * are in the document until accepted), so a range can be a collapsed cursor, a word, or a span
 * over several paragraphs, as in Word.
 *
 * Not modelled (said in the closing note): inline (run-level) controls, character formatting,
 * sections, headers/footers, fields, comments.
 */

export interface Revision {
  readonly type: 'insert' | 'delete';
  readonly author: string;
  /** ISO 8601, as Word records w:date. */
  readonly date: string;
}

export interface RunNode {
  text: string;
  revision?: Revision;
  /** Someone else's insertion that this run's deletion deleted: rejecting the deletion restores it. */
  inserted?: Revision;
}

export type ControlTrackingState = 'Normal' | 'Added' | 'Deleted';

let nextControlId = 1000;

export class BodyNode {
  readonly kind = 'body' as const;
  blocks: BlockNode[] = [];
}

export class CellNode {
  readonly kind = 'cell' as const;
  blocks: BlockNode[] = [];
  constructor(readonly table: TableNode) {}
}

export class ParagraphNode {
  readonly kind = 'paragraph' as const;
  style = 'Normal';
  runs: RunNode[] = [];
  /**
   * A tracked insertion or deletion of the paragraph mark itself (ECMA-376 §17.13.5.15/.16,
   * w:pPr/w:rPr/w:ins|w:del): a paragraph added with tracking on, or one whose mark was deleted
   * (accepting joins it to the next paragraph).
   */
  mark?: Revision;
  constructor(public parent: ContainerNode) {}
}

export class TableNode {
  readonly kind = 'table' as const;
  style = 'TableGrid';
  headerRowCount = 0;
  rows: CellNode[][] = [];
  constructor(public parent: ContainerNode) {}
}

export class ControlNode {
  readonly kind = 'control' as const;
  /** Word's session id; changes between sessions on the web (#2501), so the layer never keys on it. */
  readonly id = nextControlId++;
  tag = '';
  title = '';
  placeholderText = '';
  cannotDelete = false;
  cannotEdit = false;
  appearance: 'BoundingBox' | 'Tags' | 'Hidden' = 'BoundingBox';
  trackingState: ControlTrackingState = 'Normal';
  revision?: Revision;
  blocks: BlockNode[] = [];
  constructor(public parent: ContainerNode) {}
}

export type BlockNode = ParagraphNode | TableNode | ControlNode;
export type ContainerNode = BodyNode | CellNode | ControlNode;

/**
 * Which text a read returns under pending tracked changes:
 * - current: deletions out, insertions in (getReviewedText('Current'), "No Markup");
 * - original: insertions out, deletions in (getReviewedText('Original'));
 * - inline: both, in document order, as `text` returns them on Word on the web with Simple or All
 *   Markup (office-js #5286, #1267) and on desktop with revisions shown inline (#2314).
 */
export type TextView = 'current' | 'original' | 'inline';

function runShown(run: RunNode, view: TextView): boolean {
  if (view === 'current') return run.revision?.type !== 'delete';
  if (view === 'original') return run.revision?.type !== 'insert';
  return true;
}

/** The paragraph's own text in a view (no paragraph separator). */
export function paragraphTextAs(paragraph: ParagraphNode, view: TextView): string {
  let text = '';
  for (const run of paragraph.runs) if (runShown(run, view)) text += run.text;
  return text;
}

/** The paragraph's text as Word shows it with tracked deletions hidden (the "Current" text). */
export function paragraphText(paragraph: ParagraphNode): string {
  return paragraphTextAs(paragraph, 'current');
}

/** All of the paragraph's text, deletions included: what positions count over. */
export function fullText(paragraph: ParagraphNode): string {
  let text = '';
  for (const run of paragraph.runs) text += run.text;
  return text;
}

/**
 * Paragraphs joined as Word joins them in `text` ("\r" by default). A paragraph whose mark is a
 * pending deletion runs on into the next one in the current view, and one whose mark is a pending
 * insertion does in the original view: accepting, respectively rejecting, joins them.
 */
export function paragraphsTextAs(paragraphs: readonly ParagraphNode[], view: TextView, separator = '\r'): string {
  let text = '';
  paragraphs.forEach((paragraph, index) => {
    text += paragraphTextAs(paragraph, view);
    if (index === paragraphs.length - 1) return;
    const joins = (view === 'current' && paragraph.mark?.type === 'delete') || (view === 'original' && paragraph.mark?.type === 'insert');
    if (!joins) text += separator;
  });
  return text;
}

/** A place in the document: an offset into a paragraph's runs, deletions counted. */
export interface Position {
  readonly paragraph: ParagraphNode;
  readonly offset: number;
}

/** A range as Word has them: collapsed (a cursor), part of a paragraph, or several paragraphs. */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

export function collapsed(paragraph: ParagraphNode, where: 'start' | 'end'): Span {
  const position = { paragraph, offset: where === 'start' ? 0 : fullText(paragraph).length };
  return { start: position, end: position };
}

/** The span covering whole paragraphs (first to last). */
export function spanOf(paragraphs: readonly ParagraphNode[]): Span | null {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return null;
  return { start: { paragraph: first, offset: 0 }, end: { paragraph: last, offset: fullText(last).length } };
}

/** The paragraphs a span touches, in document order (`all` is the document's paragraph list). */
export function paragraphsInSpan(span: Span, all: readonly ParagraphNode[]): ParagraphNode[] {
  const from = all.indexOf(span.start.paragraph);
  const to = all.indexOf(span.end.paragraph);
  if (from < 0 || to < 0) return [];
  return all.slice(from, to + 1);
}

/** The runs of one paragraph cut to [from, to) (offsets over all runs), for reading. */
export function runsBetween(paragraph: ParagraphNode, from: number, to: number): RunNode[] {
  const out: RunNode[] = [];
  let offset = 0;
  for (const run of paragraph.runs) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    const cutFrom = Math.max(start, from);
    const cutTo = Math.min(end, to);
    if (cutTo <= cutFrom) continue;
    const text = run.text.slice(cutFrom - start, cutTo - start);
    out.push(run.revision ? { text, revision: run.revision } : { text });
  }
  return out;
}

/** A span's text in a view, paragraphs joined with "\r" as Word's Range.text does. */
export function spanTextAs(span: Span, all: readonly ParagraphNode[], view: TextView): string {
  const paragraphs = paragraphsInSpan(span, all);
  const parts = paragraphs.map((paragraph) => {
    const from = paragraph === span.start.paragraph ? span.start.offset : 0;
    const to = paragraph === span.end.paragraph ? span.end.offset : Number.POSITIVE_INFINITY;
    const cut = new ParagraphNode(paragraph.parent);
    cut.runs = runsBetween(paragraph, from, to);
    if (paragraph.mark) cut.mark = paragraph.mark;
    return cut;
  });
  return paragraphsTextAs(parts, view);
}

/**
 * One pending tracked change as Word's TrackedChange reports it: consecutive runs of one paragraph
 * with the same kind, author and date (Word merges a user's adjacent edits the same way). A change
 * that spans paragraphs is one record per paragraph in the fake; Word may report it as one.
 */
export interface ChangeRecord {
  readonly paragraph: ParagraphNode;
  readonly runs: readonly RunNode[];
  readonly revision: Revision;
  /** The change includes the paragraph's tracked mark (a paragraph added or joined). */
  mark: boolean;
}

function sameRevision(a: Revision | undefined, b: Revision | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.author === b.author && a.date === b.date;
}

/** The pending changes in these paragraphs (optionally only those touching a span), in document order. */
export function changesIn(paragraphs: readonly ParagraphNode[], within?: Span): ChangeRecord[] {
  const out: ChangeRecord[] = [];
  for (const paragraph of paragraphs) {
    const from = within && paragraph === within.start.paragraph ? within.start.offset : 0;
    const to = within && paragraph === within.end.paragraph ? within.end.offset : Number.POSITIVE_INFINITY;
    let offset = 0;
    let current: { runs: RunNode[]; revision: Revision } | null = null;
    for (const run of paragraph.runs) {
      const start = offset;
      offset += run.text.length;
      const touches = within === undefined || (start < to && offset > from) || (from === to && start <= from && offset >= from);
      if (!run.revision || !touches) {
        current = null;
        continue;
      }
      if (current && sameRevision(current.revision, run.revision)) {
        current.runs.push(run);
        continue;
      }
      current = { runs: [run], revision: run.revision };
      out.push({ paragraph, runs: current.runs, revision: run.revision, mark: false });
    }
    const mark = paragraph.mark;
    const markTouched = within === undefined || paragraph !== within.end.paragraph || within.end.offset >= fullText(paragraph).length;
    if (mark && markTouched) {
      // The mark belongs to the paragraph's last change of the same revision, else it is one alone.
      const owner = [...out].reverse().find((record) => record.paragraph === paragraph && sameRevision(record.revision, mark));
      if (owner) owner.mark = true;
      else out.push({ paragraph, runs: [], revision: mark, mark: true });
    }
  }
  return out;
}

/** Every paragraph inside a container, in document order (through tables and nested controls). */
export function paragraphsOf(container: { readonly blocks: readonly BlockNode[] }): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const visit = (blocks: readonly BlockNode[]): void => {
    for (const block of blocks) {
      if (block.kind === 'paragraph') out.push(block);
      else if (block.kind === 'control') visit(block.blocks);
      else for (const row of block.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  visit(container.blocks);
  return out;
}

/** Every control inside a container (not the container itself), in document order. */
export function controlsOf(container: { readonly blocks: readonly BlockNode[] }): ControlNode[] {
  const out: ControlNode[] = [];
  const visit = (blocks: readonly BlockNode[]): void => {
    for (const block of blocks) {
      if (block.kind === 'control') {
        out.push(block);
        visit(block.blocks);
      } else if (block.kind === 'table') for (const row of block.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  visit(container.blocks);
  return out;
}

/**
 * A control's `text`: paragraphs joined with "\r" as Word does; an empty control that has
 * placeholder text returns the placeholder (what Word displays), which readers must not take as a value.
 */
export function controlText(control: ControlNode, view: TextView = 'current'): string {
  const text = paragraphsTextAs(paragraphsOf(control), view);
  if (text === '' && control.placeholderText !== '') return control.placeholderText;
  return text;
}

export function tableOf(block: BlockNode): TableNode | null {
  let container: ContainerNode = block.parent;
  for (;;) {
    if (container.kind === 'cell') return container.table;
    if (container.kind === 'body') return null;
    container = container.parent;
  }
}

export function isInside(block: BlockNode, ancestor: ControlNode): boolean {
  let container: ContainerNode = block.parent;
  for (;;) {
    if (container === ancestor) return true;
    if (container.kind === 'body') return false;
    container = container.kind === 'cell' ? container.table.parent : container.parent;
  }
}

// ---------------------------------------------------------------------------------------------
// A serialisable snapshot for display (the preview page) and for assertions in tests.

export type SnapshotRun = { readonly text: string; readonly revision?: Revision };
export type SnapshotBlock =
  | { readonly kind: 'paragraph'; readonly style: string; readonly runs: readonly SnapshotRun[]; readonly mark?: Revision }
  | { readonly kind: 'table'; readonly rows: readonly (readonly (readonly SnapshotBlock[])[])[] }
  | {
      readonly kind: 'control';
      readonly tag: string;
      readonly title: string;
      readonly cannotDelete: boolean;
      readonly cannotEdit: boolean;
      readonly trackingState: ControlTrackingState;
      /** Who inserted or deleted the control itself with tracking on, and when. */
      readonly revision?: Revision;
      readonly showingPlaceholder: boolean;
      readonly placeholderText: string;
      readonly blocks: readonly SnapshotBlock[];
    };

export interface DocumentSnapshot {
  readonly blocks: readonly SnapshotBlock[];
  readonly trackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly';
  readonly protected: boolean;
}

export function snapshotBlocks(blocks: readonly BlockNode[]): SnapshotBlock[] {
  return blocks.map((block): SnapshotBlock => {
    if (block.kind === 'paragraph') {
      return {
        kind: 'paragraph',
        style: block.style,
        runs: block.runs.map((run) => (run.revision ? { text: run.text, revision: run.revision } : { text: run.text })),
        ...(block.mark ? { mark: block.mark } : {}),
      };
    }
    if (block.kind === 'table') {
      return { kind: 'table', rows: block.rows.map((row) => row.map((cell) => snapshotBlocks(cell.blocks))) };
    }
    return {
      kind: 'control',
      tag: block.tag,
      title: block.title,
      cannotDelete: block.cannotDelete,
      cannotEdit: block.cannotEdit,
      trackingState: block.trackingState,
      ...(block.revision ? { revision: block.revision } : {}),
      showingPlaceholder: paragraphsOf(block).map(paragraphText).join('') === '' && block.placeholderText !== '',
      placeholderText: block.placeholderText,
      blocks: snapshotBlocks(block.blocks),
    };
  });
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const PARAGRAPH_ELEMENT: Readonly<Record<string, string>> = { Title: 'h1', Heading1: 'h1', Heading2: 'h2', Heading3: 'h3' };

/**
 * React-free HTML of a snapshot, for the preview page beside the task pane: controls are
 * `<div class="cc" data-tag>` with their title, tracked insertions `<ins>` and deletions `<del>`
 * with author and date in `title`. All document text is escaped.
 */
export function renderSnapshotHtml(snapshot: DocumentSnapshot): string {
  const renderBlocks = (blocks: readonly SnapshotBlock[]): string => blocks.map(renderBlock).join('');
  const renderBlock = (block: SnapshotBlock): string => {
    if (block.kind === 'paragraph') {
      const element = PARAGRAPH_ELEMENT[block.style] ?? 'p';
      const runs = block.runs
        .map((run) => {
          const text = escapeHtml(run.text);
          if (!run.revision) return text;
          const element = run.revision.type === 'insert' ? 'ins' : 'del';
          return `<${element} title="${escapeHtml(`${run.revision.author}, ${run.revision.date}`)}">${text}</${element}>`;
        })
        .join('');
      return `<${element}>${runs || '<br>'}</${element}>`;
    }
    if (block.kind === 'table') {
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${renderBlocks(cell)}</td>`).join('')}</tr>`).join('');
      return `<table>${rows}</table>`;
    }
    const classes = ['cc', block.trackingState === 'Deleted' ? 'cc-deleted' : '', block.trackingState === 'Added' ? 'cc-added' : '']
      .filter(Boolean)
      .join(' ');
    const inner = block.showingPlaceholder ? `<p class="placeholder">${escapeHtml(block.placeholderText)}</p>` : renderBlocks(block.blocks);
    return `<div class="${classes}" data-tag="${escapeHtml(block.tag)}" title="${escapeHtml(block.title)}">${inner}</div>`;
  };
  return `<article class="fake-word${snapshot.protected ? ' protected' : ''}" data-tracking="${snapshot.trackingMode}">${renderBlocks(snapshot.blocks)}</article>`;
}
