import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { readDocx, writeDocx } from '../../src/document/ooxml';
import { crc32 } from '../../src/document/ooxml/crc32';
import { DEFAULT_ZIP_LIMITS, foldPartName, openZip } from '../../src/document/ooxml/zip';
import { unzipParts } from './support/docx-tools';
import { editedEntries, overlappingItems } from './support/hostile-files';
import { buildZip, entriesOf, referenceCrc32 } from './support/zip-builder';

describe('crc32', () => {
  it('gives the check value of the CRC-32 catalogue ("123456789" → CBF43926)', () => {
    expect(crc32(strToU8('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with the textbook one-table CRC on any bytes, any length, at any offset in its buffer (head, words, tail)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(7), (bytes, offset) => {
        const view = new Uint8Array(bytes.length + offset).subarray(offset);
        view.set(bytes);
        return crc32(view) === referenceCrc32(bytes);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('entries are checked against their CRC-32', () => {
  it('a bit flipped in stored data never lands in a value', () => {
    const honest = readDocx(buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, method: 0 } : entry))));
    expect(honest.status === 'annotatie' ? honest.values.onderwerp : honest.status).toBe('Begroting 2026');
    for (const bit of [0, 3, 7]) {
      const flipped = buildZip(
        editedEntries((entry) => {
          if (entry.name !== 'word/document.xml' || typeof entry.content !== 'string') return entry;
          const data = strToU8(entry.content);
          const at = entry.content.indexOf('2026') + 3;
          data[at] = (data[at] ?? 0) ^ (1 << bit);
          return { ...entry, method: 0, data };
        }),
      );
      const result = readDocx(flipped);
      expect(result.status === 'unreadable' ? result.error.kind : result).toBe('checksum');
    }
  });

  it('a deflated entry whose CRC does not match is refused too', () => {
    const bytes = buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, central: { crc: 0xdeadbeef }, local: { crc: 0xdeadbeef } } : entry)));
    const result = readDocx(bytes);
    expect(result.status === 'unreadable' ? result.error : result).toEqual({ kind: 'checksum', detail: 'word/document.xml: CRC-32 does not match' });
  });
});

describe('what other producers write is read', () => {
  it('data descriptors (flag bit 3, as LibreOffice writes): CRC and sizes after the data', () => {
    const bytes = buildZip(editedEntries((entry) => ({ ...entry, descriptor: true })));
    const result = readDocx(bytes);
    expect(result.status === 'annotatie' ? result.values.onderwerp : result).toBe('Begroting 2026');
  });

  it('stored entries (method 0) with the right CRC', () => {
    const result = readDocx(buildZip(editedEntries((entry) => ({ ...entry, method: 0 }))));
    expect(result.status === 'annotatie' ? result.values.onderwerp : result).toBe('Begroting 2026');
  });

  it('a .docx written by pandoc (Haskell zip-archive) is a document without annotatie', () => {
    const dir = mkdtempSync(join(tmpdir(), 'annotatie-pandoc-'));
    try {
      writeFileSync(join(dir, 'in.md'), '# Raadsvoorstel\n\nGewone tekst.\n');
      execFileSync('pandoc', [join(dir, 'in.md'), '-o', join(dir, 'out.docx')]);
      expect(readDocx(new Uint8Array(readFileSync(join(dir, 'out.docx')))).status).toBe('no-annotatie');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('part names are looked up ASCII case-insensitively, as OPC compares them (ECMA-376 Part 2 §6.2.2.3)', () => {
    const bytes = buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, name: 'Word/Document.XML' } : entry)));
    const zip = openZip(bytes);
    if (!zip.ok) throw new Error(zip.error.kind);
    expect(zip.value.names).toContain('Word/Document.XML');
    expect(zip.value.has('word/document.xml')).toBe(true);
    const result = readDocx(bytes);
    expect(result.status === 'annotatie' ? result.values.onderwerp : result).toBe('Begroting 2026');
  });

  it('foldPartName folds ASCII letters only', () => {
    expect(foldPartName('Word/Document.XML')).toBe('word/document.xml');
    expect(foldPartName('word/ÉÜ.xml')).toBe('word/ÉÜ.xml');
    const same = 'word/document.xml';
    expect(foldPartName(same)).toBe(same);
  });
});

describe('two readers never see two documents', () => {
  it('the first and the second of two same-named entries would give different values: refused', () => {
    const bytes = buildZip(
      editedEntries((entry) =>
        entry.name === 'word/document.xml' ? [entry, { name: entry.name, content: String(entry.content).replace('Begroting 2026', 'Iets anders') }] : entry,
      ),
    );
    const result = readDocx(bytes);
    expect(result.status === 'unreadable' ? result.error : result).toEqual({
      kind: 'duplicate_entry',
      detail: 'two entries named "word/document.xml" and "word/document.xml"',
    });
  });

  it.each([
    ['method', { method: 0 }],
    ['compressed size', { compressedSize: 1 }],
    ['CRC', { crc: 1 }],
    ['encryption flag', { flags: 0x801 }],
  ])('a local header with another %s than the central directory', (_what, local) => {
    const result = readDocx(buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, local } : entry))));
    expect(result.status === 'unreadable' ? result.error.kind : result).toBe('header_mismatch');
  });

  it('a data descriptor whose sizes differ from the central directory', () => {
    const result = readDocx(buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, descriptor: { size: 3 } } : entry))));
    expect(result.status === 'unreadable' ? result.error.kind : result).toBe('header_mismatch');
  });

  it('an entry marked encrypted (flag bit 0) is refused as encrypted, even when its bytes would inflate', () => {
    // APPNOTE 4.4.4 bit 0: the data is encrypted (ZipCrypto or strong encryption). Word never
    // writes that inside a .docx; reading the bytes anyway would turn ciphertext into a value.
    const result = readDocx(buildZip(editedEntries((entry) => (entry.name === 'word/document.xml' ? { ...entry, central: { flags: 0x801 } } : entry))));
    expect(result.status === 'unreadable' ? result.error : result).toEqual({ kind: 'encrypted', detail: 'entry word/document.xml is encrypted' });
  });

  it('without [Content_Types].xml a zip is no Word document (ECMA-376 Part 2 §10.1.2.1)', () => {
    const result = readDocx(buildZip(editedEntries((entry) => (entry.name === '[Content_Types].xml' ? [] : entry))));
    expect(result.status === 'unreadable' ? result.error : result).toEqual({ kind: 'not_docx', detail: 'no [Content_Types].xml' });
  });
});

describe('overlapping entries and the total', () => {
  it('many directory entries on one stored part: refused before anything is read, in milliseconds', () => {
    const started = performance.now();
    const result = readDocx(overlappingItems(5_000, 1 << 20));
    expect(result.status === 'unreadable' ? result.error.kind : result).toBe('overlapping_entries');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('an entry whose data runs into the central directory', () => {
    const entries = entriesOf(unzipParts(writeDocx({ onderwerp: 'x' })));
    const content = strToU8('<x/>');
    // Ten bytes more than there are: they are the start of the central directory.
    const header = { compressedSize: content.length + 10, size: content.length + 10 };
    const bytes = buildZip([...entries, { name: 'customXml/item9.xml', content, method: 0, central: header, local: header }]);
    const zip = openZip(bytes);
    expect(zip.ok ? 'ok' : zip.error).toEqual({ kind: 'overlapping_entries', detail: 'customXml/item9.xml runs into the central directory' });
  });

  it('stored entries count against the total like deflated ones', () => {
    const megabyte = new Uint8Array(1 << 20).fill(0x41);
    const bytes = buildZip(['a', 'b', 'c'].map((name) => ({ name: `${name}.bin`, content: megabyte, method: 0 as const })));
    const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: (5 << 20) >> 1 });
    if (!zip.ok) throw new Error(zip.error.kind);
    expect(zip.value.read('a.bin').ok).toBe(true);
    expect(zip.value.read('b.bin').ok).toBe(true);
    const third = zip.value.read('c.bin');
    expect(third.ok ? 'ok' : third.error).toEqual({ kind: 'too_large', detail: expect.stringContaining('in total') });
  });

  it('a stored entry above the entry limit is refused like a deflated one', () => {
    const bytes = buildZip([{ name: 'a.bin', content: new Uint8Array(2 << 20), method: 0 }]);
    const zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1 << 20 });
    if (!zip.ok) throw new Error(zip.error.kind);
    const entry = zip.value.read('a.bin');
    expect(entry.ok ? 'ok' : entry.error.kind).toBe('too_large');
  });
});
