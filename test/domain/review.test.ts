import {
  changesByAuthor,
  changesByField,
  comparableText,
  fieldsEditedOutsidePane,
  indexChanges,
  sameChange,
  selectChanges,
  updateSnapshot,
} from '../../src/domain';
import type { FieldChange, ValueSnapshot } from '../../src/domain';
import type { TrackedChange } from '../../src/document/ooxml';

/**
 * The grouping of tracked changes and the "edited outside the pane" comparison are one
 * implementation for the task pane and for `annotatie check`. These tests feed it the .docx
 * reader's shape (`TrackedChange`: field, type, author, date, text) as well as the Word layer's.
 */
const docxChanges: TrackedChange[] = [
  { field: 'adviesCommissie', type: 'delete', author: 'Griffie Zoetermeer', date: '2025-09-22T10:00:00Z', text: 'Voorstel agenderen als debatstuk' },
  { field: 'adviesCommissie', type: 'insert', author: 'Griffie Zoetermeer', date: '2025-09-22T10:00:00Z', text: 'Voorstel agenderen als hamerstuk' },
  { field: 'ambtenaar.email', type: 'insert', author: 'J. Jansen', date: '2025-09-21T08:00:00Z', text: 'r' },
  { field: 'adviesCommissie', type: 'insert', author: 'J. Jansen', date: null, text: ' (na overleg)' },
  { field: 'onderwerp', type: 'delete', author: 'Griffie Zoetermeer', date: '2025-09-23T12:00:00Z', text: 'Rekenkameronderzoek ' },
];

describe('grouping tracked changes', () => {
  it('groups per field in the order of the annotatie, each field per author in order of appearance', () => {
    const groups = changesByField(docxChanges);
    expect(groups.map((group) => group.field)).toEqual(['onderwerp', 'ambtenaar.email', 'adviesCommissie']);
    const advies = groups.find((group) => group.field === 'adviesCommissie');
    expect(advies?.changes.map((change) => change.text)).toEqual(['Voorstel agenderen als debatstuk', 'Voorstel agenderen als hamerstuk', ' (na overleg)']);
    expect(advies?.authors.map((author) => [author.author, author.changes.length, author.latest])).toEqual([
      ['Griffie Zoetermeer', 2, '2025-09-22T10:00:00Z'],
      ['J. Jansen', 1, null],
    ]);
  });

  it('groups per author over the whole annotatie, with the fields each one touched and the latest date', () => {
    expect(changesByAuthor(docxChanges).map((group) => [group.author, group.fields, group.latest, group.changes.length])).toEqual([
      ['Griffie Zoetermeer', ['onderwerp', 'adviesCommissie'], '2025-09-23T12:00:00Z', 3],
      ['J. Jansen', ['ambtenaar.email', 'adviesCommissie'], '2025-09-21T08:00:00Z', 2],
    ]);
  });

  it('numbers changes within their field, in the order given (document order)', () => {
    expect(indexChanges(docxChanges).map((change) => `${change.field}#${change.index}`)).toEqual([
      'adviesCommissie#0',
      'adviesCommissie#1',
      'ambtenaar.email#0',
      'adviesCommissie#2',
      'onderwerp#0',
    ]);
  });

  it('has nothing to group without changes', () => {
    expect(changesByField([])).toEqual([]);
    expect(changesByAuthor([])).toEqual([]);
  });
});

describe('selecting changes for accept or reject', () => {
  const indexed = indexChanges(docxChanges);
  it.each([
    [{ kind: 'all' } as const, 5],
    [{ kind: 'field', field: 'adviesCommissie' } as const, 3],
    [{ kind: 'author', author: 'J. Jansen' } as const, 2],
    [{ kind: 'author', author: 'J. Jansen', field: 'adviesCommissie' } as const, 1],
    [{ kind: 'author', author: 'Niemand' } as const, 0],
    [{ kind: 'change', field: 'adviesCommissie', index: 1 } as const, 1],
    [{ kind: 'change', field: 'adviesCommissie', index: 7 } as const, 0],
  ])('%p covers %i changes', (selection, count) => {
    expect(selectChanges(indexed, selection)).toHaveLength(count);
  });

  it('picks exactly the change at that position in that field', () => {
    expect(selectChanges(indexed, { kind: 'change', field: 'adviesCommissie', index: 1 })[0]?.text).toBe('Voorstel agenderen als hamerstuk');
  });
});

describe('sameChange', () => {
  const base: FieldChange = { field: 'onderwerp', type: 'delete', author: 'A', date: '2025-01-01T00:00:00.000Z', text: 'x' };
  it.each([
    ['the same description', { ...base }, true],
    ['another author', { ...base, author: 'B' }, false],
    ['another date', { ...base, date: '2025-01-02T00:00:00.000Z' }, false],
    ['another kind', { ...base, type: 'insert' as const }, false],
    ['other text', { ...base, text: 'y' }, false],
    ['text the host did not give (Word for Mac, office-js #5178)', { ...base, text: null }, true],
  ])('%s: %p', (_name, other, expected) => {
    expect(sameChange(base, other)).toBe(expected);
  });
});

describe('edited outside the pane', () => {
  const snapshot: ValueSnapshot = {
    version: 1,
    written: '2025-09-22T09:00:00.000Z',
    values: { onderwerp: 'Rekenkameronderzoek', programma: 'Alle programma’s', 'toelichting.kern': 'Eén\nTwee', adviesCommissie: '' },
  };

  it('lists the fields whose text differs from what the add-in wrote, in field order', () => {
    const current = { onderwerp: 'Rekenkameronderzoek arbeidsmigranten', programma: 'Alle programma’s', 'toelichting.kern': 'Eén\nTwee', adviesCommissie: 'Voorstel agenderen als debatstuk' };
    expect(fieldsEditedOutsidePane(current, snapshot)).toEqual(['onderwerp', 'adviesCommissie']);
  });

  it('compares lines whatever the reader made of the breaks (Word "\\r" and "\\v", a trailing break)', () => {
    expect(fieldsEditedOutsidePane({ onderwerp: 'Rekenkameronderzoek\r', programma: 'Alle programma’s', 'toelichting.kern': 'Eén\rTwee' }, snapshot)).toEqual([]);
    expect(fieldsEditedOutsidePane({ onderwerp: 'Rekenkameronderzoek', programma: 'Alle programma’s', 'toelichting.kern': 'Eén\vTwee' }, snapshot)).toEqual([]);
  });

  it('counts a single changed space as an edit', () => {
    expect(fieldsEditedOutsidePane({ onderwerp: 'Rekenkameronderzoek ', programma: 'Alle programma’s', 'toelichting.kern': 'Eén\nTwee' }, snapshot)).toEqual(['onderwerp']);
  });

  it('treats a field missing from the values as empty, and skips fields whose control is gone', () => {
    expect(fieldsEditedOutsidePane({ programma: 'Alle programma’s', 'toelichting.kern': 'Eén\nTwee' }, snapshot)).toEqual(['onderwerp']);
    expect(fieldsEditedOutsidePane({ programma: 'Alle programma’s', 'toelichting.kern': 'Eén\nTwee' }, snapshot, { absent: ['onderwerp'] })).toEqual([]);
  });

  it('never reports a field the add-in did not write, and nothing without a snapshot', () => {
    expect(fieldsEditedOutsidePane({ ...snapshot.values, portefeuillehouder: 'Wethouder X' }, snapshot)).toEqual([]);
    expect(fieldsEditedOutsidePane({ onderwerp: 'X' }, null)).toEqual([]);
  });

  it('takes the .docx reader\'s values as they are (every present field, "" for empty)', () => {
    const docxValues = { onderwerp: 'Rekenkameronderzoek', programma: 'Vrije tijd', 'toelichting.kern': 'Eén\nTwee', adviesCommissie: '' };
    expect(fieldsEditedOutsidePane(docxValues, snapshot)).toEqual(['programma']);
  });
});

describe('updateSnapshot', () => {
  it('replaces the written fields, keeps the others and stamps the time', () => {
    const before: ValueSnapshot = { version: 1, written: '2025-09-01T00:00:00.000Z', values: { onderwerp: 'A', programma: 'B' } };
    expect(updateSnapshot(before, { programma: 'C\r\nD', adviesCommissie: '' }, '2025-09-22T09:00:00.000Z')).toEqual({
      version: 1,
      written: '2025-09-22T09:00:00.000Z',
      values: { onderwerp: 'A', programma: 'C\nD', adviesCommissie: '' },
    });
  });

  it('starts a snapshot when there is none', () => {
    expect(updateSnapshot(null, { onderwerp: 'A' }, '2025-09-22T09:00:00.000Z').values).toEqual({ onderwerp: 'A' });
  });
});

describe('comparableText', () => {
  it.each([
    ['a\r\nb\rc\vd\n', 'a\nb\nc\nd'],
    ['x\n\n', 'x'],
    ['  x  ', '  x  '],
  ])('%p → %p', (input, expected) => {
    expect(comparableText(input)).toBe(expected);
  });
});
