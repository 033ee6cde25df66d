import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PROFILE, loadProfile, validate } from '../../src/domain';
import { CLEAN, SEED_TODAY } from '../domain/helpers';

/** profiles/: the municipal profiles the build serves next to the pane (dist/profiles/). */
const dir = join(__dirname, '..', '..', 'profiles');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('profiles/', () => {
  it.each(files)('%s loads without a profile error, and its id is its file name', (file) => {
    const result = loadProfile(readFileSync(join(dir, file), 'utf8'), file);
    if (!result.ok) throw new Error(result.error);
    expect(`${result.profile.id}.json`).toBe(file);
  });

  it('holds a second municipality that differs from Zoetermeer where a profile can', () => {
    const result = loadProfile(readFileSync(join(dir, 'delft.json'), 'utf8'), 'delft.json');
    if (!result.ok) throw new Error(result.error);
    const delft = result.profile;
    expect(delft.meetingWeekday).not.toBe(DEFAULT_PROFILE.meetingWeekday);
    expect(delft.emailDomains).not.toEqual(DEFAULT_PROFILE.emailDomains);
    expect(delft.houseStyle).not.toEqual(DEFAULT_PROFILE.houseStyle);
    // Zoetermeer's clean annotatie under Delft's profile: its addresses are external, its Mondays are not Thursdays.
    const codes = validate(CLEAN, delft, { today: SEED_TODAY }).map((finding) => finding.code);
    expect(codes).toEqual(expect.arrayContaining(['email_external_domain', 'planning_weekday', 'value_unlisted', 'date_style']));
  });

  it('says in its README that the example’s lists are illustrative', () => {
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/The option lists are illustrative/);
  });
});
