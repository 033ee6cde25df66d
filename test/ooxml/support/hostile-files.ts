import { Deflate, strToU8, zipSync } from 'fflate';
import { writeDocx } from '../../../src/document/ooxml';
import { unzipParts, zipParts } from './docx-tools';

/**
 * Hostile .docx files, generated (no big binaries in the repository). Each is small on disk.
 */

/** Raw deflate of `megabytes` MiB of spaces: ~1000:1, the ratio real zip bombs use. */
export function deflatedSpaces(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const block = new Uint8Array(1 << 20).fill(0x20);
  for (let index = 0; index < megabytes; index += 1) deflate.push(block, false);
  deflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * A minimal zip (APPNOTE 4.3) with one deflated entry whose headers declare `declaredSize` as its
 * uncompressed size, whatever the data really inflates to.
 */
export function zipWithRawEntry(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const view = new DataView(local.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, 8, true); // deflate
  view.setUint32(18, deflated.length, true);
  view.setUint32(22, declaredSize >>> 0, true);
  view.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cview = new DataView(central.buffer);
  cview.setUint32(0, 0x02014b50, true);
  cview.setUint16(4, 20, true);
  cview.setUint16(6, 20, true);
  cview.setUint16(10, 8, true);
  cview.setUint32(20, deflated.length, true);
  cview.setUint32(24, declaredSize >>> 0, true);
  cview.setUint16(28, nameBytes.length, true);
  cview.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const eview = new DataView(end.buffer);
  eview.setUint32(0, 0x06054b50, true);
  eview.setUint16(8, 1, true);
  eview.setUint16(10, 1, true);
  eview.setUint32(12, central.length, true);
  eview.setUint32(16, local.length + deflated.length, true);
  const out = new Uint8Array(local.length + deflated.length + central.length + end.length);
  out.set(local, 0);
  out.set(deflated, local.length);
  out.set(central, local.length + deflated.length);
  out.set(end, local.length + deflated.length + central.length);
  return out;
}

const DOC_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function withDocumentXml(xml: string): Uint8Array {
  const parts = unzipParts(writeDocx({ onderwerp: 'x' }));
  parts.set('word/document.xml', xml);
  return zipParts(parts);
}

export interface HostileCase {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  readonly kind: string;
}

export const HOSTILE_FILES: readonly HostileCase[] = [
  { name: 'not a zip (text)', kind: 'not_zip', bytes: () => strToU8('Dit is gewoon tekst, geen Word-document.\n') },
  { name: 'empty file', kind: 'not_zip', bytes: () => new Uint8Array(0) },
  { name: 'a PDF renamed to .docx', kind: 'not_zip', bytes: () => strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n') },
  {
    name: 'password-protected .docx / old .doc (OLE compound file)',
    kind: 'encrypted',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
  },
  {
    name: 'truncated zip (first half)',
    kind: 'truncated',
    bytes: () => {
      const bytes = writeDocx({ onderwerp: 'x' });
      return bytes.slice(0, Math.floor(bytes.length / 2));
    },
  },
  { name: 'a zip without a Word document', kind: 'not_docx', bytes: () => zipSync({ 'hello.txt': strToU8('hallo') }) },
  {
    name: 'corrupt deflate data',
    kind: 'corrupt',
    bytes: () => {
      const bytes = zipWithRawEntry('word/document.xml', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 100);
      return bytes;
    },
  },
  {
    name: 'zip bomb: declares 4 GB',
    kind: 'too_large',
    bytes: () => zipWithRawEntry('word/document.xml', deflatedSpaces(1), 0xfffffff0),
  },
  {
    name: 'zip bomb: header lies (says 1 KB, inflates ~1000:1 to 24 MB)',
    kind: 'too_large',
    bytes: () => zipWithRawEntry('word/document.xml', deflatedSpaces(24), 1024),
  },
  {
    name: 'XXE: external entity in a DTD',
    kind: 'xml_dtd',
    bytes: () =>
      withDocumentXml(`${DOC_OPEN}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`),
  },
  {
    name: 'billion laughs',
    kind: 'xml_dtd',
    bytes: () => {
      const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index === 0 ? '' : index};`.repeat(10)}">`)];
      return withDocumentXml(`${DOC_OPEN}<!DOCTYPE lolz [${entities.join('')}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`);
    },
  },
  {
    name: 'entity reference without a DTD',
    kind: 'xml_entity',
    bytes: () => withDocumentXml(`${DOC_OPEN}<w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`),
  },
  {
    name: 'malformed XML (document.xml cut off)',
    kind: 'xml_malformed',
    bytes: () => withDocumentXml(`${DOC_OPEN}<w:document ${W}><w:body><w:p><w:r><w:t>half`),
  },
  {
    name: 'malformed XML (mismatched end tag)',
    kind: 'xml_malformed',
    bytes: () => withDocumentXml(`${DOC_OPEN}<w:document ${W}><w:body><w:p></w:r></w:body></w:document>`),
  },
];
