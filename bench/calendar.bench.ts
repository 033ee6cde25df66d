import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Figure } from './figure';
import { medianMicros, round2 } from './figure';
import seed from '../src/preview/seed.json';
import { DEFAULT_PROFILE, parseValuesJson, validate } from '../src/domain';
import { CALENDAR_LIMITS, parseCalendar } from '../src/domain/calendar';
import type { CalendarDate } from '../src/domain';

/**
 * The meeting calendar (issue 13): reading a feed is done once per run (CLI) or per pane load,
 * validation with a calendar on every keystroke. And what ical.js would add to the pane's
 * JavaScript if it were not split off (the pane budget is 120 KB gzip for the first field).
 */
const root = join(__dirname, '..', '..');
const patterns = DEFAULT_PROFILE.calendar?.events ?? [];

function event(index: number, summary: string, start: string, extra: readonly string[] = []): string {
  return ['BEGIN:VEVENT', `UID:bench-${index}@raad.test`, 'DTSTAMP:20250101T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Europe/Amsterdam:${start}`, ...extra, 'END:VEVENT'].join('\r\n');
}

function calendar(events: readonly string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//NL', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

/** A council year as a RIS might publish it: ~40 Mondays with 3–4 meetings each, agenda text in DESCRIPTION. */
function councilYear(): string {
  const kinds = ['Stadsgesprek', 'Commissie Stad', 'Commissie Samenleving', 'Raadsvergadering', 'Presidium', 'Fractievergadering'];
  const events: string[] = [];
  const monday = Date.UTC(2026, 0, 5);
  for (let week = 0; week < 48; week += 1) {
    const day = new Date(monday + week * 7 * 86_400_000);
    const ymd = `${day.getUTCFullYear()}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
    for (const [k, kind] of kinds.entries()) {
      if ((week + k) % 3 === 0) continue;
      events.push(event(events.length, kind, `${ymd}T${String(17 + k).padStart(2, '0')}3000`, [`DESCRIPTION:${'Agendapunt over woningbouw en mobiliteit. '.repeat(12)}`, 'LOCATION:Raadzaal\\, Stadhuis Forum']));
    }
  }
  events.push(['BEGIN:VEVENT', 'UID:bench-series@raad.test', 'DTSTAMP:20250101T000000Z', 'SUMMARY:Presidium', 'DTSTART;TZID=Europe/Amsterdam:20260105T170000', 'RRULE:FREQ=WEEKLY;INTERVAL=2', 'END:VEVENT'].join('\r\n'));
  return calendar(events);
}

function medianMillis(fn: () => void, rounds: number): number {
  fn();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return round2(samples[Math.floor(samples.length / 2)] ?? Number.NaN);
}

async function gzipKb(entry: string): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return round2(gzipSync(bytes, { level: 9 }).length / 1024);
}

export async function run(): Promise<readonly Figure[]> {
  const fixture = readFileSync(join(root, 'test', 'fixtures', 'calendar', 'zoetermeer-2025.ics'), 'utf8');
  const year = councilYear();
  const max = calendar(Array.from({ length: CALENDAR_LIMITS.maxEvents }, (_, i) => event(i, `Commissie ${i}`, `2026${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}T200000`, [`DESCRIPTION:${'x'.repeat(300)}`])));
  const bomb = calendar([event(0, 'Raadsvergadering', '20260105T200000', ['RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'])]);
  const series = calendar(Array.from({ length: 10 }, (_, i) => ['BEGIN:VEVENT', `UID:series-${i}@raad.test`, 'DTSTAMP:20250101T000000Z', `SUMMARY:Fractievergadering ${i}`, 'DTSTART;TZID=Europe/Amsterdam:20160104T190000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'END:VEVENT'].join('\r\n')).concat(event(99, 'Raadsvergadering', '20261012T200000')));
  const bombCount = Math.ceil(CALENDAR_LIMITS.maxSteps / CALENDAR_LIMITS.maxStepsPerEvent) + 1;
  const bombs = calendar(Array.from({ length: bombCount }, (_, i) => event(i, 'Presidium', '20260105T200000', ['RRULE:FREQ=SECONDLY'])));
  const parsedYear = parseCalendar(year, patterns);
  if (!parsedYear.ok) throw new Error(`bench calendar: ${JSON.stringify(parsedYear.error)}`);
  const yearEvents = (year.match(/BEGIN:VEVENT/g) ?? []).length;
  const filled = parseValuesJson(seed).values;
  const planned = { ...filled, 'planning.oordeelsvorming': '12-1-2026', 'planning.besluitvorming': '27-1-2026' };
  const today: CalendarDate = { kind: 'date', year: 2025, month: 12, day: 1 };
  let sink = 0;
  const figures: Figure[] = [
    { name: 'calendar.parse.fixture.ms', value: medianMillis(() => (sink += parseCalendar(fixture, patterns).ok ? 1 : 0), 21), unit: 'ms', note: 'test/fixtures/calendar/zoetermeer-2025.ics, 20 events, recurrence, 2 time zones' },
    {
      name: 'calendar.parse.year.ms',
      value: medianMillis(() => (sink += parseCalendar(year, patterns).ok ? 1 : 0), 11),
      unit: 'ms',
      note: `a council year: ${yearEvents} events with agenda text, ${Math.round(year.length / 1024)} KB, a biweekly series`,
    },
    {
      name: 'calendar.parse.max.ms',
      value: medianMillis(() => (sink += parseCalendar(max, patterns).ok ? 1 : 0), 3),
      unit: 'ms',
      note: `${CALENDAR_LIMITS.maxEvents} events (the limit), ${Math.round(max.length / 1024 / 1024)} MB`,
    },
    {
      name: 'calendar.parse.series.ms',
      value: medianMillis(() => (sink += parseCalendar(series, patterns).ok ? 1 : 0), 3),
      unit: 'ms',
      note: '10 weekly series running since 2016 (~5 700 occurrences): ical.js’s recurrence steps dominate',
    },
    { name: 'calendar.parse.bomb.ms', value: medianMillis(() => (sink += parseCalendar(bomb, patterns).ok ? 1 : 0), 5), unit: 'ms', note: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 (never occurs): stopped by the per-event budget' },
    { name: 'calendar.parse.bombs.ms', value: medianMillis(() => (sink += parseCalendar(bombs, patterns).ok ? 1 : 0), 3), unit: 'ms', note: `${bombCount} × FREQ=SECONDLY on non-meetings: stopped by the whole-file budget` },
    {
      name: 'domain.validate.calendar.us',
      value: medianMicros(() => (sink += validate(planned, DEFAULT_PROFILE, { calendar: parsedYear.calendar, today }).length), 301, 10),
      unit: 'µs',
      note: 'filled annotatie against the council year, as on a keystroke',
    },
    { name: 'calendar.bundle.gzip.kb', value: await gzipKb(join(root, 'src', 'domain', 'calendar', 'index.ts')), unit: 'KB', note: 'parseCalendar with ical.js, minified + gzip: keep it out of the pane’s first load' },
    { name: 'ori.bundle.gzip.kb', value: await gzipKb(join(root, 'src', 'domain', 'ori', 'index.ts')), unit: 'KB', note: 'oriExport without ical.js' },
  ];
  if (sink < 0) throw new Error('unreachable: keeps the measured calls from being optimised away');
  return figures;
}
