import { WRAPPER_TAG, WRAPPER_TITLE, fieldByKey } from '../../domain/fields';
import type { AnnotatieValues, FieldDefinition, FieldKey } from '../../domain/fields';
import { houseStyled } from '../../domain/normalize';
import { placeholderFor } from '../../domain/placeholders';
import { writableText } from '../../domain/text';
import { DEFAULT_PROFILE } from '../../domain/profile';
import type { Profile } from '../../domain/profile';
import { LAYOUT } from '../shape/layout';
import type { LayoutCell, LayoutNode } from '../shape/layout';
import { NS } from '../xml/namespaces';
import { escapeAttr, escapeText } from '../xml/tokenizer';

/**
 * The .docx renderer of the annotatie's layout (src/document/shape/layout.ts): the layout as
 * WordprocessingML strings for write.ts. The Word layer renders the same layout through the Word
 * API (src/document/word/word-document.ts; src/document/shape/README.md says why two renderers).
 * What the layout does not say — paragraph and table styles, widths, control properties — is
 * decided here and, for Word, there; test/word/agrees-with-docx.test.ts holds the two together.
 *
 * Shape (ECMA-376 Part 1 §17.5.2): a block-level w:sdt tagged `annotatie` with w:lock sdtLocked
 * (the wrapper cannot be deleted, its content stays editable), holding headings, two tables and
 * one w:sdt per field:
 * - rich-text fields (kind richText) are block-level controls holding one w:p per line;
 * - every other field is a run-level plain-text control (w:text) inside the layout's paragraph
 *   or table cell; line breaks in it (mede-portefeuillehouders: one name per line) are w:br, with
 *   w:multiLine="1" so Word lets the user type more of them.
 * Field controls are sdtLocked too, so a user cannot delete one by accident (control_missing).
 *
 * Whitespace: every w:t carries xml:space="preserve" (XML 1.0 §2.10), so leading, trailing and
 * repeated spaces survive exactly; tabs are w:tab; "\r\n" and "\r" become "\n". Characters XML 1.0
 * cannot carry at all (C0 controls except tab/newline, U+FFFE/FFFF, lone surrogates) are dropped.
 * An empty value is written as the field's placeholder with w:showingPlcHdr, which every reader
 * (ours, Word) treats as empty.
 */
export interface TemplateOptions {
  /** First w:id for the controls; Word wants them unique within a document (§17.5.2.18). */
  readonly idBase?: number;
  /**
   * Values are written in the profile's house style (normalizeValue: `079-3468269` →
   * `+31 79 3468269`, dates as d-m-yyyy, text fields trimmed). Default: the Zoetermeer profile.
   * `false` writes every value exactly as given (used to prove the writer itself loses nothing).
   */
  readonly houseStyle?: Profile | false;
}

const PLACEHOLDER_STYLE = 'PlaceholderText';
const LABEL_STYLE = 'AnnotatieLabel';
/** Paragraph style for the layout's 'Subtitle' role (see layout.ts for why not Word's Subtitle). */
const ONDERWERP_STYLE = 'Onderwerp';

/** The value as the document will hold it: line breaks normalised, XML-impossible characters dropped. */
export function documentText(value: string): string {
  return writableText(value);
}

function runs(line: string, rPr = ''): string {
  // Split on tabs: w:tab is Word's tab character (§17.3.3.32); a literal tab in w:t is not kept by Word.
  const parts = line.split('\t');
  let xml = '';
  parts.forEach((part, index) => {
    if (index > 0) xml += `<w:r>${rPr}<w:tab/></w:r>`;
    if (part !== '') xml += `<w:r>${rPr}<w:t xml:space="preserve">${escapeText(part)}</w:t></w:r>`;
  });
  return xml;
}

function lineRuns(lines: readonly string[]): string {
  return lines.map((line, index) => (index > 0 ? '<w:r><w:br/></w:r>' : '') + runs(line)).join('');
}

function placeholderRun(key: FieldKey): string {
  return runs(placeholderFor(key, 'nl'), `<w:rPr><w:rStyle w:val="${PLACEHOLDER_STYLE}"/></w:rPr>`);
}

class Ids {
  private next: number;
  constructor(base: number) {
    this.next = base;
  }
  take(): number {
    this.next += 1;
    return this.next;
  }
}

function sdtPr(field: { readonly title: string; readonly tag: string }, id: number, empty: boolean, type: string): string {
  // Child order is a strict sequence in ISO 29500 (CT_SdtPr): rPr, alias, tag, id, lock,
  // placeholder, temporary, showingPlcHdr, …, then the type element.
  return (
    '<w:sdtPr>' +
    `<w:alias w:val="${escapeAttr(field.title)}"/>` +
    `<w:tag w:val="${escapeAttr(field.tag)}"/>` +
    `<w:id w:val="${id}"/>` +
    '<w:lock w:val="sdtLocked"/>' +
    (empty ? '<w:showingPlcHdr/>' : '') +
    type +
    '</w:sdtPr>'
  );
}

/** `value` has been through documentText(). */
function runControl(field: FieldDefinition, value: string, ids: Ids): string {
  const lines = value === '' ? [] : value.split('\n');
  const multiLine = field.multiline || lines.length > 1;
  const type = multiLine ? '<w:text w:multiLine="1"/>' : '<w:text/>';
  const content = value === '' ? placeholderRun(field.key) : lineRuns(lines);
  return `<w:sdt>${sdtPr(field, ids.take(), value === '', type)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function paragraph(content: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}${content}</w:p>`;
}

function blockControl(field: FieldDefinition, value: string, ids: Ids): string {
  // No type element: Word's implicit rich text (§17.5.2.31 says richText is the default).
  const content =
    value === ''
      ? paragraph(placeholderRun(field.key))
      : value
          .split('\n')
          .map((line) => paragraph(runs(line)))
          .join('');
  return `<w:sdt>${sdtPr(field, ids.take(), value === '', '')}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

function fieldXml(key: FieldKey, values: AnnotatieValues, ids: Ids, style?: string): string {
  const field = fieldByKey(key);
  const value = documentText(values[key] ?? '');
  if (field.kind === 'richText') return blockControl(field, value, ids);
  return paragraph(runControl(field, value, ids), style);
}

function cellXml(cell: LayoutCell, values: AnnotatieValues, ids: Ids, width: number, header: boolean): string {
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>`;
  let content: string;
  if (cell.kind === 'field') content = fieldXml(cell.key, values, ids);
  else {
    const text = cell.kind === 'label' ? cell.text : fieldByKey(cell.key).title + (cell.suffix ?? '');
    content = paragraph(runs(text), header ? LABEL_STYLE : undefined);
  }
  return `<w:tc>${tcPr}${content}</w:tc>`;
}

/** A4 text width at 2 cm margins: 11906 − 2 × 1134 twips. */
export const TEXT_WIDTH_TWIPS = 9638;

function tableXml(rows: readonly (readonly LayoutCell[])[], values: AnnotatieValues, ids: Ids): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH_TWIPS / columns);
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
  const body = rows
    .map((row, index) => {
      // The header row repeats on a new page and is announced as such by screen readers (§17.4.49).
      const trPr = index === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      return `<w:tr>${trPr}${row.map((cell) => cellXml(cell, values, ids, width, index === 0)).join('')}</w:tr>`;
    })
    .join('');
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="AnnotatieTabel"/>' +
    `<w:tblW w:w="${width * columns}" w:type="dxa"/>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`
  );
}

function nodeXml(node: LayoutNode, values: AnnotatieValues, ids: Ids): string {
  switch (node.kind) {
    case 'title':
      return paragraph(runs(node.text), 'Title');
    case 'heading':
      return paragraph(runs(node.text), `Heading${node.level}`);
    case 'fieldHeading':
      return paragraph(runs(fieldByKey(node.key).title), `Heading${node.level}`);
    case 'field':
      return fieldXml(node.key, values, ids, node.style === 'Subtitle' ? ONDERWERP_STYLE : undefined);
    case 'table':
      return tableXml(node.rows, values, ids);
  }
}

/**
 * The annotatie as WordprocessingML body children: one block-level w:sdt (the wrapper). Uses the
 * prefixes `w:`; the caller's root element must declare `xmlns:w` ({@link NS}.w).
 */
export function annotatieBodyFragment(values: AnnotatieValues = {}, options: TemplateOptions = {}): string {
  const ids = new Ids(options.idBase ?? 1000);
  const wrapperId = ids.take();
  const houseStyle = options.houseStyle ?? DEFAULT_PROFILE;
  const styled = houseStyle === false ? values : houseStyled(values, houseStyle);
  const body = LAYOUT.map((node) => nodeXml(node, styled, ids)).join('');
  return (
    '<w:sdt><w:sdtPr>' +
    `<w:alias w:val="${escapeAttr(WRAPPER_TITLE)}"/><w:tag w:val="${WRAPPER_TAG}"/><w:id w:val="${wrapperId}"/>` +
    '<w:lock w:val="sdtLocked"/>' +
    `</w:sdtPr><w:sdtContent>${body}</w:sdtContent></w:sdt>`
  );
}

/** The namespace declarations a part holding the fragment needs. */
export const BODY_NAMESPACES = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;
