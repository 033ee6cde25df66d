import { findingsOf } from '../helpers';

describe('planning_all_nvt', () => {
  it.each([
    ['n.v.t.', 'n.v.t.', 'n.v.t.'],
    ['nvt', 'N.V.T.', 'niet van toepassing'],
  ])('all three n.v.t. (%s, %s, %s)', (beeld, oordeel, besluit) => {
    expect(
      findingsOf('planning_all_nvt', { 'planning.beeldvorming': beeld, 'planning.oordeelsvorming': oordeel, 'planning.besluitvorming': besluit }),
    ).toEqual([{ field: null, code: 'planning_all_nvt', severity: 'error' }]);
  });

  it.each([
    ['n.v.t.', 'n.v.t.', '13-10-2025'],
    ['n.v.t.', 'n.v.t.', ''],
    ['', '', ''],
    ['n.v.t.', 'n.v.t.', 'onbekend'],
  ])('not for %j, %j, %j', (beeld, oordeel, besluit) => {
    expect(
      findingsOf('planning_all_nvt', { 'planning.beeldvorming': beeld, 'planning.oordeelsvorming': oordeel, 'planning.besluitvorming': besluit }),
    ).toEqual([]);
  });
});
