import type { LegacyBlock, LegacyInput } from '../../domain/legacy';
import type { DocxError } from './errors';
import { NamespaceResolver, attribute } from '../xml/namespaces';
import { readMainPart } from './read';
import { tokenize } from '../xml/tokenizer';
import { DEFAULT_ZIP_LIMITS } from './zip';
import type { ZipLimits } from './zip';

/**
 * The text of an old annotatie in a .docx without annotatie controls (the template before the
 * add-in), as the recogniser's input: body paragraphs and table rows in document order.
 *
 * What counts as the text is what Word shows with every tracked change accepted, as readDocx
 * does for the structured annotatie: w:ins and w:moveTo in; w:del, w:delText, w:moveFrom and
 * deleted table rows (w:trPr/w:del) out; a deleted paragraph mark (w:pPr/w:rPr/w:del, ECMA-376
 * §17.13.5.15) joins the paragraph to the next. Text in content controls is read like any other
 * text, except a control showing its placeholder (w:showingPlcHdr), which holds no text of the
 * author's. mc:AlternateContent is read through mc:Fallback only (ECMA-376 Part 3 §10.2.1).
 *
 * Hints for the recogniser: a paragraph styled as a heading (style id or name Heading/Kop/Titel,
 * or an outline level) or written all in bold is `heading`; one with numbering (w:numPr) is a
 * `listItem`. Cells become the cells of a row block, their paragraphs joined with "\n"; a table
 * inside a cell adds its text to that cell.
 */
export type LegacyDocxResult = { readonly ok: true; readonly input: LegacyInput } | { readonly ok: false; readonly error: DocxError };

/** Style ids Word and LibreOffice give headings, in English and Dutch (Kop 1 is Heading 1 in Dutch Word). */
const HEADING_STYLE = /^(?:heading|kop|titel|title|subtitle|ondertitel)/i;
/**
 * List styles that carry their numbering in the style, not in the paragraph (python-docx and
 * Word's "List Bullet"/"List Number", Dutch "Lijst…"). Word's "List Paragraph" (Lijstalinea) is
 * only an indent; with numbering it has w:numPr, which counts anyway.
 */
const LIST_STYLE = /^(?:list|lijst)/i;

/** More paragraphs and rows than any annotatie has by far; beyond it the file is not one. */
const MAX_BLOCKS = 200_000;

/**
 * The package is opened exactly as readDocx opens it (readMainPart: every zip check, the content
 * types part, the main part as Word finds it, strict decoding), so a file that `check` refuses as
 * damaged is refused here too, with the same reason, and never read as another document.
 */
export function readLegacyDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): LegacyDocxResult {
  const main = readMainPart(bytes, limits);
  if (!main.ok) return main;
  return legacyBlocksFromXml(main.value.xml, main.value.name);
}

interface Paragraph {
  text: string;
  heading: boolean;
  listItem: boolean;
  /** Runs with text, and of those, bold ones: an all-bold short paragraph is a heading. */
  runs: number;
  boldRuns: number;
  markDeleted: boolean;
}

interface Cell {
  readonly paragraphs: string[];
}

interface Table {
  rows: string[][] | null;
  row: string[] | null;
  rowDeleted: boolean;
  cell: Cell | null;
}

export function legacyBlocksFromXml(xml: string, partName = 'word/document.xml'): LegacyDocxResult {
  const resolver = new NamespaceResolver();
  const names: string[] = [];
  const blocks: LegacyBlock[] = [];
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let pending: Paragraph | null = null; // a paragraph whose mark was deleted: joined to the next
  let skipDepth = 0;
  let deletedDepth = 0;
  let inText = false;
  let runBold = false;
  let runHasText = false;
  let tooMany = false;
  const placeholderControls: number[] = [];

  const emitParagraph = (paragraph: Paragraph): void => {
    const table = tables[tables.length - 1];
    if (table?.cell) {
      // A cell reaches the recogniser as text: a list item keeps its bullet as the glyph.
      table.cell.paragraphs.push(paragraph.listItem && paragraph.text.trim() !== '' ? `• ${paragraph.text}` : paragraph.text);
      return;
    }
    if (blocks.length >= MAX_BLOCKS) {
      tooMany = true;
      return;
    }
    const text = paragraph.text;
    const bold = paragraph.runs > 0 && paragraph.boldRuns === paragraph.runs && text.length <= 80;
    blocks.push({ kind: 'paragraph', text, ...(paragraph.heading || bold ? { heading: true } : {}), ...(paragraph.listItem ? { listItem: true } : {}) });
  };

  const append = (text: string): void => {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (!paragraph || deletedDepth > 0) return;
    paragraph.text += text;
    if (text.trim() !== '') runHasText = true;
  };

  const error = tokenize(xml, {
    open(raw, attrs) {
      const name = resolver.open(raw, attrs);
      const parent = names[names.length - 1];
      names.push(name);
      const depth = names.length;
      if (skipDepth > 0) {
        skipDepth += 1;
        return;
      }
      switch (name) {
        case 'mc:Choice':
        case 'w:instrText':
        case 'w:delInstrText':
          skipDepth = 1;
          return;
        case 'w:showingPlcHdr': {
          const value = attribute(resolver, attrs, 'w:val');
          if (value === undefined || !['0', 'false', 'off'].includes(value)) placeholderControls.push(depth - 2);
          return;
        }
        case 'w:sdtContent':
          // The control's sdtPr said it shows its placeholder: its content is not the author's text.
          if (placeholderControls[placeholderControls.length - 1] === depth - 1) skipDepth = 1;
          return;
        case 'w:p':
          paragraphs.push(pending ?? { text: '', heading: false, listItem: false, runs: 0, boldRuns: 0, markDeleted: false });
          pending = null;
          return;
        case 'w:pStyle': {
          const value = attribute(resolver, attrs, 'w:val') ?? '';
          const paragraph = paragraphs[paragraphs.length - 1];
          if (paragraph && HEADING_STYLE.test(value)) paragraph.heading = true;
          if (paragraph && LIST_STYLE.test(value) && !/paragraph|alinea/i.test(value)) paragraph.listItem = true;
          return;
        }
        case 'w:outlineLvl': {
          const paragraph = paragraphs[paragraphs.length - 1];
          const level = Number(attribute(resolver, attrs, 'w:val') ?? '9');
          if (paragraph && parent === 'w:pPr' && level < 9) paragraph.heading = true;
          return;
        }
        case 'w:numPr': {
          const paragraph = paragraphs[paragraphs.length - 1];
          if (paragraph && parent === 'w:pPr') paragraph.listItem = true;
          return;
        }
        case 'w:r':
          runBold = false;
          runHasText = false;
          return;
        case 'w:b':
          if (parent === 'w:rPr' && names[names.length - 3] === 'w:r') {
            const value = attribute(resolver, attrs, 'w:val');
            runBold = value === undefined || !['0', 'false', 'off'].includes(value);
          }
          return;
        case 'w:t':
          inText = deletedDepth === 0;
          return;
        case 'w:tab':
          if (parent === 'w:r') append('\t');
          return;
        case 'w:noBreakHyphen':
          if (parent === 'w:r') append('-');
          return;
        case 'w:br':
        case 'w:cr': {
          if (parent !== 'w:r') return;
          const type = attribute(resolver, attrs, 'w:type');
          if (name === 'w:cr' || type === undefined || type === 'textWrapping') append('\n');
          return;
        }
        case 'w:ins':
        case 'w:moveTo':
          return;
        case 'w:del':
        case 'w:moveFrom':
          if (parent === 'w:rPr' && names[names.length - 3] === 'w:pPr') {
            const paragraph = paragraphs[paragraphs.length - 1];
            if (paragraph) paragraph.markDeleted = true;
          } else if (parent === 'w:trPr') {
            const table = tables[tables.length - 1];
            if (table) table.rowDeleted = true;
          } else if (parent === undefined || !['w:rPr', 'w:pPr', 'w:tcPr', 'w:numPr', 'w:sectPr'].includes(parent)) {
            deletedDepth += 1;
          }
          return;
        case 'w:tbl':
          tables.push({ rows: [], row: null, rowDeleted: false, cell: null });
          return;
        case 'w:tr': {
          const table = tables[tables.length - 1];
          if (table) {
            table.row = [];
            table.rowDeleted = false;
          }
          return;
        }
        case 'w:tc': {
          const table = tables[tables.length - 1];
          if (table) table.cell = { paragraphs: [] };
          return;
        }
        default:
          return;
      }
    },
    close() {
      const name = names.pop();
      const depth = names.length + 1;
      resolver.close();
      if (skipDepth > 0) {
        skipDepth -= 1;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          return;
        case 'w:r': {
          const paragraph = paragraphs[paragraphs.length - 1];
          if (paragraph && runHasText) {
            paragraph.runs += 1;
            if (runBold) paragraph.boldRuns += 1;
          }
          return;
        }
        case 'w:del':
        case 'w:moveFrom': {
          const parent = names[names.length - 1];
          if (parent === undefined || !['w:rPr', 'w:pPr', 'w:tcPr', 'w:numPr', 'w:sectPr', 'w:trPr'].includes(parent)) deletedDepth = Math.max(0, deletedDepth - 1);
          return;
        }
        case 'w:sdt':
          if (placeholderControls[placeholderControls.length - 1] === depth) placeholderControls.pop();
          return;
        case 'w:p': {
          const paragraph = paragraphs.pop();
          if (!paragraph) return;
          if (paragraph.markDeleted) {
            pending = { ...paragraph, markDeleted: false };
            return;
          }
          // A paragraph inside a text box inside another paragraph: its own block, in place.
          emitParagraph(paragraph);
          return;
        }
        case 'w:tc': {
          const table = tables[tables.length - 1];
          if (table?.row && table.cell) table.row.push(table.cell.paragraphs.join('\n').replace(/\n+$/u, ''));
          if (table) table.cell = null;
          return;
        }
        case 'w:tr': {
          const table = tables[tables.length - 1];
          if (table?.row && !table.rowDeleted) table.rows?.push(table.row);
          if (table) table.row = null;
          return;
        }
        case 'w:tbl': {
          const table = tables.pop();
          if (!table?.rows) return;
          const outer = tables[tables.length - 1];
          if (outer?.cell) {
            // A table inside a cell: its rows become lines of that cell.
            for (const row of table.rows) outer.cell.paragraphs.push(row.filter((cell) => cell !== '').join(' '));
            return;
          }
          for (const row of table.rows) {
            if (blocks.length >= MAX_BLOCKS) {
              tooMany = true;
              return;
            }
            blocks.push({ kind: 'row', cells: row });
          }
          return;
        }
        default:
          return;
      }
    },
    text(text) {
      if (inText && skipDepth === 0) append(text);
    },
  });
  if (error) return { ok: false, error: { kind: `xml_${error.kind}`, detail: `${partName} at ${error.offset}: ${error.message}` } };
  if (pending) emitParagraph(pending);
  if (tooMany) return { ok: false, error: { kind: 'too_large', detail: `${partName}: more than ${MAX_BLOCKS} paragraphs and rows` } };
  return { ok: true, input: { blocks, reflow: false } };
}
