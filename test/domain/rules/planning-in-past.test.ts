import type { CalendarDate } from '../../../src/domain';
import { DEFAULT_PROFILE, findingMessage, validate } from '../../../src/domain';
import { pinClock } from '../../support/clock';
import { findingsOf, withValues } from '../helpers';

const date = (year: number, month: number, day: number): CalendarDate => ({ kind: 'date', year, month, day });
const inPast = (today: CalendarDate, overrides: Readonly<Record<string, string>> = {}) => findingsOf('planning_in_past', overrides, undefined, { today });

describe('planning_in_past', () => {
  it('nothing while the dates lie ahead (the seed, on the day it was written)', () => {
    expect(inPast(date(2025, 9, 1))).toEqual([]);
  });

  it('each phase dated before today, on its own field, with both dates in house style', () => {
    expect(inPast(date(2025, 10, 14))).toEqual([
      { field: 'planning.oordeelsvorming', code: 'planning_in_past', severity: 'warning', params: { date: '29-9-2025', today: '14-10-2025' } },
      { field: 'planning.besluitvorming', code: 'planning_in_past', severity: 'warning', params: { date: '13-10-2025', today: '14-10-2025' } },
    ]);
  });

  it('today itself is not the past: the meeting is tonight', () => {
    expect(inPast(date(2025, 10, 13)).map((finding) => finding.field)).toEqual(['planning.oordeelsvorming']);
  });

  it.each(['n.v.t.', '', '31-2-2025', 'volgende week'])('nothing for %j', (text) => {
    expect(inPast(date(2030, 1, 1), { 'planning.beeldvorming': text, 'planning.oordeelsvorming': text, 'planning.besluitvorming': text })).toEqual([]);
  });

  it('says so in Dutch and English', () => {
    const [finding] = inPast(date(2025, 10, 14));
    expect(finding && findingMessage(finding, 'nl')).toBe('Deze datum (29-9-2025) ligt in het verleden; vandaag is het 14-10-2025. Klopt de planning nog?');
    expect(finding && findingMessage(finding, 'en')).toBe('This date, 29-9-2025, is in the past (today is 14-10-2025). Is the planning still right?');
  });
});

describe('planning_in_past without an explicit today: the clock, in Dutch time', () => {
  describe('at 23:30 on 13-10-2025 in Amsterdam (21:30 UTC)', () => {
    pinClock(new Date('2025-10-13T21:30:00Z'));
    it('13-10 is still today', () => {
      expect(validate(withValues({}), DEFAULT_PROFILE).filter((finding) => finding.code === 'planning_in_past').map((finding) => finding.field)).toEqual(['planning.oordeelsvorming']);
    });
  });

  describe('at 00:30 on 14-10-2025 in Amsterdam (22:30 UTC on the 13th)', () => {
    pinClock(new Date('2025-10-13T22:30:00Z'));
    it('13-10 is the past, though the UTC date is still the 13th', () => {
      expect(validate(withValues({}), DEFAULT_PROFILE).filter((finding) => finding.code === 'planning_in_past').map((finding) => finding.field)).toEqual([
        'planning.oordeelsvorming',
        'planning.besluitvorming',
      ]);
    });
  });
});
