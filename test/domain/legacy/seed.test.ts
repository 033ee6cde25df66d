import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIDENT, FIELD_KEYS, recogniseAnnotatie, textBlocks, validate } from '../../../src/domain';
import expected from '../../fixtures/legacy/seed/expected.json';

const seed = readFileSync(join(__dirname, '../../fixtures/legacy/seed/annotatie-raadsvoorstel-zoetermeer-2025.txt'), 'utf8');

describe('recognising the seed (text taken from the PDF, OCR noise and all)', () => {
  const recognition = recogniseAnnotatie(textBlocks(seed));

  it.each(FIELD_KEYS)('reads %s as written', (key) => {
    expect(recognition.values[key]).toBe((expected as Record<string, string>)[key]);
  });

  it('leaves only the OCR fragment "prog" unrecognised', () => {
    expect(recognition.unrecognised).toEqual(['prog']);
  });

  it('reads the damaged and wrapped labels as labels, as written', () => {
    expect(recognition.labels).toEqual(expect.arrayContaining(['Mede-portefeuillehouder (s)', 'Oordzzl\\z e', 'Status inclusief voorlopige planning']));
    expect(recognition.fields['planning.oordeelsvorming']).toMatchObject({ label: 'Oordzzl\\z e', doubts: ['label_inferred', 'by_position'] });
  });

  it('is confident where the label was next to the value, and says why elsewhere', () => {
    expect(recognition.confidence.aardBijeenkomst).toBe(1);
    expect(recognition.confidence['planning.oordeelsvorming']).toBeLessThan(CONFIDENT);
    expect(recognition.fields['ambtenaar.naam']?.doubts).toEqual(['by_position']);
  });

  it('hands the validator the typo nobody caught', () => {
    expect(validate(recognition.values).map((finding) => finding.code)).toContain('email_domain_typo');
  });
});
