import type { FieldKey } from '../../domain/fields';
import { LAYOUT } from '../shape/layout';
import type { LayoutNode } from '../shape/layout';

/**
 * Where each field sits in the layout the Word layer and the .docx layer share
 * (src/document/shape/layout.ts), flattened for the Word layer: a field is either a
 * paragraph control in the wrapper or a control in a table cell. Repair uses this to put a
 * missing control back where the template had it.
 */
export type FieldPlace =
  | { readonly kind: 'paragraph'; readonly key: FieldKey; readonly order: number; readonly style: 'Normal' | 'Subtitle' }
  | { readonly kind: 'cell'; readonly key: FieldKey; readonly order: number; readonly table: number; readonly row: number; readonly column: number };

export interface Plan {
  /** Fields in layout order. */
  readonly places: readonly FieldPlace[];
  /** Heading paragraphs (title, headings) in the layout between the previous field/table and this field or table. */
  readonly headingsBefore: ReadonlyMap<FieldKey | `table:${number}`, number>;
}

export function planOf(layout: readonly LayoutNode[] = LAYOUT): Plan {
  const places: FieldPlace[] = [];
  const headingsBefore = new Map<FieldKey | `table:${number}`, number>();
  let headings = 0;
  let table = 0;
  for (const node of layout) {
    if (node.kind === 'title' || node.kind === 'heading' || node.kind === 'fieldHeading') {
      headings += 1;
      continue;
    }
    if (node.kind === 'field') {
      places.push({ kind: 'paragraph', key: node.key, order: places.length, style: node.style ?? 'Normal' });
      headingsBefore.set(node.key, headings);
    } else {
      headingsBefore.set(`table:${table}`, headings);
      node.rows.forEach((row, rowIndex) =>
        row.forEach((cell, column) => {
          if (cell.kind === 'field') places.push({ kind: 'cell', key: cell.key, order: places.length, table, row: rowIndex, column });
        }),
      );
      table += 1;
    }
    headings = 0;
  }
  return { places, headingsBefore };
}

export const PLAN: Plan = planOf();
