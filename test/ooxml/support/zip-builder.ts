import { deflateSync, strToU8 } from 'fflate';

/**
 * A ZIP writer for tests (PKWARE APPNOTE 4.3) that can write what no honest writer does: wrong
 * CRCs, local headers that contradict the central directory, duplicate names, data descriptors,
 * and central-directory entries that point into another entry's bytes. Independent of the reader
 * under test: its CRC is the textbook bitwise one.
 */
export interface RawEntry {
  readonly name: string;
  /** The uncompressed content. */
  readonly content: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  readonly method?: 0 | 8;
  /** Compressed bytes to write instead of the real ones (raw deflate for method 8). */
  readonly data?: Uint8Array;
  /** Central-directory fields to write instead of the true ones. */
  readonly central?: Partial<Header>;
  /** Local-header fields to write instead of the central directory's. */
  readonly local?: Partial<Header> & { readonly name?: string };
  /** Flag bit 3: zeros in the local header, CRC and sizes in a signed data descriptor after the data. */
  readonly descriptor?: boolean | Partial<Header>;
}

export interface Header {
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly method: number;
  readonly flags: number;
}

/** A central-directory entry that reuses the local entry of entries[target] (the overlap trick). */
export interface AliasEntry {
  readonly name: string;
  readonly target: number;
  /** Offset added to the target's local header offset (0: the same local entry). */
  readonly shift?: number;
}

let CRC_TABLE: Int32Array | undefined;

/** Textbook CRC-32 (one table), deliberately not the implementation under test. */
export function referenceCrc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let byte = 0; byte < 256; byte += 1) {
      let crc = byte;
      for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      CRC_TABLE[byte] = crc;
    }
  }
  let crc = -1;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? strToU8(content) : content);

export function buildZip(entries: readonly RawEntry[], aliases: readonly AliasEntry[] = []): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    offset += chunk.length;
  };
  const centrals: { name: Uint8Array; header: Header; localOffset: number }[] = [];
  for (const entry of entries) {
    const content = bytesOf(entry.content);
    const method = entry.method ?? 8;
    const data = entry.data ?? (method === 8 ? deflateSync(content, { level: 6 }) : content);
    const descriptor = entry.descriptor === undefined || entry.descriptor === false ? undefined : entry.descriptor === true ? {} : entry.descriptor;
    const truth: Header = { crc: referenceCrc32(content), compressedSize: data.length, size: content.length, method, flags: descriptor ? 0x808 : 0x800 };
    const central: Header = { ...truth, ...entry.central };
    const localFields: Header = descriptor ? { ...central, crc: 0, compressedSize: 0, size: 0 } : central;
    const local: Header = { ...localFields, ...entry.local };
    const name = strToU8(entry.name);
    const localName = entry.local?.name === undefined ? name : strToU8(entry.local.name);
    const header = new Uint8Array(30 + localName.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, local.flags, true);
    view.setUint16(8, local.method, true);
    view.setUint32(14, local.crc >>> 0, true);
    view.setUint32(18, local.compressedSize >>> 0, true);
    view.setUint32(22, local.size >>> 0, true);
    view.setUint16(26, localName.length, true);
    header.set(localName, 30);
    centrals.push({ name, header: central, localOffset: offset });
    push(header);
    push(data);
    if (descriptor) {
      const fields: Header = { ...central, ...descriptor };
      const trailer = new Uint8Array(16);
      const tview = new DataView(trailer.buffer);
      tview.setUint32(0, 0x08074b50, true);
      tview.setUint32(4, fields.crc >>> 0, true);
      tview.setUint32(8, fields.compressedSize >>> 0, true);
      tview.setUint32(12, fields.size >>> 0, true);
      push(trailer);
    }
  }
  for (const alias of aliases) {
    const target = centrals[alias.target];
    if (!target) throw new Error(`no entry ${alias.target}`);
    centrals.push({ name: strToU8(alias.name), header: target.header, localOffset: target.localOffset + (alias.shift ?? 0) });
  }
  const cdOffset = offset;
  for (const { name, header, localOffset } of centrals) {
    const record = new Uint8Array(46 + name.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(8, header.flags, true);
    view.setUint16(10, header.method, true);
    view.setUint32(16, header.crc >>> 0, true);
    view.setUint32(20, header.compressedSize >>> 0, true);
    view.setUint32(24, header.size >>> 0, true);
    view.setUint16(28, name.length, true);
    view.setUint32(42, localOffset, true);
    record.set(name, 46);
    push(record);
  }
  const end = new Uint8Array(22);
  const eview = new DataView(end.buffer);
  eview.setUint32(0, 0x06054b50, true);
  eview.setUint16(8, centrals.length, true);
  eview.setUint16(10, centrals.length, true);
  eview.setUint32(12, offset - cdOffset, true);
  eview.setUint32(16, cdOffset, true);
  push(end);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The parts of a .docx as RawEntry values (deflated, honest), to edit before buildZip. */
export function entriesOf(parts: ReadonlyMap<string, string | Uint8Array>): RawEntry[] {
  return [...parts].map(([name, content]) => ({ name, content }));
}
