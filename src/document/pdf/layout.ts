import type { LegacyBlock, LegacyInput } from '../../domain/legacy';
import type { PdfText, PdfTextItem } from './types';

/**
 * Lines and table rows rebuilt from positioned text, as the recogniser's input.
 *
 * - Lines: items whose baselines lie within 40 % of the font size of each other, left to right.
 *   Whitespace items are dropped (pdf.js reports the space between two table cells as one wide
 *   " " item, which would glue the columns together); a gap of more than 15 % of the font size
 *   between two items is a word space.
 * - Segments: within a line, a gap of more than twice the font size separates two columns.
 * - Tables: consecutive lines whose segments start at the same x positions (within 4 pt) are the
 *   rows of one table; each segment goes to the cell of its column, so a three-column table
 *   reads row by row, cell by cell, never interleaved. A one-segment line inside the table that
 *   fits in its column is a row with one filled cell (a wrapped cell, a second name).
 * - Paragraph breaks: a vertical gap of more than 1.3× the page's usual line spacing is a
 *   blank line. Page turns are not: a paragraph goes on across them.
 * - Page furniture: lines in the top or bottom 8 % of a page whose text, digits aside, comes
 *   back on at least half of the pages (and on two at least): running headers, page numbers.
 * - Headings: a line entirely in bold, or in a font 15 % larger than the body text.
 */
export function pdfBlocks(text: PdfText): LegacyInput {
  const lines = text.pages.flatMap((page) => pageLines(page.items, page.number, page.height));
  markFurniture(lines, text.pages.length);
  const body = bodySize(lines);
  const blocks: LegacyBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line) break;
    if ((line.blankBefore || (line.endedBefore && !inTable(lines, index))) && blocks.length > 0) blocks.push({ kind: 'paragraph', text: '' });
    if (line.furniture) {
      blocks.push({ kind: 'paragraph', text: lineText(line), furniture: true });
      index += 1;
      continue;
    }
    const table = tableAt(lines, index);
    if (table) {
      for (const row of table.rows) blocks.push({ kind: 'row', cells: row });
      index = table.end;
      continue;
    }
    const heading = line.segments.every((segment) => segment.bold) || line.size >= body * 1.15;
    blocks.push({ kind: 'paragraph', text: lineText(line), ...(heading ? { heading: true } : {}) });
    index += 1;
  }
  return { blocks, reflow: true };
}

interface Segment {
  text: string;
  readonly x: number;
  end: number;
  readonly size: number;
  bold: boolean;
}

interface Line {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  /** Distance from the page's top and bottom edges, as a share of its height. */
  readonly top: number;
  readonly bottom: number;
  readonly segments: readonly Segment[];
  /** The line's items left to right, for splitting it at a table's column edges. */
  readonly items: readonly PdfTextItem[];
  /** A vertical gap wider than the line spacing lies above this line. */
  blankBefore: boolean;
  /** The line above ended before the margin with room for this line's first word. */
  endedBefore: boolean;
  furniture: boolean;
}

const COLUMN_TOLERANCE = 4;

function lineText(line: Line): string {
  return line.segments.map((segment) => segment.text).join(' ');
}

function pageLines(items: readonly PdfTextItem[], page: number, height: number): Line[] {
  const visible = items.filter((item) => item.text.trim() !== '' && item.size > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= 0.4 * Math.max(first.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = groups.map((group) => {
    const ordered = [...group].sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const item of ordered) {
      const last = segments[segments.length - 1];
      const gap = last ? item.x - last.end : Number.POSITIVE_INFINITY;
      if (last && gap <= 2 * Math.max(item.size, last.size)) {
        const space = gap > 0.15 * item.size && !last.text.endsWith(' ') && !item.text.startsWith(' ');
        last.text = (last.text + (space ? ' ' : '') + item.text).replace(/\s+/g, ' ');
        last.end = Math.max(last.end, item.x + item.width);
        last.bold = last.bold && item.bold;
      } else {
        segments.push({ text: item.text.replace(/\s+/g, ' ').trim(), x: item.x, end: item.x + item.width, size: item.size, bold: item.bold });
      }
    }
    for (const segment of segments) segment.text = segment.text.trim();
    const y = group[0]?.y ?? 0;
    const size = Math.max(...group.map((item) => item.size));
    return { page, y, size, top: height > 0 ? (height - y) / height : 0, bottom: height > 0 ? y / height : 0, segments: segments.filter((segment) => segment.text !== ''), items: ordered, blankBefore: false, endedBefore: false, furniture: false };
  });
  // Paragraph breaks: gaps clearly wider than the page's usual line spacing.
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const gap = (lines[index - 1]?.y ?? 0) - (lines[index]?.y ?? 0);
    if (gap > 0 && gap < 3 * (lines[index]?.size ?? 10)) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index];
    const gap = (lines[index - 1]?.y ?? 0) - (line?.y ?? 0);
    if (line && usual > 0 && gap > usual * 1.3) line.blankBefore = true;
  }
  const kept = lines.filter((line) => line.segments.length > 0);
  // A line after which the next line's first word would still have fitted before the margin
  // was ended by its author (a list of titles, the end of a paragraph), not by the margin.
  // The margin is where body lines end; running headers and footers may stand further out.
  const margin = Math.max(0, ...kept.filter((line) => line.segments.length === 1 && line.top >= 0.08 && line.bottom >= 0.08).map((line) => line.segments[0]?.end ?? 0));
  // Only for running text at the left margin: a table cell's lines end where its column does.
  const left = Math.min(...kept.map((line) => line.items[0]?.x ?? Number.POSITIVE_INFINITY));
  const atLeft = (line: Line): boolean => Math.abs((line.items[0]?.x ?? 0) - left) <= COLUMN_TOLERANCE;
  for (let index = 1; index < kept.length; index += 1) {
    const previous = kept[index - 1];
    const line = kept[index];
    const first = line?.items[0];
    if (!previous || !line || !first || previous.segments.length !== 1 || line.segments.length !== 1 || line.blankBefore || !atLeft(previous) || !atLeft(line)) continue;
    const word = first.text.trimStart().split(/\s/u)[0] ?? '';
    const wordWidth = first.text.length > 0 ? (first.width * word.length) / first.text.length : 0;
    const end = previous.segments[0]?.end ?? 0;
    if (word !== '' && end + 0.3 * first.size + wordWidth < margin - 2) line.endedBefore = true;
  }
  return kept;
}

/** Whether the line continues a table that started above it (then its first-word gap means nothing). */
function inTable(lines: readonly Line[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 40; at -= 1) {
    const table = tableAt(lines, at);
    if (table) return table.end > index;
  }
  return false;
}

function markFurniture(lines: readonly Line[], pageCount: number): void {
  if (pageCount < 2) return;
  const edge = (line: Line): boolean => line.top < 0.08 || line.bottom < 0.08;
  const key = (line: Line): string => lineText(line).replace(/\d+/g, '#').toLowerCase();
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!edge(line)) continue;
    const pages = pagesWith.get(key(line)) ?? new Set<number>();
    pages.add(line.page);
    pagesWith.set(key(line), pages);
  }
  for (const line of lines) {
    const count = edge(line) ? (pagesWith.get(key(line))?.size ?? 0) : 0;
    if (count >= 2 && count >= pageCount / 2) line.furniture = true;
  }
}

function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + lineText(line).length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, count] of weight) {
    if (count > bestWeight) {
      best = size;
      bestWeight = count;
    }
  }
  return best || 10;
}

/**
 * The table that starts at `start`, if a line with two or more columns starts one: its rows
 * (cells by column) and the index after its last line.
 */
function tableAt(lines: readonly Line[], start: number): { readonly rows: readonly (readonly string[])[]; readonly end: number } | undefined {
  const first = lines[start];
  if (!first || first.segments.length < 2) return undefined;
  const columns = first.segments.map((segment) => segment.x);
  const column = (x: number): number => columns.findIndex((at) => Math.abs(at - x) <= COLUMN_TOLERANCE);
  const rows: string[][] = [];
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.furniture || line.page !== first.page) break;
    // A line belongs to the table when no text crosses a column edge and it starts in a column:
    // running text after the table starts at the margin and runs on past the first column.
    const crosses = line.items.some((item) => columns.some((at, position) => position > 0 && item.x < at - COLUMN_TOLERANCE && item.x + item.width > at + COLUMN_TOLERANCE));
    const starts = new Set(line.items.map((item) => column(item.x)).filter((position) => position >= 0));
    if (crosses || starts.size === 0 || (line.items[0]?.x ?? 0) < (columns[0] ?? 0) - COLUMN_TOLERANCE) break;
    if (line.blankBefore && index > start && starts.size === 1) break;
    // Cells by the columns' left edges, item by item: two cells whose texts nearly touch (a long
    // e-mail address filling its cell) are one segment, but never one cell.
    const cells = columns.map(() => '');
    let previous: PdfTextItem | undefined;
    let previousColumn = -1;
    for (const item of line.items) {
      let position = 0;
      for (let at = 0; at < columns.length; at += 1) if ((columns[at] ?? 0) <= item.x + COLUMN_TOLERANCE) position = at;
      const space = previous !== undefined && previousColumn === position && item.x - (previous.x + previous.width) > 0.15 * item.size;
      const text = cells[position] ?? '';
      cells[position] = (text === '' ? item.text : text + (space ? ' ' : '') + item.text).replace(/\s+/g, ' ');
      previous = item;
      previousColumn = position;
    }
    rows.push(cells.map((cell) => cell.trim()));
  }
  return rows.length > 0 ? { rows, end: index } : undefined;
}
