import { findingsOf } from '../helpers';

describe('date_format', () => {
  it.each([
    ['31-2-2025', 'nonexistent'],
    ['29-2-2025', 'nonexistent'],
    ['31-4-2025', 'nonexistent'],
    ['0-10-2025', 'nonexistent'],
    ['13-13-2025', 'nonexistent'],
    ['2025-02-30', 'nonexistent'],
    ['31 februari 2025', 'nonexistent'],
    ['dinsdag 13 oktober 2025', 'weekday_mismatch'],
    ['volgende week', 'unreadable'],
    ['oktober 2025', 'unreadable'],
    ['13-10', 'missing_year'],
    ['13/10', 'missing_year'],
    ['13 oktober', 'missing_year'],
    ['13 okt.', 'missing_year'],
    ['13 oktobre', 'unreadable'],
    ['13 octobre 2025', 'unreadable'],
    ['13-10-2025 of 20-10-2025', 'unreadable'],
    ['nvt?', 'unreadable'],
    ['13/10-2025', 'unreadable'],
  ])('%j is %s', (text, reason) => {
    expect(findingsOf('date_format', { 'planning.besluitvorming': text })).toEqual([
      { field: 'planning.besluitvorming', code: 'date_format', severity: 'error', params: { value: text, reason } },
    ]);
  });

  it.each([
    ['13-10-2025'],
    ['13-10-25'],
    ['13/10/2025'],
    ['13.10.2025'],
    ['2025-10-13'],
    ['13 oktober 2025'],
    ['13 Oktober 2025'],
    ['13 okt 2025'],
    ['13 okt. 2025'],
    ['maandag 13 oktober 2025'],
    ['ma 13 okt. 2025'],
    ['Maandag, 13 oktober 2025'],
    ['29-2-2028'],
    ['n.v.t.'],
    ['nvt'],
    ['N.V.T.'],
    ['niet van toepassing'],
    [''],
  ])('accepts %j', (text) => {
    expect(findingsOf('date_format', { 'planning.besluitvorming': text })).toEqual([]);
  });
});
