import type { Language, Severity } from '../domain';

/**
 * The command line's own texts (usage, file problems, summaries), Dutch by default and English
 * with --lang en. Finding texts come from the domain's locale maps.
 */
export interface CliTexts {
  /** General usage, listing only the commands that are there (B adds new/check/export). */
  readonly usage: (commands: readonly string[]) => string;
  readonly validateUsage: string;
  readonly unknownCommand: (name: string) => string;
  readonly noCommand: string;
  readonly badLang: (value: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly repeatedOption: (option: string) => string;
  readonly wrongPositionals: (expected: string) => string;
  /** What each command takes, for wrongPositionals. */
  readonly operands: Readonly<Record<'validate' | 'new' | 'check' | 'export' | 'import', string>>;
  /** Between the whole and the decimals of a number ("1,5 MB" in Dutch). */
  readonly decimalSeparator: string;
  readonly fileMissing: (path: string) => string;
  readonly fileIsDirectory: (path: string) => string;
  readonly fileUnreadable: (path: string, reason: string) => string;
  /** A FIFO, device or socket: reading it would block or never end (issue 8, class 6). */
  readonly notAFile: (path: string, what: 'fifo' | 'device' | 'socket' | 'other') => string;
  readonly fileTooLarge: (path: string, size: number, limit: number) => string;
  readonly invalidJson: (path: string, reason: string) => string;
  readonly notAnObject: (path: string) => string;
  readonly badProfile: (error: string) => string;
  readonly unexpected: (reason: string) => string;
  /** node:fs error codes in words (see systemReason in ./files). */
  readonly systemReasons: Readonly<Record<string, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly wholeAnnotatie: string;
  readonly summary: (counts: Readonly<Record<Severity, number>>, file: string) => string;
}

/** Usage lines for the commands that exist, in the order of the table; unknown names get their bare name. */
function commandLines(commands: readonly string[], lines: Readonly<Record<string, string>>): readonly string[] {
  return commands.map((name) => `  ${lines[name] ?? name}`);
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const NOT_A_FILE_TEXTS: Readonly<Record<Language, Readonly<Record<'fifo' | 'device' | 'socket' | 'other', string>>>> = {
  nl: { fifo: 'een named pipe (FIFO)', device: 'een apparaat', socket: 'een socket', other: 'iets anders' },
  en: { fifo: 'a named pipe (FIFO)', device: 'a device', socket: 'a socket', other: 'something else' },
};

/**
 * A size as Windows Explorer shows it (units of 1024, called KB/MB/GB), since that is where a
 * griffie looks the file up; one decimal, with a comma in Dutch.
 */
export function byteSize(bytes: number, lang: Language): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
  return `${text.replace('.', CLI_TEXTS[lang].decimalSeparator)} ${units[unit] ?? ''}`;
}

export const CLI_TEXTS: Readonly<Record<Language, CliTexts>> = {
  nl: {
    usage: (commands) => [
      'Gebruik: annotatie <opdracht> [opties]',
      '',
      'Opdrachten:',
      ...commandLines(commands, {
        validate: 'validate WAARDEN.json [--profile P.json] [--json]   controleer de waarden van een annotatie',
        new: 'new UIT.docx [--from WAARDEN.json]                  maak een nieuw document met de annotatie',
        check: 'check BESTAND.docx|MAP … [--json]                   controleer documenten',
        export: 'export BESTAND.docx … [--json|--csv|--ori]          geef de waarden van een document, getypeerd',
        import: 'import OUD.docx|OUD.pdf|OUD.txt|MAP [--out NIEUW.docx] [--json]\n                                                      herken de velden van een oude annotatie',
      }),
      '',
      'Algemene opties:',
      '  --lang nl|en   taal van de uitvoer (standaard nl)',
      '  --help         deze hulp (ook per opdracht: annotatie check --help)',
      '',
      'validate, check en new nemen ook --calendar KAL.ics (vergaderkalender) en --today JJJJ-MM-DD;',
      'export neemt --calendar, import --today.',
      '',
      'Exitcodes: 0 geen fouten, 1 fouten gevonden, 2 verkeerd gebruik of onleesbaar bestand.',
    ].join('\n'),
    validateUsage: [
      'Gebruik: annotatie validate WAARDEN.json [--profile P.json] [--calendar KAL.ics] [--today JJJJ-MM-DD] [--json]',
      '',
      'Controleert een JSON-object met de waarden van een annotatie (sleutels zoals "onderwerp",',
      '"ambtenaar.email") tegen de regels en het gemeenteprofiel (standaard Zoetermeer).',
      '  --profile P.json      gemeenteprofiel van een andere gemeente',
      '  --calendar KAL.ics    vergaderkalender (iCalendar, bijvoorbeeld uit het raadsinformatiesysteem):',
      '                        elke datum moet op een vergadering van zijn fase vallen',
      '  --today JJJJ-MM-DD    de datum van vandaag voor ‘ligt in het verleden’ (standaard: vandaag),',
      '                        zodat een controle later hetzelfde oplevert',
      '  --json                één JSON-document op stdout: { "findings": [ … ] }',
    ].join('\n'),
    unknownCommand: (name) => `annotatie: onbekende opdracht ‘${name}’.`,
    noCommand: 'annotatie: geef een opdracht op.',
    badLang: (value) => `annotatie: --lang moet nl of en zijn, niet ‘${value}’.`,
    unknownOption: (option) => `annotatie: onbekende optie ‘${option}’.`,
    missingValue: (option) => `annotatie: ${option} heeft een waarde nodig.`,
    repeatedOption: (option) => `annotatie: ${option} staat er meer dan eens.`,
    wrongPositionals: (expected) => `annotatie: verwacht precies één ${expected}.`,
    operands: { validate: 'WAARDEN.json', new: 'UIT.docx', check: 'BESTAND.docx of MAP', export: 'BESTAND.docx', import: 'OUD.docx, OUD.pdf, OUD.txt of MAP' },
    decimalSeparator: ',',
    fileMissing: (path) => `annotatie: ‘${path}’ bestaat niet.`,
    fileIsDirectory: (path) => `annotatie: ‘${path}’ is een map, geen bestand.`,
    fileUnreadable: (path, reason) => `annotatie: ‘${path}’ is niet te lezen (${reason}).`,
    notAFile: (path, what) => `annotatie: ‘${path}’ is geen gewoon bestand maar ${NOT_A_FILE_TEXTS.nl[what]}; alleen gewone bestanden worden gelezen.`,
    fileTooLarge: (path, size, limit) => `annotatie: ‘${path}’ is te groot om te lezen (${byteSize(size, 'nl')}; de grens is ${byteSize(limit, 'nl')}).`,
    invalidJson: (path, reason) => `annotatie: ‘${path}’ is geen geldige JSON (${reason}).`,
    notAnObject: (path) => `annotatie: ‘${path}’ bevat geen JSON-object met waarden.`,
    badProfile: (error) => `annotatie: ongeldig profiel: ${error}`,
    unexpected: (reason) => `annotatie: onverwachte fout: ${reason}`,
    systemReasons: {
      // Writing to a path whose folder is missing is ENOENT too; reading a missing file is caught before.
      ENOENT: 'de map bestaat niet',
      ENOTDIR: 'een deel van het pad is geen map',
      EACCES: 'geen toegang',
      EPERM: 'geen toegang',
      EISDIR: 'het is een map',
      EROFS: 'de schijf is alleen-lezen',
      ENOSPC: 'de schijf is vol',
      EBUSY: 'het bestand is in gebruik, bijvoorbeeld geopend in Word',
      EMFILE: 'te veel bestanden tegelijk open',
      ENAMETOOLONG: 'de naam is te lang',
    },
    severity: { error: 'fout', warning: 'waarschuwing', info: 'opmerking' },
    wholeAnnotatie: 'Annotatie',
    summary: (counts, file) =>
      counts.error + counts.warning + counts.info === 0
        ? `${file}: geen bevindingen.`
        : `${file}: ${plural(counts.error, 'fout', 'fouten')}, ${plural(counts.warning, 'waarschuwing', 'waarschuwingen')}, ${plural(counts.info, 'opmerking', 'opmerkingen')}.`,
  },
  en: {
    usage: (commands) => [
      'Usage: annotatie <command> [options]',
      '',
      'Commands:',
      ...commandLines(commands, {
        validate: 'validate VALUES.json [--profile P.json] [--json]   check the values of an annotatie',
        new: 'new OUT.docx [--from VALUES.json]                  write a new document holding the annotatie',
        check: 'check FILE.docx|DIR … [--json]                     check documents',
        export: 'export FILE.docx … [--json|--csv|--ori]            print the values of a document, typed',
        import: 'import OLD.docx|OLD.pdf|OLD.txt|DIR [--out NEW.docx] [--json]\n                                                     recognise the fields of an old annotatie',
      }),
      '',
      'Global options:',
      '  --lang nl|en   output language (default nl)',
      '  --help         this help (also per command: annotatie check --help)',
      '',
      'validate, check and new also take --calendar CAL.ics (meeting calendar) and --today YYYY-MM-DD;',
      'export takes --calendar, import --today.',
      '',
      'Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable file.',
    ].join('\n'),
    validateUsage: [
      'Usage: annotatie validate VALUES.json [--profile P.json] [--calendar CAL.ics] [--today YYYY-MM-DD] [--json]',
      '',
      'Checks a JSON object holding the values of an annotatie (keys such as "onderwerp",',
      '"ambtenaar.email") against the rules and the municipal profile (default Zoetermeer).',
      '  --profile P.json      another municipality’s profile',
      '  --calendar CAL.ics    meeting calendar (iCalendar, for example from the council information',
      '                        system): every date must fall on a meeting of its phase',
      '  --today YYYY-MM-DD    today’s date for ‘is in the past’ (default: today), so that a check',
      '                        gives the same result later',
      '  --json                one JSON document on stdout: { "findings": [ … ] }',
    ].join('\n'),
    unknownCommand: (name) => `annotatie: unknown command ‘${name}’.`,
    noCommand: 'annotatie: no command given.',
    badLang: (value) => `annotatie: --lang must be nl or en, not ‘${value}’.`,
    unknownOption: (option) => `annotatie: unknown option ‘${option}’.`,
    missingValue: (option) => `annotatie: ${option} needs a value.`,
    repeatedOption: (option) => `annotatie: ${option} is given more than once.`,
    wrongPositionals: (expected) => `annotatie: expected exactly one ${expected}.`,
    operands: { validate: 'VALUES.json', new: 'OUT.docx', check: 'FILE.docx or DIR', export: 'FILE.docx', import: 'OLD.docx, OLD.pdf, OLD.txt or DIR' },
    decimalSeparator: '.',
    fileMissing: (path) => `annotatie: ‘${path}’ does not exist.`,
    fileIsDirectory: (path) => `annotatie: ‘${path}’ is a directory, not a file.`,
    fileUnreadable: (path, reason) => `annotatie: cannot read ‘${path}’ (${reason}).`,
    notAFile: (path, what) => `annotatie: ‘${path}’ is not a regular file but ${NOT_A_FILE_TEXTS.en[what]}; only regular files are read.`,
    fileTooLarge: (path, size, limit) => `annotatie: ‘${path}’ is too large to read (${byteSize(size, 'en')}; the limit is ${byteSize(limit, 'en')}).`,
    invalidJson: (path, reason) => `annotatie: ‘${path}’ is not valid JSON (${reason}).`,
    notAnObject: (path) => `annotatie: ‘${path}’ does not hold a JSON object of values.`,
    badProfile: (error) => `annotatie: invalid profile: ${error}`,
    unexpected: (reason) => `annotatie: unexpected error: ${reason}`,
    systemReasons: {
      ENOENT: 'the folder does not exist',
      ENOTDIR: 'part of the path is not a folder',
      EACCES: 'access denied',
      EPERM: 'access denied',
      EISDIR: 'it is a folder',
      EROFS: 'the disk is read-only',
      ENOSPC: 'the disk is full',
      EBUSY: 'the file is in use, for example open in Word',
      EMFILE: 'too many files open at once',
      ENAMETOOLONG: 'the name is too long',
    },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    wholeAnnotatie: 'Annotatie',
    summary: (counts, file) =>
      counts.error + counts.warning + counts.info === 0
        ? `${file}: no findings.`
        : `${file}: ${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${plural(counts.info, 'note', 'notes')}.`,
  },
};
