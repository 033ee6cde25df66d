import type { Finding } from '../../../src/domain';
import { DEFAULT_PROFILE, findingMessage, profileFromJson } from '../../../src/domain';
import { parseCalendar } from '../../../src/domain/calendar';
import { findingsOf } from '../helpers';
import { PATTERNS, ics, zoetermeerCalendar } from '../calendar/fixture';

// The fixture calendar (test/fixtures/calendar/README.md lists what is on each date). The clean
// seed plans oordeelsvorming on 29-9-2025 and besluitvorming on 13-10-2025, both real meetings.
const calendar = zoetermeerCalendar();
const withCalendar = (code: Finding['code'], overrides: Readonly<Record<string, string>>) => findingsOf(code, overrides, undefined, { calendar });

describe('planning_no_meeting', () => {
  it('nothing for the seed: both dates are meetings of their phase', () => {
    expect(withCalendar('planning_no_meeting', {})).toEqual([]);
  });

  it.each<[string, Readonly<Record<string, string>>, string, Readonly<Record<string, string>>, string | undefined]>([
    ['a presidium, not a commissie', { 'planning.oordeelsvorming': '15-9-2025' }, 'planning.oordeelsvorming', { reason: 'other', meeting: 'Presidium' }, '29-9-2025'],
    ['a cancelled commissie', { 'planning.oordeelsvorming': '24-11-2025', 'planning.besluitvorming': '15-12-2025' }, 'planning.oordeelsvorming', { reason: 'cancelled', meeting: 'Commissie Samenleving' }, '8-12-2025'],
    ['a cancelled occurrence of the Stadsgesprek series', { 'planning.beeldvorming': '17-11-2025', 'planning.oordeelsvorming': '8-12-2025', 'planning.besluitvorming': '15-12-2025' }, 'planning.beeldvorming', { reason: 'cancelled', meeting: 'Stadsgesprek' }, '1-12-2025'],
    ['the Stadsgesprek dropped by EXDATE, in the recess', { 'planning.beeldvorming': '20-10-2025' }, 'planning.beeldvorming', { reason: 'other', meeting: 'Herfstreces' }, '27-10-2025'],
    ['the date a moved Stadsgesprek left', { 'planning.beeldvorming': '3-11-2025', 'planning.oordeelsvorming': '10-11-2025', 'planning.besluitvorming': '17-11-2025' }, 'planning.beeldvorming', { reason: 'none', meeting: '' }, '4-11-2025'],
    ['a Tuesday without anything: the next council meeting is the Thursday budget meeting', { 'planning.besluitvorming': '14-10-2025' }, 'planning.besluitvorming', { reason: 'none', meeting: '' }, '6-11-2025'],
    ['a Monday in the Christmas recess', { 'planning.besluitvorming': '22-12-2025' }, 'planning.besluitvorming', { reason: 'other', meeting: 'Kerstreces' }, '26-1-2026'],
    ['a commissie day, for the council', { 'planning.besluitvorming': '29-9-2025', 'planning.oordeelsvorming': 'n.v.t.' }, 'planning.besluitvorming', { reason: 'other', meeting: 'Commissie Stad' }, '13-10-2025'],
  ])('%s', (_name, overrides, field, params, suggestion) => {
    const [finding, ...more] = withCalendar('planning_no_meeting', overrides);
    expect(more).toEqual([]);
    expect(finding).toEqual({ field, code: 'planning_no_meeting', severity: 'warning', params: { date: overrides[field], ...params }, ...(suggestion === undefined ? {} : { suggestion }) });
  });

  it('suggests a meeting after the previous phase, not just after the date itself', () => {
    // The recess Monday 20-10 would otherwise get the budget meeting of 6-11, before the commissie of 10-11.
    const [finding] = withCalendar('planning_no_meeting', { 'planning.oordeelsvorming': '10-11-2025', 'planning.besluitvorming': '20-10-2025' });
    expect(finding).toMatchObject({ field: 'planning.besluitvorming', suggestion: '17-11-2025' });
  });

  it('has no suggestion when the calendar has no later meeting of the phase', () => {
    const [finding] = withCalendar('planning_no_meeting', { 'planning.oordeelsvorming': '19-1-2026', 'planning.besluitvorming': 'n.v.t.' });
    expect(finding).toMatchObject({ field: 'planning.oordeelsvorming', params: { reason: 'none' } });
    expect(finding).not.toHaveProperty('suggestion');
  });

  it('leaves dates beyond what the calendar covers alone', () => {
    expect(withCalendar('planning_no_meeting', { 'planning.besluitvorming': '2-2-2026' })).toEqual([]);
    expect(withCalendar('planning_no_meeting', { 'planning.oordeelsvorming': '1-9-2025' })).toEqual([]);
  });

  it('writes the suggestion in the profile’s house style', () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, houseStyle: { ...DEFAULT_PROFILE.houseStyle, date: 'dd-mm-yyyy' } }, 'p.json');
    if (!result.ok) throw new Error(result.error);
    const [finding] = findingsOf('planning_no_meeting', { 'planning.besluitvorming': '14-10-2025' }, result.profile, { calendar });
    expect(finding).toMatchObject({ suggestion: '06-11-2025', params: { date: '14-10-2025' } });
  });

  it('needs a calendar', () => {
    expect(findingsOf('planning_no_meeting', { 'planning.besluitvorming': '14-10-2025' })).toEqual([]);
  });
});

describe('planning_weekday with a calendar', () => {
  it('is not reported where the calendar decides: a real Thursday meeting, a Tuesday without one', () => {
    expect(withCalendar('planning_weekday', { 'planning.besluitvorming': '6-11-2025' })).toEqual([]);
    expect(withCalendar('planning_weekday', { 'planning.besluitvorming': '14-10-2025' })).toEqual([]);
    expect(withCalendar('planning_no_meeting', { 'planning.besluitvorming': '6-11-2025' })).toEqual([]);
  });

  it('still is beyond the calendar, and without one', () => {
    expect(withCalendar('planning_weekday', { 'planning.besluitvorming': '3-2-2026' })).toMatchObject([{ field: 'planning.besluitvorming' }]);
    expect(findingsOf('planning_weekday', { 'planning.besluitvorming': '6-11-2025' })).toMatchObject([{ params: { actual: 'donderdag' } }]);
  });
});

describe('planning_no_meeting messages', () => {
  const finding = (params: Readonly<Record<string, string>>, suggestion?: string): Finding => ({
    field: 'planning.oordeelsvorming',
    code: 'planning_no_meeting',
    severity: 'warning',
    params: { date: '24-11-2025', ...params },
    ...(suggestion === undefined ? {} : { suggestion }),
  });

  it.each<[Readonly<Record<string, string>>, string | undefined, string, string]>([
    [
      { reason: 'cancelled', meeting: 'Commissie Samenleving' },
      '8-12-2025',
      '‘Commissie Samenleving’ op 24-11-2025 gaat niet door: de vergaderkalender meldt hem als afgelast. De eerstvolgende is op 8-12-2025.',
      '‘Commissie Samenleving’ on 24-11-2025 is cancelled in the meeting calendar. The next one is on 8-12-2025.',
    ],
    [
      { reason: 'other', meeting: 'Presidium' },
      '8-12-2025',
      'Op 24-11-2025 staat in de vergaderkalender ‘Presidium’, geen vergadering voor deze fase. De eerstvolgende is op 8-12-2025.',
      'On 24-11-2025 the meeting calendar has ‘Presidium’, not a meeting for this phase. The next one is on 8-12-2025.',
    ],
    [
      { reason: 'none', meeting: '' },
      undefined,
      'Op 24-11-2025 staat in de vergaderkalender geen vergadering voor deze fase. Daarna staat er voor deze fase geen vergadering meer in de kalender.',
      'The meeting calendar has no meeting for this phase on 24-11-2025. The calendar has no later meeting for this phase.',
    ],
  ])('%j', (params, suggestion, nl, en) => {
    expect(findingMessage(finding(params, suggestion), 'nl')).toBe(nl);
    expect(findingMessage(finding(params, suggestion), 'en')).toBe(en);
  });

  it('quotes a long or odd event title short, with invisible characters shown', () => {
    const result = parseCalendar(
      ics([`SUMMARY:Presidium\u200b ${'x'.repeat(200)}`, 'DTSTART:20251014T150000Z'], ['SUMMARY:Raadsvergadering', 'DTSTART:20251013T180000Z'], ['SUMMARY:Raadsvergadering', 'DTSTART:20251027T190000Z']),
      PATTERNS,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [found] = findingsOf('planning_no_meeting', { 'planning.besluitvorming': '14-10-2025' }, undefined, { calendar: result.calendar });
    expect([...(found?.params?.['meeting'] ?? '')].length).toBeLessThanOrEqual(60);
    expect(found && findingMessage(found, 'nl')).toMatch(/^Op 14-10-2025 staat in de vergaderkalender ‘Presidium⟨U\+200B⟩ x+…’, geen vergadering voor deze fase\. De eerstvolgende is op 27-10-2025\.$/);
  });
});
