import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ics } from '../domain/calendar/fixture';

/**
 * Calendars whose recurrence rules loop forever inside ical.js (RecurIterator#next never finds
 * an occurrence) unless the step budget in src/domain/calendar/ics.ts stops them. Run through
 * the real bin in a child process with a timeout, so that a broken budget fails this test
 * instead of hanging the test run. Plus the "done when" command, as a user types it.
 */
const root = join(__dirname, '..', '..');
let dir = '';

function newestSource(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((newest, entry) => {
    const child = join(path, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(child) : statSync(child).mtimeMs);
  }, 0);
}

beforeAll(() => {
  const bundle = join(root, 'lib', 'cli', 'annotatie.cjs');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs <= newestSource(join(root, 'src'))) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
  }
  dir = mkdtempSync(join(tmpdir(), 'annotatie-calendar-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function annotatie(...args: string[]) {
  const started = Date.now();
  // Generous: the budget ends these in about a second; forever is what must not happen.
  const result = spawnSync(process.execPath, [join(root, 'bin', 'annotatie.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

describe('bin/annotatie.js with rules that never yield an occurrence', () => {
  it.each([
    ['30 February every day', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'],
    ['30 February every hour', 'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30'],
    ['31 April every second', 'FREQ=SECONDLY;BYMONTH=4;BYMONTHDAY=31'],
    ['every second, but only in December, starting in January', 'FREQ=SECONDLY;BYMONTH=12'],
  ])('%s (%s): exit 2 naming the meeting, no hang', (_name, rule) => {
    const file = join(dir, 'bom.ics');
    writeFileSync(file, ics(['SUMMARY:Raadsvergadering', 'DTSTART:20250113T190000Z', `RRULE:${rule}`]));
    const result = annotatie('validate', join('test', 'fixtures', 'values', 'clean.json'), '--calendar', file);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^annotatie: de vergaderkalender ‘.*bom\.ics’ is niet te gebruiken: de vergadering ‘Raadsvergadering’ \(UID e0@test\) is niet te lezen: de herhalingsregel \(RRULE\) vraagt meer dan \d+ stappen\.\n$/);
  });

  it('a VTIMEZONE whose rule never yields: the zone is set aside, the meeting still read', () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Nooit', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');
    const file = join(dir, 'zone.ics');
    writeFileSync(file, ics(['SUMMARY:Raadsvergadering', 'DTSTART;TZID=Nooit:20251013T200000']).replace('PRODID:-//annotatie tests//NL', `PRODID:-//annotatie tests//NL\r\n${zone}`));
    const result = annotatie('validate', join('test', 'fixtures', 'values', 'clean.json'), '--calendar', file, '--today', '2025-09-01', '--json');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ findings: [] });
  });
});

describe('bin/annotatie.js: the issue’s "done when"', () => {
  it('validate VALUES.json --calendar CAL.ics --json: the right suggestion, nothing for real meetings', () => {
    const result = annotatie(
      'validate',
      join('test', 'fixtures', 'values', 'planning-calendar.json'),
      '--calendar',
      join('test', 'fixtures', 'calendar', 'zoetermeer-2025.ics'),
      '--today',
      '2025-09-01',
      '--json',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [expect.objectContaining({ field: 'planning.oordeelsvorming', code: 'planning_no_meeting', suggestion: '29-9-2025' })],
    });
  });
});
