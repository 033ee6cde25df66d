import fc from 'fast-check';
import { FIELDS } from '../../src/domain/fields';
import type { FieldKey } from '../../src/domain/fields';
import { isPlaceholder } from '../../src/domain/placeholders';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import { wordText } from '../../src/document/word/text';

/**
 * Any text written through the layer reads back as the same value, modulo what a Word document
 * cannot keep (see wordText): characters XML 1.0 cannot carry are dropped, "\r\n" and "\r" are
 * paragraph breaks like "\n", a final line break is no paragraph of its own, and text identical
 * to the placeholder is no value: a field whose control is there reads as '' then (the domain's
 * documentValues, as the .docx reader).
 */
function expectedValue(key: FieldKey, text: string): string {
  const value = wordText(text).replace(/\n$/, '');
  return isPlaceholder(key, value) ? '' : value;
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<w:t>&amp;</w:t>', ']]>', 'n.v.t.', '\u202Eomgekeerd', 'a\r\nb\rc\nd', '👩🏽‍💼\u200d', ''),
);

describe('values survive the Word layer unchanged', () => {
  const key = fc.constantFrom(...FIELDS.map((field) => field.key));

  it('through insertTemplate and read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, anyText, { maxKeys: 6 }), async (values) => {
        const fake = createFakeWord();
        const doc = createWordDocument(fake.host);
        const inserted = await doc.insertTemplate(values, 'start');
        expect(inserted.ok).toBe(true);
        const read = await doc.read();
        if (!read.ok) throw new Error(JSON.stringify(read.failure));
        for (const field of FIELDS) expect(read.values[field.key]).toBe(expectedValue(field.key, values[field.key] ?? ''));
      }),
      { numRuns: 100 },
    );
  });

  it('through write and read', async () => {
    await fc.assert(
      fc.asyncProperty(key, anyText, async (field, text) => {
        const fake = createFakeWord();
        const doc = createWordDocument(fake.host);
        await doc.insertTemplate({ onderwerp: 'Vooraf' }, 'start');
        const written = await doc.write({ [field]: text });
        if (!written.ok) throw new Error(JSON.stringify(written.failure));
        expect([...written.written, ...(written.unchanged ?? [])]).toEqual([field]);
        const read = await doc.read();
        if (!read.ok) throw new Error(JSON.stringify(read.failure));
        expect(read.values[field]).toBe(expectedValue(field, text));
      }),
      { numRuns: 100 },
    );
  });
});
