import fc from 'fast-check';
import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues, FieldKey } from '../../src/domain/fields';
import { documentText, readDocx, scanDocumentXml, writeDocx } from '../../src/document/ooxml';
import { tokenize } from '../../src/document/ooxml/xml-tokenizer';
import seed from '../fixtures/values/seed.json';

/** Property tests: what must hold for every input, not just the ones we thought of. */
const KEYS = FIELDS.map((field) => field.key);

// Full Unicode, including lone surrogates, controls, and the characters XML treats specially.
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", '\t', '\n', '\r', ' ', '\u0000', '\ufffe', '\ud800'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 60 });

describe('properties', () => {
  it('write → read gives back documentText(value) for every field, whatever the value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), anyText), (raw) => {
        const values = raw as Partial<Record<FieldKey, string>>;
        const result = readDocx(writeDocx(values, { houseStyle: false }));
        if (result.status !== 'annotatie') return false;
        for (const key of KEYS) expect(result.values[key]).toBe(documentText(values[key] ?? ''));
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('reading never throws on a damaged .docx (random byte changes in a real one)', () => {
    const original = writeDocx(seed as AnnotatieValues);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (changes) => {
        const bytes = original.slice();
        for (const [at, value] of changes) bytes[at] = value;
        const result = readDocx(bytes);
        return ['annotatie', 'no-annotatie', 'unreadable'].includes(result.status);
      }),
      { numRuns: 300 },
    );
  });

  it('the tokenizer and the scanner never throw on arbitrary text', () => {
    const markup = fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '?', '&', ';', '"', "'", '=', ' ', 'w:', 'sdt', 'p', 'r', 't', 'DOCTYPE', '[CDATA[', ']]', '--', '#x41', 'amp'), maxLength: 80 });
    fc.assert(
      fc.property(markup, (xml) => {
        tokenize(xml, { open: () => undefined, close: () => undefined, text: () => undefined });
        scanDocumentXml(xml);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
