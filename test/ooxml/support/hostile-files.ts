import { Deflate, strToU8, zipSync } from 'fflate';
import { writeDocx } from '../../../src/document/ooxml';
import { contentTypesXml } from '../../../src/document/ooxml/write';
import { unzipParts, zipParts } from './docx-tools';
import { buildZip, entriesOf } from './zip-builder';
import type { RawEntry } from './zip-builder';

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
 * uncompressed size, whatever the data really inflates to (and CRC 0). A [Content_Types].xml
 * comes first, so a reader gets past "is this a package at all" to the entry.
 */
export function zipWithRawEntry(name: string, deflated: Uint8Array, declaredSize: number, crc = 0): Uint8Array {
  return buildZip([
    { name: '[Content_Types].xml', content: contentTypesXml() },
    { name, content: new Uint8Array(0), data: deflated, central: { size: declaredSize >>> 0, crc } },
  ]);
}

const DOC_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function withDocumentXml(xml: string): Uint8Array {
  const parts = unzipParts(writeDocx({ onderwerp: 'x' }));
  parts.set('word/document.xml', xml);
  return zipParts(parts);
}

/** Our own .docx as raw entries, each edited by `edit` (by name) before zipping. */
export function editedEntries(edit: (entry: RawEntry) => RawEntry | readonly RawEntry[], values = { onderwerp: 'Begroting 2026' }): RawEntry[] {
  return entriesOf(unzipParts(writeDocx(values))).flatMap((entry) => edit(entry));
}

/** A field's text inside `depth` elements that each declare one more namespace prefix (class 2). */
export function nestedNamespaces(depth: number): string {
  let open = '';
  let close = '';
  for (let index = 0; index < depth; index += 1) {
    open += `<n${index}:e xmlns:n${index}="urn:n${index}">`;
    close = `</n${index}:e>${close}`;
  }
  return `${DOC_OPEN}<w:document ${W}><w:body>${open}<w:p/>${close}</w:body></w:document>`;
}

/** `tags` as nested field controls (outermost first) around `body` (w:p elements). */
export function nestedControls(tags: readonly string[], body: string): string {
  let open = '';
  let close = '';
  for (const tag of tags) {
    open += `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>`;
    close = `</w:sdtContent></w:sdt>${close}`;
  }
  return `${DOC_OPEN}<w:document ${W}><w:body>${open}${body}${close}</w:body></w:document>`;
}

/** A .docx whose document.xml is `xml`. */
export function docxWithDocumentXml(xml: string): Uint8Array {
  return withDocumentXml(xml);
}

/** One stored customXml item and `count` directory entries that all point at it (class 4). */
export function overlappingItems(count: number, itemBytes: number): Uint8Array {
  const item = `<data xmlns="urn:x">${'<v>overlap</v>'.repeat(Math.ceil(itemBytes / 14))}</data>`;
  const entries = entriesOf(unzipParts(writeDocx({ onderwerp: 'x' }))).filter((entry) => !entry.name.startsWith('customXml/'));
  const target = entries.length;
  entries.push({ name: 'customXml/item1.xml', content: item, method: 0 });
  return buildZip(
    entries,
    Array.from({ length: count }, (_, index) => ({ name: `customXml/item${index + 2}.xml`, target })),
  );
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
  // Class 2: nesting. Before the depth cap, each level copied every binding above it: 20 000
  // levels of ~35 bytes (a 100 KB file, 700 KB of XML) needed 200 million map entries.
  { name: 'namespace declarations nested 20 000 deep', kind: 'xml_too_deep', bytes: () => withDocumentXml(nestedNamespaces(20_000)) },
  // Class 3: entity names that are JavaScript object internals, in text and in an attribute.
  ...['constructor', '__proto__', 'toString', 'valueOf'].map((name) => ({
    name: `entity &${name}; in a field's text`,
    kind: 'xml_entity',
    bytes: () => withDocumentXml(`${DOC_OPEN}<w:document ${W}><w:body><w:sdt><w:sdtPr><w:tag w:val="annotatie.onderwerp"/></w:sdtPr><w:sdtContent><w:r><w:t>&${name};</w:t></w:r></w:sdtContent></w:sdt></w:body></w:document>`),
  })),
  {
    name: 'entity &constructor; in an attribute value',
    kind: 'xml_entity',
    bytes: () => withDocumentXml(`${DOC_OPEN}<w:document ${W}><w:body><w:sdt><w:sdtPr><w:tag w:val="annotatie.&constructor;"/></w:sdtPr></w:sdt></w:body></w:document>`),
  },
  // Class 4: overlapping entries. 2 000 directory entries aimed at one stored 1 MB item made the
  // reader tokenize it 2 000 times (minutes); stored entries were not counted against the total.
  { name: 'overlapping entries: 2 000 directory entries on one stored 1 MB part', kind: 'overlapping_entries', bytes: () => overlappingItems(2_000, 1 << 20) },
  {
    // The "quoted" form of the overlap bomb: a stored entry whose bytes hold a complete local
    // entry of their own, and a directory entry pointing at that inner one.
    name: 'overlapping entries: a directory entry that points into another entry',
    kind: 'overlapping_entries',
    bytes: () => {
      const innerName = 'customXml/item2.xml';
      const inner = buildZip([{ name: innerName, content: '<data xmlns="urn:x">binnen</data>', method: 0 }]);
      const innerLocal = inner.subarray(0, 30 + innerName.length + 33);
      const entries = editedEntries((entry) => entry);
      const outerName = 'word/media/image1.bin';
      entries.splice(1, 0, { name: outerName, content: innerLocal, method: 0 });
      return buildZip(entries, [{ name: innerName, target: 1, shift: 30 + outerName.length }]);
    },
  },
  // Class 5: archives that other readers see differently, or that are damaged.
  {
    name: 'a flipped byte in a stored document.xml (CRC-32 no longer matches)',
    kind: 'checksum',
    bytes: () =>
      buildZip(
        editedEntries((entry) => {
          if (entry.name !== 'word/document.xml' || typeof entry.content !== 'string') return entry;
          const good = strToU8(entry.content);
          const bad = strToU8(entry.content.replace('Begroting 2026', 'Begroting 2027'));
          // The data is the damaged text; the headers keep the CRC of the original.
          return { ...entry, method: 0, content: good, data: bad };
        }),
      ),
  },
  {
    name: 'two entries named word/document.xml',
    kind: 'duplicate_entry',
    bytes: () =>
      buildZip(
        editedEntries((entry) =>
          entry.name === 'word/document.xml'
            ? [entry, { name: entry.name, content: String(entry.content).replace('Begroting 2026', 'Iets anders') }]
            : entry,
        ),
      ),
  },
  {
    name: 'word/document.xml and Word/Document.xml (OPC names ignore ASCII case)',
    kind: 'duplicate_entry',
    bytes: () => buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? [entry, { ...entry, name: 'Word/Document.xml' }] : entry))),
  },
  {
    name: 'no [Content_Types].xml',
    kind: 'not_docx',
    bytes: () => buildZip(editedEntries((entry) => (entry.name === '[Content_Types].xml' ? [] : entry))),
  },
  {
    name: 'invalid UTF-8 in document.xml',
    kind: 'xml_encoding',
    bytes: () =>
      buildZip(
        editedEntries((entry) => {
          if (entry.name !== 'word/document.xml' || typeof entry.content !== 'string') return entry;
          const bytes = strToU8(entry.content);
          const at = entry.content.indexOf('Begroting');
          bytes[at] = 0xff; // never valid in UTF-8
          return { ...entry, content: bytes };
        }),
      ),
  },
  {
    name: 'document.xml declares an encoding it is not in',
    kind: 'xml_encoding',
    bytes: () => withDocumentXml(`<?xml version="1.0" encoding="windows-1252"?><w:document ${W}><w:body/></w:document>`),
  },
  {
    name: 'local header names another part than the central directory',
    kind: 'header_mismatch',
    bytes: () => buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, local: { name: 'word/documenT.xml' } } : entry))),
  },
  {
    name: 'local header gives another size than the central directory',
    kind: 'header_mismatch',
    bytes: () => buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, local: { size: 12 } } : entry))),
  },
  {
    name: 'data descriptor gives another CRC than the central directory',
    kind: 'header_mismatch',
    bytes: () => buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, descriptor: { crc: 0x12345678 } } : entry))),
  },
];
