import { findingsOf } from '../helpers';

const plan = (beeld: string, oordeel: string, besluit: string) => ({
  'planning.beeldvorming': beeld,
  'planning.oordeelsvorming': oordeel,
  'planning.besluitvorming': besluit,
});

describe('planning_order', () => {
  it.each([
    ['besluit before oordeel', plan('n.v.t.', '13-10-2025', '29-9-2025'), [['planning.besluitvorming', 'planning.oordeelsvorming', '13-10-2025', '29-9-2025']]],
    ['besluit on the same day', plan('n.v.t.', '29-9-2025', '29-9-2025'), [['planning.besluitvorming', 'planning.oordeelsvorming', '29-9-2025', '29-9-2025']]],
    ['oordeel before beeld', plan('22-9-2025', '15-9-2025', '13-10-2025'), [['planning.oordeelsvorming', 'planning.beeldvorming', '22-9-2025', '15-9-2025']]],
    ['skips an n.v.t. phase', plan('13-10-2025', 'n.v.t.', '6-10-2025'), [['planning.besluitvorming', 'planning.beeldvorming', '13-10-2025', '6-10-2025']]],
    [
      'fully reversed',
      plan('13-10-2025', '6-10-2025', '29-9-2025'),
      [
        ['planning.oordeelsvorming', 'planning.beeldvorming', '13-10-2025', '6-10-2025'],
        ['planning.besluitvorming', 'planning.beeldvorming', '13-10-2025', '29-9-2025'],
      ],
    ],
    ['across years', plan('n.v.t.', '15-12-2025', '5-1-2025'), [['planning.besluitvorming', 'planning.oordeelsvorming', '15-12-2025', '5-1-2025']]],
    ['other notations compare as dates', plan('n.v.t.', '13 oktober 2025', '2025-09-29'), [['planning.besluitvorming', 'planning.oordeelsvorming', '13-10-2025', '29-9-2025']]],
  ])('%s', (_name, values, expected) => {
    expect(findingsOf('planning_order', values)).toEqual(
      expected.map(([field, earlier, earlierDate, date]) => ({
        field,
        code: 'planning_order',
        severity: 'error',
        params: { earlier, earlierDate, date },
      })),
    );
  });

  it.each([
    ['the seed', plan('n.v.t.', '29-9-2025', '13-10-2025')],
    ['all three in order', plan('15-9-2025', '29-9-2025', '13-10-2025')],
    ['only one date', plan('n.v.t.', 'n.v.t.', '13-10-2025')],
    ['an unreadable phase is date_format’s business', plan('n.v.t.', 'gisteren', '13-10-2025')],
    ['empty phases are required’s business', plan('', '', '13-10-2025')],
  ])('nothing for %s', (_name, values) => {
    expect(findingsOf('planning_order', values)).toEqual([]);
  });
});
