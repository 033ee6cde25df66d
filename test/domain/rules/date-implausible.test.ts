import { findingsOf } from '../helpers';

describe('date_implausible', () => {
  it.each([
    ['29-9-2205', '2205'],
    ['29-9-0225', '225'],
    ['2205-09-29', '2205'],
    ['29 september 1925', '1925'],
    ['29-9-2100', '2100'],
  ])('%j (year %s)', (text, year) => {
    expect(findingsOf('date_implausible', { 'planning.oordeelsvorming': text, 'planning.beeldvorming': 'n.v.t.', 'planning.besluitvorming': 'n.v.t.' })).toEqual([
      { field: 'planning.oordeelsvorming', code: 'date_implausible', severity: 'warning', params: { year } },
    ]);
  });

  it.each([['29-9-2025'], ['1-1-2000'], ['31-12-2099'], ['29-9-25'], ['n.v.t.'], ['31-2-2025'], ['']])('nothing for %j', (text) => {
    expect(findingsOf('date_implausible', { 'planning.oordeelsvorming': text })).toEqual([]);
  });
});
