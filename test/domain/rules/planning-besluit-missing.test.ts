import { findingsOf } from '../helpers';

const FINDING = {
  field: 'planning.besluitvorming',
  code: 'planning_besluit_missing',
  severity: 'error',
  params: { doel: 'Besluit nemen door de gemeenteraad' },
};

describe('planning_besluit_missing', () => {
  it.each([
    ['Besluit nemen door de gemeenteraad', 'n.v.t.'],
    ['besluit nemen door de  gemeenteraad ', 'nvt'],
  ])('doel %j with besluitvorming %j', (doel, besluit) => {
    expect(findingsOf('planning_besluit_missing', { doelBespreking: doel, 'planning.besluitvorming': besluit })).toEqual([FINDING]);
  });

  it.each([
    ['Besluit nemen door de gemeenteraad', '13-10-2025'],
    ['Besluit nemen door de gemeenteraad', ''],
    ['Informeren van de raad', 'n.v.t.'],
    ['Wensen en bedenkingen', 'n.v.t.'],
  ])('not for doel %j with besluitvorming %j', (doel, besluit) => {
    expect(findingsOf('planning_besluit_missing', { doelBespreking: doel, 'planning.besluitvorming': besluit })).toEqual([]);
  });
});
