import { DEFAULT_PROFILE, profileFromJson } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('date_style', () => {
  it.each([
    ['29-09-2025', '29-9-2025'],
    ['29/9/2025', '29-9-2025'],
    ['29.09.2025', '29-9-2025'],
    ['2025-09-29', '29-9-2025'],
    ['29 september 2025', '29-9-2025'],
    ['29 sept. 2025', '29-9-2025'],
    ['maandag 29 september 2025', '29-9-2025'],
    ['29-9-25', '29-9-2025'],
    ['nvt', 'n.v.t.'],
    ['N.V.T.', 'n.v.t.'],
    ['n.v.t', 'n.v.t.'],
    ['niet van toepassing', 'n.v.t.'],
  ])('%j → %s', (text, suggestion) => {
    expect(findingsOf('date_style', { 'planning.oordeelsvorming': text, 'planning.beeldvorming': '15-9-2025' })).toEqual([
      { field: 'planning.oordeelsvorming', code: 'date_style', severity: 'info', suggestion },
    ]);
  });

  it.each([['29-9-2025'], ['n.v.t.'], [' 29-9-2025 '], ['31-2-2025'], ['']])('nothing for %j', (text) => {
    expect(findingsOf('date_style', { 'planning.oordeelsvorming': text })).toEqual([]);
  });

  it('follows a profile that wants dd-mm-yyyy', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, houseStyle: { ...DEFAULT_PROFILE.houseStyle, date: 'dd-mm-yyyy' } }, 'p.json');
    if (!result.ok) throw new Error(result.error);
    expect(findingsOf('date_style', { 'planning.oordeelsvorming': '29-09-2025' }, result.profile).filter((f) => f.field === 'planning.oordeelsvorming')).toEqual([]);
    expect(findingsOf('date_style', { 'planning.oordeelsvorming': '29-9-2025' }, result.profile)).toContainEqual({
      field: 'planning.oordeelsvorming',
      code: 'date_style',
      severity: 'info',
      suggestion: '29-09-2025',
    });
  });
});
