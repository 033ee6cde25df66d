import { Inflate, inflateSync } from 'fflate';

/**
 * Reads entries out of a .docx (a ZIP archive, ECMA-376 Part 2 Annex C / PKWARE APPNOTE 6.3)
 * without ever trusting it: sizes come from the central directory but are checked against what
 * actually inflates, every inflated entry is bounded in size and in compression ratio, and the
 * compressed data is fed to the inflater in slices, so a zip bomb is stopped after one slice.
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
  /** Largest uncompressed entry we inflate. */
  readonly maxEntryBytes: number;
  /** Largest sum of uncompressed bytes over the entries we inflate. */
  readonly maxTotalBytes: number;
  /**
   * Largest declared uncompressed/compressed ratio for entries above `ratioGraceBytes`; the real
   * output can never exceed the declared size (checked while inflating), so this bounds both.
   */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
  readonly maxEntries: number;
  /** Entries up to this compressed size are inflated in one call (see the header comment). */
  readonly oneShotBytes: number;
}

/**
 * Word's document.xml compresses 5–30× (text-heavy) and up to ~60× (repetitive tables); 200× is
 * far above any real part and far below a bomb (~1000×). 128 MiB per entry fits a 20 MB .docx of
 * plain text with room to spare.
 *
 * The ratio only matters above 8 MiB: below that an entry costs at most 8 MiB however well it
 * compresses (the absolute bounds and the declared-size check still hold), and a long pasted
 * text that repeats itself compresses far better than 200× — `annotatie new` wrote a 1.2 MB
 * toelichting of one repeated sentence at 237:1 and `check` then refused its own file.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 192 * 1024 * 1024,
  maxRatio: 200,
  ratioGraceBytes: 8 * 1024 * 1024,
  maxEntries: 10_000,
  oneShotBytes: 64 * 1024,
};

export type ZipErrorKind = 'not_zip' | 'encrypted' | 'truncated' | 'too_large' | 'unsupported' | 'corrupt';

export interface ZipError {
  readonly kind: ZipErrorKind;
  readonly detail: string;
}

export type ZipResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ZipError };

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export interface ZipArchive {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry's bytes, inflated within the limits. */
  read(name: string): ZipResult<Uint8Array>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
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
  if (count > limits.maxEntries) return err('too_large', `${count} entries`);
  if (cdOffset + cdSize > eocd) return err('truncated', 'central directory runs past its end record');

  const entries = new Map<string, Entry>();
  let at = cdOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL_SIGNATURE) return err('corrupt', `central directory entry ${index}`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const name = nameDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) return err('encrypted', `entry ${name} is encrypted`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      return err('unsupported', 'ZIP64 entry');
    }
    // First entry wins: a second entry with the same name is a known zip-confusion trick.
    if (!entries.has(name)) entries.set(name, { name, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }

  let inflatedTotal = 0;
  const archive: ZipArchive = {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return err('corrupt', `no entry ${name}`);
      if (entry.size > limits.maxEntryBytes) return err('too_large', `${name} declares ${entry.size} bytes`);
      const local = entry.localOffset;
      if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL_SIGNATURE) {
        return err('truncated', `local header of ${name}`);
      }
      const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      const dataEnd = dataStart + entry.compressedSize;
      if (dataEnd > bytes.length) return err('truncated', `data of ${name}`);
      const data = bytes.subarray(dataStart, dataEnd);
      const result = entry.method === 0 ? stored(entry, data) : entry.method === 8 ? inflate(entry, data, limits, inflatedTotal) : err<Uint8Array>('unsupported', `compression method ${entry.method}`);
      if (result.ok) inflatedTotal += result.value.length;
      return result;
    },
  };
  return { ok: true, value: archive };
}

function stored(entry: Entry, data: Uint8Array): ZipResult<Uint8Array> {
  if (entry.size !== data.length) return err('corrupt', `${entry.name}: stored size mismatch`);
  return { ok: true, value: data };
}

function inflate(entry: Entry, data: Uint8Array, limits: ZipLimits, inflatedBefore: number): ZipResult<Uint8Array> {
  if (inflatedBefore + entry.size > limits.maxTotalBytes) return err('too_large', `entries declare more than ${limits.maxTotalBytes} bytes in total`);
  if (entry.size > limits.ratioGraceBytes && entry.size > limits.maxRatio * Math.max(data.length, 1)) {
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
