import { Inflate, inflateSync } from 'fflate';
import { crc32 } from './crc32';

/**
 * Reads entries out of a .docx (a ZIP archive, ECMA-376 Part 2 Annex C / PKWARE APPNOTE 6.3)
 * without ever trusting it: the central directory is checked against every local header before
 * anything is read (openZip), sizes are checked against what actually inflates, every entry read
 * is bounded in size and counted against a total for the archive, its CRC-32 is verified, and
 * big entries are fed to the inflater in slices, so a zip bomb is stopped after one slice.
 *
 * Slice size is a trade-off measured here: deflate expands at most ~1032:1, and fflate holds
 * about 4–5× a push's output while it grows its buffer (one 4 KiB slice of a bomb: ~20 MiB
 * transient), but every push also costs fflate a fresh ≥160 KiB buffer, so 1 KiB slices made a
 * 33 MB document.xml take 13 s instead of ~1 s. So slices start at 4 KiB and double, up to
 * 32 KiB, only while the entry inflates at a plausible ratio (≤ 16:1; Word XML is 4–10:1); a
 * stream that turns bomb-like drops back to 4 KiB. Worst case, one push yields ≤ 33 MiB.
 *
 * Small entries (≤ 64 KiB compressed: every part of a normal annotatie) skip the stream: they
 * inflate in one call into a buffer of exactly the declared size plus one byte, so a header that
 * understates the size shows as a length mismatch, and the work a lie can cause is bounded by
 * 64 KiB × 1032. Measured: the stream's per-entry setup and per-push buffers made small
 * documents 3× slower to read than fflate's unzipSync.
 *
 * Entry names are only ever used as keys to look entries up; nothing here touches a file system.
 */

export interface ZipLimits {
  /** Largest uncompressed entry we read, stored or deflated. */
  readonly maxEntryBytes: number;
  /** Largest sum of uncompressed bytes over every entry read from one archive (stored ones too). */
  readonly maxTotalBytes: number;
  /**
   * Optional: largest declared uncompressed/compressed ratio for entries above `ratioGraceBytes`.
   * Off by default (see DEFAULT_ZIP_LIMITS for why); kept for callers that want an early refusal.
   */
  readonly maxRatio?: number;
  readonly ratioGraceBytes?: number;
  readonly maxEntries: number;
  /** Entries up to this compressed size are inflated in one call (see the header comment). */
  readonly oneShotBytes: number;
}

/**
 * What one archive may cost, in absolute terms: 64 MiB per part and 96 MiB over all parts read.
 *
 * Why absolute sizes and no compression ratio: a ratio cannot tell a bomb from our own output.
 * Deflate tops out near 1032:1, and `annotatie new` comes close with any long repetitive value
 * (a toelichting of one repeated sentence compressed 237:1; 9 MB of one character was refused by
 * the 200:1 rule this replaces), while a bomb that stays under a ratio is merely a bigger file.
 * What a bomb actually costs is output bytes: the buffer they fill and the tokenizing that
 * follows, both linear in the output. Those are bounded here, against real output (a header that
 * understates the size fails while inflating), and overlapping entries are refused (openZip), so
 * no stored byte can be counted twice for free. So any value our writer can produce within 64 MiB
 * reads back, and a real bomb (a part or archive that inflates past the limits, whatever its
 * ratio) is refused after at most the limit of work.
 *
 * Why 64 MiB (it was 128): images are never inflated by the reader, only XML parts, and a part of
 * 64 MiB is already two and a half times the 25 MB document.xml of the bench's 19 MB .docx. Peak
 * RSS of `annotatie check` on parts near the limit, measured: 60 MB of one repeated character
 * 174 MB, 60 MB of nothing but "&amp;" 211 MB, 1.6 million tabs (30 MB) 178 MB: a few hundred MB
 * per file (the README's known limits name the one shape measured above that).
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  maxEntries: 10_000,
  oneShotBytes: 64 * 1024,
};

/**
 * Why an archive was refused. The first six are from the first version; the others name a
 * damaged or manipulated archive precisely (never rename one: they are in JSON output).
 */
export type ZipErrorKind =
  | 'not_zip'
  | 'encrypted'
  | 'truncated'
  | 'too_large'
  | 'unsupported'
  | 'corrupt'
  /** The bytes of an entry do not have the CRC-32 its header gives. */
  | 'checksum'
  /** Two entries whose names are equal, ASCII case ignored (OPC part names, ECMA-376 Part 2 §6.2.2.3). */
  | 'duplicate_entry'
  /** Two entries (or an entry and the central directory) share bytes. */
  | 'overlapping_entries'
  /** The central directory and an entry's local header disagree (name, method, sizes, CRC). */
  | 'header_mismatch';

export interface ZipError {
  readonly kind: ZipErrorKind;
  readonly detail: string;
}

export type ZipResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ZipError };

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** Offset of the entry's data: after the local header, its name and its extra field. */
  readonly dataStart: number;
  /** First byte after the data and its data descriptor, if any. */
  readonly end: number;
}

/** An entry while openZip checks it: where its name sits in the central directory. */
interface Parsed extends Entry {
  /** Flag bit 3 in either header: CRC and sizes follow the data, the local header may hold zeros. */
  readonly deferred: boolean;
  readonly nameStart: number;
  readonly nameLength: number;
}

export interface ZipArchive {
  /** Entry names as the archive spells them, in central-directory order. */
  readonly names: readonly string[];
  /** Whether an entry of this name exists; ASCII case is ignored, as OPC part names are compared. */
  has(name: string): boolean;
  /** The entry's bytes, inflated within the limits and checked against their CRC-32. */
  read(name: string): ZipResult<Uint8Array>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
/** General-purpose flag bit 3: CRC and sizes follow the data in a data descriptor (APPNOTE 4.3.9). */
const FLAG_DESCRIPTOR = 0x8;
/** An OLE compound file: an encrypted (password-protected) .docx or an old binary .doc. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FIRST_SLICE = 4 * 1024;
const MAX_SLICE = 32 * 1024;
/** Ratio below which slices may grow (Word XML compresses 4–10:1). */
const PLAUSIBLE_RATIO = 16;

const err = <T>(kind: ZipErrorKind, detail: string): ZipResult<T> => ({ ok: false, error: { kind, detail } });

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

const nameDecoder = new TextDecoder('utf-8');

/**
 * The lookup form of a part name: ASCII letters folded, nothing else (ECMA-376 Part 2 §6.2.2.3
 * compares part names ASCII case-insensitively; non-ASCII characters are compared as they are).
 */
export function foldPartName(name: string): string {
  let folded = name;
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      folded = name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
      break;
    }
  }
  return folded;
}

function sameBytes(bytes: Uint8Array, a: number, b: number, length: number): boolean {
  for (let index = 0; index < length; index += 1) if (bytes[a + index] !== bytes[b + index]) return false;
  return true;
}

/**
 * Opens an archive: reads the central directory and checks every entry against its local header
 * before anything is inflated, so that this reader and any other (Word, Info-ZIP, Python's
 * zipfile, Go's archive/zip) see the same entries or none:
 * - names are unique, ASCII case ignored: "first wins" here and "last wins" elsewhere would be two
 *   documents in one file;
 * - each local header repeats the central directory's name, method and encryption flag, and its
 *   CRC and sizes unless they are deferred to a data descriptor (flag bit 3, LibreOffice does that);
 * - no two entries share bytes, and none runs into the central directory: many directory entries
 *   pointing at one local entry is how "overlapped" zip bombs multiply their output (Info-ZIP
 *   UnZip 6.0's "overlapped components" check, CVE-2019-13232).
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipResult<ZipArchive> {
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte)) {
    return err('encrypted', 'OLE compound file (password-protected .docx or binary .doc)');
  }
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL_SIGNATURE) {
    // An empty archive (only an end record) is a zip, but never a .docx either.
    return err('not_zip', 'no ZIP local file header at the start');
  }
  // The end-of-central-directory record is the last 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return err('truncated', 'no end-of-central-directory record');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) return err('unsupported', 'ZIP64 archive');
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0 || u16(bytes, eocd + 8) !== count) {
    return err('unsupported', 'multi-volume (split) archive');
  }
  if (count > limits.maxEntries) return err('too_large', `${count} entries`);
  if (cdOffset + cdSize > eocd) return err('truncated', 'central directory runs past its end record');

  const entries = new Map<string, Parsed>();
  const names: string[] = [];
  let at = cdOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > cdOffset + cdSize || u32(bytes, at) !== CENTRAL_SIGNATURE) return err('corrupt', `central directory entry ${index}`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > cdOffset + cdSize) return err('corrupt', `central directory entry ${index}`);
    const name = nameDecoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    if (flags & 1) return err('encrypted', `entry ${name} is encrypted`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      return err('unsupported', 'ZIP64 entry');
    }
    const key = foldPartName(name);
    const other = entries.get(key);
    if (other) return err('duplicate_entry', `two entries named ${JSON.stringify(other.name)} and ${JSON.stringify(name)}`);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL_SIGNATURE) {
      return err('truncated', `local header of ${name}`);
    }
    const localFlags = u16(bytes, localOffset + 6);
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > bytes.length) return err('truncated', `data of ${name}`);
    const deferred = ((flags | localFlags) & FLAG_DESCRIPTOR) !== 0;
    // A data descriptor is CRC, compressed and uncompressed size, optionally preceded by a
    // signature (APPNOTE 4.3.9.3); a CRC that happens to equal the signature is told apart by
    // what follows it.
    const signed = deferred && u32(bytes, dataEnd) === DESCRIPTOR_SIGNATURE && u32(bytes, dataEnd + 4) === crc;
    const descriptor = signed ? dataEnd + 4 : dataEnd;
    const end = deferred ? descriptor + 12 : dataEnd;
    if (deferred && (end > bytes.length || u32(bytes, descriptor) !== crc || u32(bytes, descriptor + 4) !== compressedSize || u32(bytes, descriptor + 8) !== size)) {
      // What a streaming reader (one that never reads the central directory) would take instead.
      return err('header_mismatch', `data descriptor of ${name} disagrees with the central directory`);
    }
    entries.set(key, { name, method, crc, compressedSize, size, localOffset, dataStart, end, deferred, nameStart, nameLength });
    names.push(name);
    at = nameStart + nameLength + extraLength + commentLength;
  }

  // No two entries may share bytes, nor an entry and the central directory. Checked before the
  // local names are compared, so that many directory entries aimed at one local entry (the
  // overlap bomb) are refused as what they are.
  const byOffset = [...entries.values()].sort((a, b) => a.localOffset - b.localOffset);
  let previous: Parsed | undefined;
  for (const entry of byOffset) {
    if (previous && entry.localOffset < previous.end) {
      return err('overlapping_entries', `${entry.name} starts inside ${previous.name}`);
    }
    previous = entry;
  }
  if (previous && previous.end > cdOffset) return err('overlapping_entries', `${previous.name} runs into the central directory`);

  // Each local header must say what the central directory says (APPNOTE 4.3.7 and 4.3.12 hold
  // the same fields); sizes and CRC only when they are not deferred to a data descriptor.
  for (const entry of byOffset) {
    const local = entry.localOffset;
    const localNameLength = u16(bytes, local + 26);
    if (localNameLength !== entry.nameLength || !sameBytes(bytes, local + 30, entry.nameStart, entry.nameLength)) {
      return err('header_mismatch', `local header of ${entry.name} names another entry`);
    }
    if (u16(bytes, local + 8) !== entry.method || (u16(bytes, local + 6) & 1) !== 0) {
      return err('header_mismatch', `local header of ${entry.name} has another method or encryption flag`);
    }
    if (
      !entry.deferred &&
      (u32(bytes, local + 14) !== entry.crc || u32(bytes, local + 18) !== entry.compressedSize || u32(bytes, local + 22) !== entry.size)
    ) {
      return err('header_mismatch', `local header of ${entry.name} gives another CRC or size`);
    }
  }

  let readTotal = 0;
  const archive: ZipArchive = {
    names,
    has: (name) => entries.has(foldPartName(name)),
    read(name) {
      const entry = entries.get(foldPartName(name));
      if (!entry) return err('corrupt', `no entry ${name}`);
      if (entry.size > limits.maxEntryBytes) return err('too_large', `${entry.name} declares ${entry.size} bytes`);
      // Counted before any work, stored entries too: the total bounds what one file can cost.
      if (readTotal + entry.size > limits.maxTotalBytes) return err('too_large', `entries declare more than ${limits.maxTotalBytes} bytes in total`);
      readTotal += entry.size;
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      const result =
        entry.method === 0 ? stored(entry, data) : entry.method === 8 ? inflate(entry, data, limits) : err<Uint8Array>('unsupported', `compression method ${entry.method}`);
      if (!result.ok) return result;
      // A flipped bit must never become a value (APPNOTE 4.4.7): stored data has no other check,
      // and a deflate stream can decode "successfully" to the wrong bytes.
      if (crc32(result.value) !== entry.crc) return err('checksum', `${entry.name}: CRC-32 does not match`);
      return result;
    },
  };
  return { ok: true, value: archive };
}

function stored(entry: Entry, data: Uint8Array): ZipResult<Uint8Array> {
  if (entry.size !== data.length) return err('corrupt', `${entry.name}: stored size mismatch`);
  return { ok: true, value: data };
}

function inflate(entry: Entry, data: Uint8Array, limits: ZipLimits): ZipResult<Uint8Array> {
  const { maxRatio, ratioGraceBytes = 0 } = limits;
  if (maxRatio !== undefined && entry.size > ratioGraceBytes && entry.size > maxRatio * Math.max(data.length, 1)) {
    return err('too_large', `${entry.name} declares more than ${limits.maxRatio}× its compressed size`);
  }
  if (data.length === 0) return entry.size === 0 ? { ok: true, value: new Uint8Array(0) } : err('truncated', `${entry.name}: no data`);
  if (data.length <= limits.oneShotBytes) return inflateOnce(entry, data);
  // Output goes straight into one buffer of the declared size (already checked against the
  // limits), so a big part costs its size once, not once in chunks and again when joined.
  const out = new Uint8Array(entry.size);
  let produced = 0;
  let done = false;
  let overLimit: string | undefined;
  const inflater = new Inflate((chunk, final) => {
    if (overLimit !== undefined) return;
    if (produced + chunk.length > entry.size) {
      overLimit = `${entry.name} inflates past the ${entry.size} bytes its header declares`;
      return;
    }
    out.set(chunk, produced);
    produced += chunk.length;
    if (final) done = true;
  });
  try {
    let slice = FIRST_SLICE;
    let offset = 0;
    while (offset < data.length && overLimit === undefined) {
      const end = Math.min(offset + slice, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
      offset = end;
      slice = produced <= PLAUSIBLE_RATIO * offset ? Math.min(slice * 2, MAX_SLICE) : FIRST_SLICE;
    }
  } catch (caught) {
    // fflate throws plain Errors for corrupt deflate streams ("invalid block type", "unexpected EOF").
    return err('corrupt', `${entry.name}: ${caught instanceof Error ? caught.message : String(caught)}`);
  }
  if (overLimit !== undefined) return err('too_large', overLimit);
  if (!done) return err('truncated', `${entry.name}: deflate stream ends early`);
  if (produced !== entry.size) return err('corrupt', `${entry.name}: ${produced} bytes, header says ${entry.size}`);
  return { ok: true, value: out };
}

function inflateOnce(entry: Entry, data: Uint8Array): ZipResult<Uint8Array> {
  let out: Uint8Array;
  try {
    // One spare byte: fflate drops writes past a fixed buffer, so only a longer result reveals
    // a stream that inflates to more than its header says.
    out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return err(/unexpected EOF/i.test(message) ? 'truncated' : 'corrupt', `${entry.name}: ${message}`);
  }
  if (out.length > entry.size) return err('too_large', `${entry.name} inflates past the ${entry.size} bytes its header declares`);
  if (out.length !== entry.size) return err('corrupt', `${entry.name}: ${out.length} bytes, header says ${entry.size}`);
  return { ok: true, value: out };
}
