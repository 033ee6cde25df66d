/**
 * The fake's document as WordprocessingML (the body of word/document.xml), written the way Word
 * saves what the model holds: paragraphs with w:pStyle, runs, w:tab and w:br, tracked changes
 * as w:ins / w:del with w:delText (ECMA-376 §17.13.5), block-level w:sdt with w:alias, w:tag,
 * w:lock, w:showingPlcHdr (§17.5.2), and a tracked insertion or deletion of a control itself as
 * w:customXmlInsRangeStart/End or w:customXmlDelRangeStart/End straddling the w:sdt start
 * (start before the w:sdt, end inside its w:sdtContent, as Word does).
 *
 * Why: the .docx layer's reader (src/document/ooxml) can then read what the Word layer wrote in
 * the fake, so tests check that both layers agree on values, findings and tracked changes.
 */
import type { DocumentSnapshot, Revision, SnapshotBlock, SnapshotRun } from './model';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

class Ids {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

function revisionAttrs(revision: Revision, ids: Ids): string {
  return `w:id="${ids.take()}" w:author="${escapeAttr(revision.author)}" w:date="${escapeAttr(revision.date.replace(/\.\d{3}Z$/, 'Z'))}"`;
}

function runXml(text: string, deleted: boolean): string {
  const textElement = deleted ? 'w:delText' : 'w:t';
  let xml = '';
  // A tab is w:tab and a manual line break ("\v", Shift+Enter) is w:br, not characters in w:t.
  for (const part of text.split(/(\t|\v)/)) {
    if (part === '') continue;
    if (part === '\t') xml += '<w:r><w:tab/></w:r>';
    else if (part === '\v') xml += '<w:r><w:br/></w:r>';
    else xml += `<w:r><${textElement} xml:space="preserve">${escapeText(part)}</${textElement}></w:r>`;
  }
  return xml;
}

function runsXml(runs: readonly SnapshotRun[], ids: Ids): string {
  return runs
    .map((run) => {
      if (!run.revision) return runXml(run.text, false);
      const element = run.revision.type === 'insert' ? 'w:ins' : 'w:del';
      return `<${element} ${revisionAttrs(run.revision, ids)}>${runXml(run.text, run.revision.type === 'delete')}</${element}>`;
    })
    .join('');
}

/** A tracked paragraph mark is w:pPr/w:rPr/w:ins or w:del (ECMA-376 §17.13.5.15, §17.13.5.16). */
function paragraphXml(style: string, runs: string, mark?: { readonly revision: Revision; readonly ids: Ids }): string {
  const styleXml = style !== 'Normal' ? `<w:pStyle w:val="${escapeAttr(style)}"/>` : '';
  const markXml = mark ? `<w:rPr><w:${mark.revision.type === 'insert' ? 'ins' : 'del'} ${revisionAttrs(mark.revision, mark.ids)}/></w:rPr>` : '';
  const pPr = styleXml + markXml === '' ? '' : `<w:pPr>${styleXml}${markXml}</w:pPr>`;
  return `<w:p>${pPr}${runs}</w:p>`;
}

function blocksXml(blocks: readonly SnapshotBlock[], ids: Ids): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return paragraphXml(block.style, runsXml(block.runs, ids), block.mark ? { revision: block.mark, ids } : undefined);
      if (block.kind === 'table') {
        const columns = block.rows[0]?.length ?? 0;
        const grid = `<w:tblGrid>${'<w:gridCol/>'.repeat(columns)}</w:tblGrid>`;
        const rows = block.rows
          .map((row) => `<w:tr>${row.map((cell) => `<w:tc>${blocksXml(cell, ids) || '<w:p/>'}</w:tc>`).join('')}</w:tr>`)
          .join('');
        return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${grid}${rows}</w:tbl>`;
      }
      const lock =
        block.cannotDelete && block.cannotEdit
          ? '<w:lock w:val="sdtContentLocked"/>'
          : block.cannotDelete
            ? '<w:lock w:val="sdtLocked"/>'
            : block.cannotEdit
              ? '<w:lock w:val="contentLocked"/>'
              : '';
      const sdtPr =
        `<w:sdtPr><w:alias w:val="${escapeAttr(block.title)}"/><w:tag w:val="${escapeAttr(block.tag)}"/>` +
        `<w:id w:val="${ids.take()}"/>${lock}${block.showingPlaceholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr>`;
      const content = block.showingPlaceholder ? paragraphXml('Normal', runXml(block.placeholderText, false)) : blocksXml(block.blocks, ids);
      const range =
        block.trackingState === 'Deleted' ? 'customXmlDelRange' : block.trackingState === 'Added' ? 'customXmlInsRange' : null;
      if (!range || !block.revision) return `<w:sdt>${sdtPr}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
      const id = ids.take();
      return (
        `<w:${range}Start w:id="${id}" w:author="${escapeAttr(block.revision.author)}" w:date="${escapeAttr(block.revision.date.replace(/\.\d{3}Z$/, 'Z'))}"/>` +
        `<w:sdt>${sdtPr}<w:sdtContent><w:${range}End w:id="${id}"/>${content}</w:sdtContent></w:sdt>`
      );
    })
    .join('');
}

/** word/document.xml for the fake's document (body only: no section properties, no styles part). */
export function snapshotToDocumentXml(snapshot: DocumentSnapshot): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<w:document xmlns:w="${W}"><w:body>${blocksXml(snapshot.blocks, new Ids())}</w:body></w:document>`
  );
}
