import { packageParts } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { HOSTILE_STRINGS, valuesWithEverywhere } from './support/hostile-strings';
import { validateParts } from './support/docx-tools';

/**
 * Every part we write validates against the ISO 29500 schemas in test/fixtures/schemas/ooxml.
 * Parts without a schema there (core properties, our own custom XML item) are listed as null.
 */
describe('every part the writer produces is schema-valid', () => {
  const documents = {
    seed: packageParts(seed, { created: new Date('2025-09-01T10:00:00Z') }),
    empty: packageParts({}),
    hostile: packageParts(valuesWithEverywhere(HOSTILE_STRINGS.map((entry) => entry.value).join('\n')), { houseStyle: false }),
    // What `annotatie new` writes: the snapshot part and its properties as well.
    withSnapshot: packageParts(seed, {}, { version: 1, written: '2025-09-01T10:00:00.000Z', values: seed }),
  };
  const results = Object.fromEntries(Object.entries(documents).map(([name, parts]) => [name, validateParts(parts)]));

  it.each(Object.keys(documents))('%s: no schema errors in any part', (name) => {
    const result = results[name] ?? {};
    const errors = Object.entries(result).filter(([, messages]) => messages !== null && messages.length > 0);
    expect(errors).toEqual([]);
    // The parts the schema folder covers were actually validated, not skipped.
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/_rels/document.xml.rels', 'customXml/itemProps1.xml']) {
      expect(result[part]).toEqual([]);
    }
    if (name === 'withSnapshot') expect(result['customXml/itemProps2.xml']).toEqual([]);
  });

  it('the validator does catch an invalid part (w:sdtPr children out of order)', () => {
    const parts = new Map(documents.seed);
    const xml = parts.get('word/document.xml') ?? '';
    parts.set('word/document.xml', xml.replace(/<w:alias w:val="Onderwerp"\/><w:tag w:val="annotatie.onderwerp"\/>/, '<w:tag w:val="annotatie.onderwerp"/><w:alias w:val="Onderwerp"/>'));
    expect(validateParts(parts)['word/document.xml']?.length).toBeGreaterThan(0);
  });
});
