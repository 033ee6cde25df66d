/**
 * The fake's document model: body, paragraphs (runs with tracked-change marks), tables and
 * block-level content controls, with parent links so "Before"/"After" inserts land where Word
 * puts them. Plain data plus a serialisable snapshot and an HTML rendering for the preview page.
 *
 * Not modelled (said in the closing note): inline (run-level) controls, character formatting,
 * sections, headers/footers, fields, comments, text ranges smaller than a paragraph.
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

export function liveRuns(paragraph: ParagraphNode): readonly RunNode[] {
  return paragraph.runs.filter((run) => run.revision?.type !== 'delete');
}

/** The paragraph's text as Word shows it with tracked deletions hidden (the "Current" text). */
export function paragraphText(paragraph: ParagraphNode): string {
  return liveRuns(paragraph)
    .map((run) => run.text)
    .join('');
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
export function controlText(control: ControlNode): string {
  const text = paragraphsOf(control).map(paragraphText).join('\r');
  if (text === '' && control.placeholderText !== '') return control.placeholderText;
  return text;
}

export function siblingsOf(block: BlockNode): BlockNode[] {
  const parent = block.parent;
  return parent.blocks;
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
  | { readonly kind: 'paragraph'; readonly style: string; readonly runs: readonly SnapshotRun[] }
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
