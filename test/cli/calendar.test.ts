import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { AnnotatieValues } from '../../src/domain';
import { writeDocx } from '../../src/document/ooxml';
import { errorsOf, oriValidators } from '../ori/openapi-schema';
import { pinClock } from '../support/clock';
import { memoryIo } from './check-memory-io';

// Runs without --today happen on the day the seed was written.
pinClock();

const fixture = (...path: string[]): string => readFileSync(join(__dirname, '..', 'fixtures', ...path), 'utf8');
const PLANNED = fixture('values', 'planning-calendar.json');
const CLEAN = fixture('values', 'clean.json');
const CALENDAR = fixture('calendar', 'zoetermeer-2025.ics');
const EDE = fixture('values', 'profiles', 'ede.json');

async function run(files: Readonly<Record<string, string | Uint8Array>>, ...argv: string[]) {
  const fs = memoryIo(files);
  const code = await main(argv, fs.io);
  return { code, stdout: fs.stdout(), stderr: fs.stderr() };
}

describe('annotatie validate --calendar (issue 13, "done when")', () => {
  it('--json: planning_no_meeting with the next commissie as suggestion; nothing for dates on real meetings', async () => {
    const result = await run({ 'v.json': PLANNED, 'kal.ics': CALENDAR }, 'validate', 'v.json', '--calendar', 'kal.ics', '--today', '2025-09-01', '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [
        {
          field: 'planning.oordeelsvorming',
          code: 'planning_no_meeting',
          severity: 'warning',
          message: 'Op 15-9-2025 staat in de vergaderkalender ‘Presidium’, geen vergadering voor deze fase. De eerstvolgende is op 29-9-2025.',
          suggestion: '29-9-2025',
        },
      ],
    });
  });

  it('without the calendar the same values are clean (15-9 is a Monday)', async () => {
    const result = await run({ 'v.json': PLANNED }, 'validate', 'v.json', '--today', '2025-09-01', '--json');
    expect(JSON.parse(result.stdout)).toEqual({ findings: [] });
  });

  it('human output, in Dutch and English', async () => {
    const nl = await run({ 'v.json': PLANNED, 'kal.ics': CALENDAR }, 'validate', 'v.json', '--calendar', 'kal.ics');
    expect(nl.stdout).toBe(
      [
        'waarschuwing  Oordeelsvorming: Op 15-9-2025 staat in de vergaderkalender ‘Presidium’, geen vergadering voor deze fase. De eerstvolgende is op 29-9-2025.',
        'v.json: 0 fouten, 1 waarschuwing, 0 opmerkingen.',
        '',
      ].join('\n'),
    );
    const en = await run({ 'v.json': PLANNED, 'kal.ics': CALENDAR }, 'validate', 'v.json', '--calendar=kal.ics', '--lang', 'en');
    expect(en.stdout.split('\n')[0]).toBe(
      'warning  Opinion forming (Oordeelsvorming): On 15-9-2025 the meeting calendar has ‘Presidium’, not a meeting for this phase. The next one is on 29-9-2025.',
    );
  });

  it('--today pins planning_in_past; without it, the clock decides (pinned here to 1-9-2025)', async () => {
    const later = await run({ 'v.json': CLEAN }, 'validate', 'v.json', '--today', '2025-10-01', '--json');
    const findings = (JSON.parse(later.stdout) as { findings: { field: string; code: string }[] }).findings;
    expect(findings.map((finding) => `${finding.field}:${finding.code}`)).toEqual(['planning.oordeelsvorming:planning_in_past']);
    const now = await run({ 'v.json': CLEAN }, 'validate', 'v.json', '--json');
    expect(JSON.parse(now.stdout)).toEqual({ findings: [] });
  });

  it('notes an event it had to skip on stderr, and goes on', async () => {
    const broken = CALENDAR.replace('BEGIN:VEVENT\r\nSUMMARY:Presidium', 'BEGIN:VEVENT\r\nRRULE:FREQ=WEEKLY;BYMONTHDAY=1\r\nSUMMARY:Presidium');
    const result = await run({ 'v.json': CLEAN, 'kal.ics': broken }, 'validate', 'v.json', '--calendar', 'kal.ics');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('annotatie: kal.ics: afspraak ‘Presidium’ (UID presidium-20250915@raad.zoetermeer.test) overgeslagen: For WEEKLY recurrences neither BYMONTHDAY nor BYYEARDAY may appear.\n');
  });
});

describe('--calendar and --today problems: exit 2 with one clear line', () => {
  it.each<[string, Readonly<Record<string, string>>, readonly string[], string, string]>([
    ['a missing calendar', { 'v.json': CLEAN }, ['--calendar', 'weg.ics'], 'file_missing', 'annotatie: ‘weg.ics’ bestaat niet.'],
    ['a calendar that is no iCalendar', { 'v.json': CLEAN, 'k.ics': CLEAN }, ['--calendar', 'k.ics'], 'bad_calendar', 'annotatie: de vergaderkalender ‘k.ics’ is niet te gebruiken: geen iCalendar-bestand (er staat geen BEGIN:VCALENDAR in).'],
    [
      'a broken calendar',
      { 'v.json': CLEAN, 'k.ics': 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n' },
      ['--calendar', 'k.ics'],
      'bad_calendar',
      'annotatie: de vergaderkalender ‘k.ics’ is niet te gebruiken: geen geldig iCalendar-bestand (invalid ical body. component began but did not end).',
    ],
    [
      'a profile without calendar patterns',
      { 'v.json': CLEAN, 'k.ics': CALENDAR, 'ede.json': EDE },
      ['--calendar', 'k.ics', '--profile', 'ede.json'],
      'no_calendar_mapping',
      'annotatie: het profiel van Ede zegt niet welke afspraken welke fase zijn (calendar.events); zonder dat is een vergaderkalender niet te lezen.',
    ],
    ['a Dutch date as --today', { 'v.json': CLEAN }, ['--today', '1-9-2025'], 'usage', 'annotatie: --today moet een datum zijn als 2025-09-29 (JJJJ-MM-DD), niet ‘1-9-2025’.'],
    ['a date that does not exist', { 'v.json': CLEAN }, ['--today', '2025-02-30'], 'usage', 'annotatie: --today moet een datum zijn als 2025-09-29 (JJJJ-MM-DD), niet ‘2025-02-30’.'],
  ])('%s', async (_name, files, options, code, line) => {
    const human = await run(files, 'validate', 'v.json', ...options);
    expect(human.code).toBe(2);
    expect(human.stdout).toBe('');
    expect(human.stderr.split('\n')[0]).toBe(line);
    const json = await run(files, 'validate', 'v.json', ...options, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ error: { code, message: line.replace(/^annotatie: /, '') } });
  });

  it('the same for check', async () => {
    const result = await run({ 'a.docx': writeDocx(JSON.parse(CLEAN) as AnnotatieValues) }, 'check', 'a.docx', '--calendar', 'weg.ics');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'annotatie: ‘weg.ics’ bestaat niet.\n' });
  });

  it('--help says what the options do, in both languages', async () => {
    const nl = await run({}, 'validate', '--help');
    expect(nl.stdout).toContain('--calendar KAL.ics    vergaderkalender');
    expect(nl.stdout).toContain('--today JJJJ-MM-DD');
    const en = await run({}, '--lang', 'en', 'check', '--help');
    expect(en.stdout).toContain('--calendar CAL.ics    meeting calendar (iCalendar)');
    const exportHelp = await run({}, 'export', '--help');
    expect(exportHelp.stdout).toContain('--ori                 JSON in de vorm van Open Raadsinformatie');
  });
});

describe('annotatie check --calendar', () => {
  it('reports planning_no_meeting per document, with the same today for all', async () => {
    const planned = writeDocx(JSON.parse(PLANNED) as AnnotatieValues);
    const fs = memoryIo({ 'a.docx': planned, 'kal.ics': CALENDAR });
    expect(await main(['check', 'a.docx', '--calendar', 'kal.ics', '--today', '2025-09-16', '--json'], fs.io)).toBe(0);
    const { reports } = JSON.parse(fs.stdout()) as { reports: { findings: { field: string; code: string; suggestion?: string }[] }[] };
    expect(reports[0]?.findings.map((finding) => [finding.field, finding.code, finding.suggestion])).toEqual([
      ['planning.beeldvorming', 'planning_in_past', undefined],
      ['planning.oordeelsvorming', 'planning_no_meeting', '29-9-2025'],
      ['planning.oordeelsvorming', 'planning_in_past', undefined],
    ]);
  });
});

describe('annotatie export --ori', () => {
  const { InformatieObject, Vergadering, Agendapunt } = oriValidators();
  const valid = (doc: { informatieobject: unknown; vergaderingen: unknown[]; agendapunten: unknown[] }): void => {
    expect(InformatieObject(doc.informatieobject) ? [] : errorsOf(InformatieObject)).toEqual([]);
    for (const item of doc.vergaderingen) expect(Vergadering(item) ? [] : errorsOf(Vergadering)).toEqual([]);
    for (const item of doc.agendapunten) expect(Agendapunt(item) ? [] : errorsOf(Agendapunt)).toEqual([]);
  };

  it('prints exactly { informatieobject, vergaderingen, agendapunten }, valid against VNG’s schema', async () => {
    const values = { ...(JSON.parse(CLEAN) as AnnotatieValues), adviesCommissie: 'Voorstel agenderen als hamerstuk' };
    const result = await run({ 'a.docx': writeDocx(values), 'kal.ics': CALENDAR }, 'export', 'a.docx', '--ori', '--calendar', 'kal.ics');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as { informatieobject: { titel: string }; vergaderingen: { geplandeVergaderdatum: string }[]; agendapunten: { vergadering: { id: string }; indicatieHamerstuk?: boolean }[] };
    expect(Object.keys(doc)).toEqual(['informatieobject', 'vergaderingen', 'agendapunten']);
    valid(doc);
    expect(doc.informatieobject.titel).toBe('Rekenkameronderzoek Arbeidsmigranten in Zoetermeer');
    expect(doc.vergaderingen.map((vergadering) => vergadering.geplandeVergaderdatum)).toEqual(['2025-09-29', '2025-10-13']);
    expect(doc.agendapunten[1]).toMatchObject({ vergadering: { id: 'raad-20251013@raad.zoetermeer.test' }, indicatieHamerstuk: true });
  });

  it('several files: each export with its file name', async () => {
    const docx = writeDocx(JSON.parse(CLEAN) as AnnotatieValues);
    const result = await run({ 'a.docx': docx, 'b.docx': docx }, 'export', 'a.docx', 'b.docx', '--ori');
    const doc = JSON.parse(result.stdout) as { exports: { file: string; informatieobject: unknown; vergaderingen: unknown[]; agendapunten: unknown[] }[] };
    expect(doc.exports.map((entry) => entry.file)).toEqual(['a.docx', 'b.docx']);
    for (const { informatieobject, vergaderingen, agendapunten } of doc.exports) valid({ informatieobject, vergaderingen, agendapunten });
  });

  it('says on stderr when the onderwerp had to be cut for the standard', async () => {
    const values = { ...(JSON.parse(CLEAN) as AnnotatieValues), onderwerp: 'Woningbouw '.repeat(12).trim() };
    const result = await run({ 'a.docx': writeDocx(values) }, 'export', 'a.docx', '--ori');
    expect(result.stderr).toBe('annotatie: a.docx: het onderwerp is langer dan Open Raadsinformatie toestaat en is in de titels ingekort (met …).\n');
    valid(JSON.parse(result.stdout) as never);
  });

  it.each<[string, Readonly<Record<string, string | Uint8Array>>, readonly string[], string, string]>([
    ['a profile without gemeentecode', { 'ede.json': EDE }, ['--profile', 'ede.json'], 'no_gemeentecode', 'het profiel van Ede heeft geen gemeentecode (de CBS-code, vier cijfers); --ori heeft die nodig.'],
    ['--ori with --csv', {}, ['--csv'], 'usage', 'kies --csv of --ori, niet allebei.'],
    ['a missing document', {}, [], 'file_missing', '‘a.docx’ bestaat niet.'],
  ])('%s: exit 2, the failure as JSON (--ori is JSON)', async (_name, files, options, code, message) => {
    const result = await run(files, 'export', 'a.docx', '--ori', ...options);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ error: { code, message } });
  });
});
