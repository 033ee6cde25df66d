import type { FieldKey } from '../../../src/domain/fields';
import { sdtRange } from './docx-tools';

/**
 * Turns our writer's document.xml into what Word itself saves after someone opened and edited
 * it — the noise a reader must see through, as found in test/fixtures/word-made (see its
 * PROVENANCE.md): Word 2016's namespace soup with mc:Ignorable, rsid attributes on every
 * paragraph and run, w:rPr in sdtPr and an empty w:sdtEndPr, DefaultPlaceholder docParts, runs
 * split by proofErr spell marks, a _GoBack bookmark, lastRenderedPageBreak.
 */
const WORD_2016_ROOT =
  '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'mc:Ignorable="w14 w15 w16se wp14">';

let rsidCounter = 0x00a1b2c3;
const rsid = (): string => (rsidCounter += 0x1f3).toString(16).toUpperCase().padStart(8, '0');

export function wordSaved(xml: string): string {
  let out = xml.replace(/<w:document [^>]*>/, WORD_2016_ROOT);
  let paragraphs = 0;
  out = out.replace(/<w:p>/g, () => `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w14:paraId="${(0x1a2b3c00 + (paragraphs += 1)).toString(16).toUpperCase()}" w14:textId="77777777">`);
  out = out.replace(/<w:sdtPr>/g, '<w:sdtPr><w:rPr><w:lang w:val="nl-NL"/></w:rPr>');
  out = out.replace(/<\/w:sdtPr>/g, '</w:sdtPr><w:sdtEndPr/>');
  out = out.replace(/(<w:tag w:val="annotatie\.[^"]+"\/><w:id w:val="-?\d+"\/><w:lock w:val="sdtLocked"\/>)/g, '$1<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>');
  // Split runs the way spell checking and editing sessions do.
  out = out.replace(/<w:r><w:t xml:space="preserve">([^<]*?) ([^<]{3,}?)<\/w:t><\/w:r>/g, (_match, first: string, rest: string) =>
    `<w:r w:rsidR="${rsid()}"><w:t xml:space="preserve">${first} </w:t></w:r><w:proofErr w:type="spellStart"/>` +
    `<w:r w:rsidRPr="${rsid()}"><w:rPr><w:lang w:val="nl-NL"/></w:rPr><w:t>${rest}</w:t></w:r><w:proofErr w:type="spellEnd"/>`,
  );
  out = out.replace(/<w:r>/g, () => `<w:r w:rsidR="${rsid()}">`);
  // The cursor position Word remembers, inside the first field, between two runs.
  out = out.replace(/(<w:proofErr w:type="spellStart"\/>)/, '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>$1');
  return out.replace(/(<w:r w:rsidR="[0-9A-F]+">)(<w:t)/, '$1<w:lastRenderedPageBreak/>$2');
}

export interface Revision {
  readonly author: string;
  readonly date: string;
}

let revisionId = 500;

/** Run-level content as Word writes a tracked edit: kept text, w:del with w:delText, w:ins. */
export function trackedRuns(parts: readonly (string | { readonly del: string } | { readonly ins: string })[], by: Revision): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return `<w:r w:rsidR="${rsid()}"><w:t xml:space="preserve">${part}</w:t></w:r>`;
      revisionId += 1;
      if ('del' in part) {
        return `<w:del w:id="${revisionId}" w:author="${by.author}" w:date="${by.date}"><w:r w:rsidDel="${rsid()}"><w:delText xml:space="preserve">${part.del}</w:delText></w:r></w:del>`;
      }
      return `<w:ins w:id="${revisionId}" w:author="${by.author}" w:date="${by.date}"><w:r w:rsidR="${rsid()}"><w:t xml:space="preserve">${part.ins}</w:t></w:r></w:ins>`;
    })
    .join('');
}

/** Desktop Word copies a control with its tag when it is pasted (office-js #1926): a duplicate. */
export function pasteDuplicate(xml: string, key: FieldKey): string {
  const [start, end] = sdtRange(xml, key);
  const copy = xml.slice(start, end).replace(/<w:id w:val="-?\d+"\/>/, '<w:id w:val="-1938472615"/>');
  return xml.slice(0, end) + `<w:r><w:t xml:space="preserve"> </w:t></w:r>` + copy + xml.slice(end);
}

/** "Remove content control" in Word: the text stays, the control is gone. */
export function removeControl(xml: string, key: FieldKey): string {
  const [start, end] = sdtRange(xml, key);
  const sdt = xml.slice(start, end);
  const content = sdt.slice(sdt.indexOf('<w:sdtContent>') + '<w:sdtContent>'.length, sdt.lastIndexOf('</w:sdtContent>'));
  return xml.slice(0, start) + content + xml.slice(end);
}

/**
 * A control deleted while track changes is on (office-js #1299): Word keeps it, straddled by
 * customXmlDelRange markers (Start before w:sdt, End first in w:sdtContent, and again at the end,
 * like oxpt-RP016), with its runs inside w:del.
 */
export function trackDeleteControl(xml: string, key: FieldKey, by: Revision): string {
  const [start, end] = sdtRange(xml, key);
  const sdt = xml.slice(start, end);
  const open = sdt.indexOf('<w:sdtContent>') + '<w:sdtContent>'.length;
  const close = sdt.lastIndexOf('</w:sdtContent>');
  const content = sdt
    .slice(open, close)
    .replace(/<w:r( [^>]*)?>(.*?)<\/w:r>/g, (_m, attrs: string | undefined, inner: string) => {
      revisionId += 1;
      return `<w:del w:id="${revisionId}" w:author="${by.author}" w:date="${by.date}"><w:r${attrs ?? ''}>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText xml:space="preserve">').replace(/<\/w:t>/g, '</w:delText>')}</w:r></w:del>`;
    });
  const a = (revisionId += 1);
  const b = (revisionId += 1);
  const marker = (name: string, id: number, withAuthor: boolean): string =>
    `<w:${name} w:id="${id}"${withAuthor ? ` w:author="${by.author}" w:date="${by.date}"` : ''}/>`;
  return (
    xml.slice(0, start) +
    marker('customXmlDelRangeStart', a, true) +
    sdt.slice(0, open) +
    marker('customXmlDelRangeEnd', a, false) +
    content +
    marker('customXmlDelRangeStart', b, true) +
    sdt.slice(close) +
    marker('customXmlDelRangeEnd', b, false) +
    xml.slice(end)
  );
}
