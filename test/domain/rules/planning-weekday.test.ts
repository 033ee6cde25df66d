import { DEFAULT_PROFILE, profileFromJson } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('planning_weekday', () => {
  it.each([
    ['14-10-2025', 'dinsdag'],
    ['15-10-2025', 'woensdag'],
    ['16 oktober 2025', 'donderdag'],
    ['2025-10-17', 'vrijdag'],
    ['18-10-2025', 'zaterdag'],
    ['19-10-2025', 'zondag'],
  ])('%s is a %s, not a Monday', (text, actual) => {
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': text })).toEqual([
      { field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', params: { weekday: 'maandag', actual } },
    ]);
  });

  it.each([['13-10-2025'], ['29-9-2025'], ['n.v.t.'], ['31-2-2025'], ['']])('nothing for %j', (text) => {
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': text })).toEqual([]);
  });

  it('follows the profile’s meeting day', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, meetingWeekday: 'dinsdag' }, 'p.json');
    if (!result.ok) throw new Error(result.error);
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': '14-10-2025' }, result.profile).filter((f) => f.field === 'planning.besluitvorming')).toEqual([]);
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': '13-10-2025' }, result.profile)).toContainEqual({
      field: 'planning.besluitvorming',
      code: 'planning_weekday',
      severity: 'warning',
      params: { weekday: 'dinsdag', actual: 'maandag' },
    });
  });
});
