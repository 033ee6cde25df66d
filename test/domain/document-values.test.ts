import { FIELDS } from '../../src/domain/fields';
import type { FieldKey } from '../../src/domain/fields';
import { changedFields, controlFindings, documentValues } from '../../src/domain/document-values';
import { houseStyled } from '../../src/domain/normalize';
import { DEFAULT_PROFILE } from '../../src/domain/profile';

describe('controlFindings', () => {
  it('reports a missing control and a duplicate one, with the count, in field-table order', () => {
    const counts: Partial<Record<FieldKey, number>> = { onderwerp: 0, programma: 3 };
    const findings = controlFindings((key) => counts[key] ?? 1);
    expect(findings).toEqual([
      { field: 'onderwerp', code: 'control_missing', severity: 'error' },
      { field: 'programma', code: 'control_duplicate', severity: 'error', params: { count: '3' } },
    ]);
  });

  it('finds nothing when every field has exactly one control', () => {
    expect(controlFindings(() => 1)).toEqual([]);
  });
});

describe('documentValues', () => {
  it("gives a present empty field as '' and leaves a missing control out", () => {
    const values = documentValues((key) =>
      key === 'onderwerp' ? { count: 1, text: 'Begroting' } : key === 'programma' ? { count: 0, text: undefined } : { count: 1, text: '' },
    );
    expect(values.onderwerp).toBe('Begroting');
    expect('programma' in values).toBe(false);
    expect(values.adviesCommissie).toBe('');
    expect(Object.keys(values)).toHaveLength(FIELDS.length - 1);
  });

  it('takes the text of a duplicated field as given (the first control)', () => {
    expect(documentValues(() => ({ count: 2, text: 'eerste' })).onderwerp).toBe('eerste');
  });
});

describe('changedFields', () => {
  it.each([
    [{ onderwerp: 'A' }, { onderwerp: 'A' }, []],
    [{ onderwerp: 'A' }, { onderwerp: 'B' }, ['onderwerp']],
    [{}, { programma: 'Vrije tijd' }, ['programma']],
    [{ programma: 'Vrije tijd' }, { programma: '' }, ['programma']],
    // Empty and missing are one value (contract §5).
    [{}, { programma: '' }, []],
    [{ programma: '' }, {}, []],
    [{ programma: 'Vrije tijd' }, {}, ['programma']],
  ])('%p → %p changes %p', (before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });

  it('lists the changed fields in field-table order, whatever the order of the keys', () => {
    expect(changedFields({}, { 'toelichting.kern': 'x', onderwerp: 'y' })).toEqual(['onderwerp', 'toelichting.kern']);
  });
});

describe('houseStyled', () => {
  it('puts every given value in house style and adds no keys', () => {
    expect(houseStyled({ 'ambtenaar.telefoon': '079-3468269', onderwerp: '  Begroting  ' }, DEFAULT_PROFILE)).toEqual({
      'ambtenaar.telefoon': '+31 79 3468269',
      onderwerp: 'Begroting',
    });
  });
});
