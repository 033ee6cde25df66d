import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { fakeIo } from './fake-io';
import { pinClock } from '../support/clock';

// Every run happens on the day the seed was written: its 2025 dates lie ahead, as they did then.
pinClock();

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'values', name), 'utf8');
const FILES = {
  'seed.json': readFileSync(join(__dirname, '..', '..', 'src', 'preview', 'seed.json'), 'utf8'),
  'clean.json': fixture('clean.json'),
  'messy.json': fixture('messy.json'),
  'ede.json': fixture('profiles/ede.json'),
  'bad-programma.json': fixture('profiles/bad-programma.json'),
  'broken.json': '{"onderwerp": "X",',
  'array.json': '["onderwerp"]',
  'bom.json': `\ufeff${fixture('clean.json')}`,
  'hostile.json': `{"onderwerp": ${JSON.stringify('\u0000\u202e'.repeat(1000))}, "planning.besluitvorming": "${'9'.repeat(100_000)}", "__proto__": 1, "constructor": "x"}`,
};

async function run(...argv: string[]) {
  const recorded = fakeIo(FILES);
  const code = await main(argv, recorded.io);
  return { code, stdout: recorded.stdout(), stderr: recorded.stderr() };
}

describe('annotatie validate (golden)', () => {
  it('the seed: one error line and a summary in Dutch, exit 1', async () => {
    expect(await run('validate', 'seed.json')).toEqual({
      code: 1,
      stdout: [
        'fout          E-mail behandelend ambtenaar: Het domein ‘zoetemeer.nl’ lijkt op een tikfout; bedoelt u a.e.de.vries@zoetermeer.nl?',
        'seed.json: 1 fout, 0 waarschuwingen, 0 opmerkingen.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('the seed in English', async () => {
    expect(await run('--lang', 'en', 'validate', 'seed.json')).toEqual({
      code: 1,
      stdout: [
        'error    Email responsible officer: The domain ‘zoetemeer.nl’ looks like a typo; did you mean a.e.de.vries@zoetermeer.nl?',
        'seed.json: 1 error, 0 warnings, 0 notes.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--json: exactly one JSON document with the reported findings', async () => {
    const result = await run('validate', 'seed.json', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [
        {
          field: 'ambtenaar.email',
          code: 'email_domain_typo',
          severity: 'error',
          message: 'Het domein ‘zoetemeer.nl’ lijkt op een tikfout; bedoelt u a.e.de.vries@zoetermeer.nl?',
          suggestion: 'a.e.de.vries@zoetermeer.nl',
        },
      ],
    });
  });

  it('a clean annotatie: exit 0, also with --lang=en after the command', async () => {
    expect(await run('validate', 'clean.json')).toEqual({ code: 0, stdout: 'clean.json: geen bevindingen.\n', stderr: '' });
    expect(await run('validate', 'clean.json', '--lang=en')).toEqual({ code: 0, stdout: 'clean.json: no findings.\n', stderr: '' });
    expect(JSON.parse((await run('validate', '--json', 'clean.json')).stdout)).toEqual({ findings: [] });
  });

  it('a byte-order mark from Notepad is no problem', async () => {
    expect((await run('validate', 'bom.json')).code).toBe(0);
  });

  it('messy values: every problem on its own line, warnings and notes do not fail', async () => {
    const result = await run('validate', 'messy.json', '--json');
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: { field: string | null; code: string; severity: string; suggestion?: string }[] }).findings;
    expect(findings.map(({ field, code, severity, suggestion }) => [field, code, severity, suggestion])).toEqual([
      [null, 'unknown_key', 'warning', undefined],
      ['ambtenaar.telefoon', 'phone_style', 'info', '+31 79 3468269'],
      ['ambtenaar.email', 'email_format', 'error', 'p.jansen@zoetermeer.nl'],
      ['raadsadviseur.telefoon', 'phone_format', 'error', undefined],
      ['aardBijeenkomst', 'value_unlisted', 'warning', undefined],
      ['planning.beeldvorming', 'date_style', 'info', '15-9-2025'],
      ['planning.oordeelsvorming', 'date_style', 'info', '29-9-2025'],
      ['planning.besluitvorming', 'date_style', 'info', '14-10-2025'],
      ['planning.besluitvorming', 'planning_weekday', 'warning', '13-10-2025'],
      ['toelichting.behandeladvies', 'required', 'error', undefined],
    ]);
    const human = await run('validate', 'messy.json');
    expect(human.stdout.trimEnd().split('\n')).toHaveLength(findings.length + 1);
    expect(human.stdout).toContain('fout          Behandeladvies: Vul dit veld in; het is verplicht.\n');
    // The nearest meeting day, as the CLI shows every suggestion: in the message.
    expect(human.stdout).toContain('Besluitvorming: Deze datum valt op een dinsdag; de raad van Zoetermeer vergadert op maandag. Bedoelt u maandag 13-10-2025?\n');
    expect(human.stdout).toContain('messy.json: 3 fouten, 3 waarschuwingen, 4 opmerkingen.\n');
  });

  it('another municipality’s profile', async () => {
    const result = await run('validate', 'clean.json', '--profile', 'ede.json', '--json');
    expect(result.code).toBe(0);
    const codes = (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings.map((finding) => finding.code);
    expect(codes).toEqual(['email_external_domain', 'email_external_domain', 'planning_weekday', 'planning_weekday']);
  });

  it('hostile values are findings, not a crash', async () => {
    const result = await run('validate', 'hostile.json', '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const findings = (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings;
    expect(findings.filter((finding) => finding.code === 'unknown_key')).toHaveLength(2);
    expect(findings.map((finding) => finding.code)).toContain('date_format');
  });
});

describe('annotatie validate: usage and file problems exit 2 with one line', () => {
  it.each([
    ['a missing file', ['validate', 'nope.json'], 'annotatie: ‘nope.json’ bestaat niet.\n'],
    ['a directory', ['validate', 'dir/'], 'annotatie: ‘dir/’ is een map, geen bestand.\n'],
    ['an array instead of an object', ['validate', 'array.json'], 'annotatie: ‘array.json’ bevat geen JSON-object met waarden.\n'],
    ['a bad profile', ['validate', 'clean.json', '--profile', 'bad-programma.json'], 'annotatie: ongeldig profiel: bad-programma.json: options.programma[2] moet tekst zijn\n'],
    ['a missing profile', ['validate', 'clean.json', '--profile=weg.json'], 'annotatie: ‘weg.json’ bestaat niet.\n'],
    ['a bad profile in English', ['validate', 'clean.json', '--profile', 'bad-programma.json', '--lang', 'en'], 'annotatie: invalid profile: bad-programma.json: options.programma[2] must be text\n'],
  ])('%s', async (_name, argv, stderr) => {
    expect(await run(...argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('invalid JSON names the file and the parser’s reason', async () => {
    const result = await run('validate', 'broken.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^annotatie: ‘broken\.json’ is geen geldige JSON \(.+\)\.\n$/);
  });

  it.each([
    ['no file', ['validate'], 'annotatie: verwacht precies één WAARDEN.json.'],
    ['two files', ['validate', 'a.json', 'b.json'], 'annotatie: verwacht precies één WAARDEN.json.'],
    ['an unknown option', ['validate', 'seed.json', '--strict'], 'annotatie: onbekende optie ‘--strict’.'],
    ['a short option', ['validate', 'seed.json', '-j'], 'annotatie: onbekende optie ‘-j’.'],
    ['--profile without a value', ['validate', 'seed.json', '--profile'], 'annotatie: --profile heeft een waarde nodig.'],
    ['--profile twice', ['validate', 'seed.json', '--profile', 'a', '--profile', 'b'], 'annotatie: --profile staat er meer dan eens.'],
  ])('%s', async (_name, argv, first) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(first);
    expect(result.stderr).toContain('Gebruik: annotatie validate WAARDEN.json [--profile P.json] [--calendar KAL.ics] [--today JJJJ-MM-DD] [--json]');
  });
});

describe('annotatie (global)', () => {
  it.each([
    ['--help', ['--help'], 'Gebruik: annotatie <opdracht> [opties]'],
    ['-h in English', ['-h', '--lang', 'en'], 'Usage: annotatie <command> [options]'],
    ['help for validate', ['validate', '--help'], 'Gebruik: annotatie validate WAARDEN.json [--profile P.json] [--calendar KAL.ics] [--today JJJJ-MM-DD] [--json]'],
  ])('%s: usage on stdout, exit 0', async (_name, argv, first) => {
    const result = await run(...argv);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe(first);
  });

  it.each([
    ['no command', [], 'annotatie: geef een opdracht op.'],
    ['an unknown command', ['valideer', 'seed.json'], 'annotatie: onbekende opdracht ‘valideer’.'],
    ['a prototype name as command', ['constructor'], 'annotatie: onbekende opdracht ‘constructor’.'],
    ['a bad language', ['--lang', 'fr', 'validate', 'seed.json'], 'annotatie: --lang moet nl of en zijn, niet ‘fr’.'],
    ['--lang without a value', ['validate', 'seed.json', '--lang'], 'annotatie: --lang moet nl of en zijn, niet ‘’.'],
  ])('%s: usage on stderr, exit 2', async (_name, argv, first) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(first);
    expect(result.stderr).toMatch(/Gebruik: annotatie <opdracht> \[opties\]/);
  });

  it('an unexpected exception is one line on stderr, no stack trace, exit 2', async () => {
    const failing = fakeIo({ 'clean.json': fixture('clean.json') });
    const brokenStdout = (): void => {
      throw new TypeError('stdout gesloten\n    at x (y.js:1:1)');
    };
    expect(await main(['validate', 'clean.json'], { ...failing.io, stdout: brokenStdout })).toBe(2);
    expect(failing.stderr()).toBe('annotatie: onverwachte fout: stdout gesloten\n');
  });
});
