import { DEFAULT_PROFILE, profileFromJson } from '../../../src/domain';
import { findingsOf } from '../helpers';

describe('planning_weekday', () => {
  // The clean seed: Beeldvorming n.v.t., Oordeelsvorming 29-9-2025 (a Monday), today 1-9-2025.
  it.each([
    ['14-10-2025', 'dinsdag', '13-10-2025'],
    ['15-10-2025', 'woensdag', '13-10-2025'],
    ['16 oktober 2025', 'donderdag', '13-10-2025'],
    ['2025-10-17', 'vrijdag', '20-10-2025'],
    ['18-10-2025', 'zaterdag', '20-10-2025'],
    ['19-10-2025', 'zondag', '20-10-2025'],
  ])('%s is a %s, not a Monday: the nearest Monday is %s', (text, actual, suggestion) => {
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': text })).toEqual([
      { field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', suggestion, params: { weekday: 'maandag', actual } },
    ]);
  });

  it.each([['13-10-2025'], ['29-9-2025'], ['n.v.t.'], ['31-2-2025'], ['']])('nothing for %j', (text) => {
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': text })).toEqual([]);
  });

  describe('the suggestion keeps the BOB order and stays out of the past', () => {
    const suggestionFor = (overrides: Readonly<Record<string, string>>, key: string) =>
      findingsOf('planning_weekday', overrides).find((finding) => finding.field === key)?.suggestion;

    it.each([
      // The Monday before (29-9) is Oordeelsvorming itself: the one after.
      [{ 'planning.besluitvorming': '30-9-2025' }, 'planning.besluitvorming', '6-10-2025'],
      // The Monday after (6-10) is Besluitvorming's date: the one before, although further.
      [{ 'planning.oordeelsvorming': '3-10-2025', 'planning.besluitvorming': '6-10-2025' }, 'planning.oordeelsvorming', '29-9-2025'],
      // Wedged between two phases in one week: neither side fits, nothing to suggest.
      [{ 'planning.beeldvorming': '30-9-2025', 'planning.oordeelsvorming': '1-10-2025', 'planning.besluitvorming': '2-10-2025' }, 'planning.oordeelsvorming', undefined],
      // Today (1-9-2025, a Monday) is not the past: the meeting is tonight.
      [{ 'planning.beeldvorming': '2-9-2025' }, 'planning.beeldvorming', '1-9-2025'],
      // A date already in the past may get the Monday before it (planning_in_past says the rest).
      [{ 'planning.beeldvorming': '26-8-2025' }, 'planning.beeldvorming', '25-8-2025'],
    ])('%j: %s → %s', (overrides, key, expected) => {
      expect(suggestionFor(overrides, key)).toBe(expected);
    });

    it('never moves a date that lies ahead back into the past', () => {
      // Today Tuesday 2-9-2025: Wednesday 3-9 is nearer Monday 1-9 (yesterday) than Monday 8-9.
      const findings = findingsOf('planning_weekday', { 'planning.beeldvorming': '3-9-2025' }, undefined, { today: { kind: 'date', year: 2025, month: 9, day: 2 } });
      expect(findings.find((finding) => finding.field === 'planning.beeldvorming')?.suggestion).toBe('8-9-2025');
    });
  });

  it('follows the profile’s meeting day and date style', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, meetingWeekday: 'donderdag', houseStyle: { ...DEFAULT_PROFILE.houseStyle, date: 'dd-mm-yyyy' } }, 'p.json');
    if (!result.ok) throw new Error(result.error);
    const findings = findingsOf('planning_weekday', { 'planning.oordeelsvorming': '2-10-2025', 'planning.besluitvorming': '13-10-2025' }, result.profile);
    // 2-10-2025 is a Thursday; Monday 13-10 is 4 days after Thursday 9-10 and 3 before Thursday 16-10.
    expect(findings).toEqual([
      { field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', suggestion: '16-10-2025', params: { weekday: 'donderdag', actual: 'maandag' } },
    ]);
  });
});
