import { docxErrorMessage } from '../../src/document/ooxml';
import type { DocxErrorKind } from '../../src/document/ooxml';

const KINDS: readonly DocxErrorKind[] = [
  'not_zip',
  'encrypted',
  'truncated',
  'too_large',
  'unsupported',
  'corrupt',
  'not_docx',
  'xml_dtd',
  'xml_entity',
  'xml_malformed',
  // Issue 8:
  'checksum',
  'duplicate_entry',
  'overlapping_entries',
  'header_mismatch',
  'xml_too_deep',
  'xml_encoding',
];

describe('every DocxError kind has one line in Dutch and in English', () => {
  it.each(KINDS)('%s', (kind) => {
    const nl = docxErrorMessage({ kind, detail: '' }, 'nl');
    const en = docxErrorMessage({ kind, detail: '' }, 'en');
    for (const text of [nl, en]) {
      expect(text).not.toBe('');
      expect(text).not.toContain('\n');
      // Technical detail stays out of the sentence users read.
      expect(text).not.toMatch(/word\/document\.xml|offset|\d{3,}/);
    }
    expect(nl).not.toBe(en);
  });
});

it('the damaged-file kinds tell an ambtenaar the file is damaged, in those words', () => {
  for (const kind of ['checksum', 'duplicate_entry', 'overlapping_entries', 'header_mismatch', 'xml_encoding'] as const) {
    expect(docxErrorMessage({ kind, detail: '' }, 'nl')).toMatch(/^het bestand is beschadigd/);
    expect(docxErrorMessage({ kind, detail: '' }, 'en')).toMatch(/^the file is damaged/);
  }
});
