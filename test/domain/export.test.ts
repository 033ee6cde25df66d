import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues } from '../../src/domain/fields';
import { csvCells, csvHeader, exportBatch, exportCsvText, exportEntry, exportJsonText } from '../../src/domain/export';
import seed from '../../src/preview/seed.json';

const SEED: AnnotatieValues = seed;

describe('the hand-off export (shared by annotatie export and the task pane)', () => {
  it('types the values and names the document', () => {
    const entry = exportEntry('Raadsvoorstel.docx', SEED);
    expect(entry.file).toBe('Raadsvoorstel.docx');
    expect(entry.schema).toBe('annotatie-raadsvoorstel/1');
    expect(entry.values['planning.oordeelsvorming']).toBe('2025-09-29');
    expect(entry.values.medePortefeuillehouders).toEqual(['Wethouder B.G. Velzen']);
    expect(Object.keys(entry.values)).toEqual(FIELDS.map((field) => field.key));
  });

  it('gives JSON with two-space indent and a final line break', () => {
    const text = exportJsonText(exportEntry('a.docx', SEED));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "file": "a.docx",');
  });

  it('adds errors to a batch only when there are some', () => {
    const entry = exportEntry('a.docx', SEED);
    expect(exportBatch([entry])).toEqual({ exports: [entry] });
    expect(exportBatch([entry], [{ file: 'b.docx', code: 'not_docx', message: 'x' }])).toHaveProperty('errors');
  });

  it('gives a CSV header of the keys and one CRLF-terminated row per document; nothing for none', () => {
    const entry = exportEntry('a.docx', { ...SEED, medePortefeuillehouders: 'A\nB' });
    expect(csvHeader()).toEqual(['file', ...FIELDS.map((field) => field.key)]);
    const cells = csvCells(entry);
    expect(cells[FIELDS.findIndex((field) => field.key === 'medePortefeuillehouders') + 1]).toBe('A\nB');
    const text = exportCsvText([entry]);
    expect(text.startsWith(`${csvHeader().join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(exportCsvText([])).toBe('');
  });
});
