import type { Language } from '../domain/fields';
import type { SkipCode } from './walk';
import { MAX_DEPTH } from './walk';

/**
 * The texts of the .docx commands (new, check, export). Kept apart from the code that reads
 * documents so `--help` loads none of it.
 */
export interface DocxTexts {
  readonly noAnnotatie: (file: string) => string;
  readonly unreadable: (file: string, reason: string) => string;
  readonly noDocxFound: (path: string) => string;
  readonly trackedChange: (type: 'insert' | 'delete', author: string, date: string | null, label: string, text: string) => string;
  readonly editedOutsidePane: (labels: string) => string;
  readonly fileHeader: (file: string) => string;
  readonly total: (counts: { readonly files: number; readonly clean: number; readonly withErrors: number; readonly unreadable: number }) => string;
  /** `complete` is false while the folders are still being walked: `total` is what was found so far. */
  readonly progress: (done: number, total: number, complete: boolean) => string;
  /** Why a path was passed by; `detail` is a reason in words, or the path it was already walked as. */
  readonly skipped: (code: SkipCode, path: string, detail: string) => string;
  /** The ordinary skips of a human run, counted instead of listed (--json lists each). */
  readonly skippedSummary: (notDocx: number, lockFiles: number) => string;
  readonly unexpected: (file: string, reason: string) => string;
  /** A document that exhausted the stack (nesting) or the memory of its worker thread. */
  readonly tooComplex: (file: string) => string;
  readonly outOfMemory: (file: string) => string;
  readonly oneJsonFormat: string;
  /** Why a worker thread ended without an error of its own (killed from outside, a native crash). */
  readonly workerStopped: string;
  readonly written: (file: string, filled: number, total: number) => string;
  readonly exists: (file: string) => string;
  readonly notDocxName: (file: string) => string;
  readonly cannotWrite: (file: string, reason: string) => string;
  /** What new or import --out made would not read back (write-document.ts): nothing was written. */
  readonly outputTooLarge: (file: string, limit: string) => string;
  readonly outputUnreadable: (file: string, reason: string) => string;
  readonly outputWithoutAnnotatie: string;
  readonly newUsage: string;
  readonly checkUsage: string;
  readonly exportUsage: string;
  readonly oneFormat: string;
  readonly csvOrOri: string;
  readonly noGemeentecode: (gemeente: string) => string;
  readonly oriTitleCut: (file: string) => string;
  readonly empty: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const NL_SKIPS: Readonly<Record<SkipCode, (detail: string) => string>> = {
  not_docx: () => 'geen .docx-bestand',
  not_importable: () => 'geen .docx-, .pdf- of .txt-bestand',
  word_lock_file: () => 'een vergrendelingsbestand van Word, geen document',
  link_loop: () => 'een koppeling terug naar een map erboven (een lus)',
  already_walked: (first) => `dezelfde map als ‘${first}’, die al is doorzocht`,
  broken_link: () => 'een koppeling naar iets dat niet (meer) bestaat',
  vanished: () => 'verdwenen tijdens het doorzoeken',
  depth_limit: () => `dieper dan ${MAX_DEPTH} mappen; documenten daarin zijn niet gecontroleerd`,
  folder_unreadable: (reason) => `de map is niet te lezen (${reason}); documenten daarin zijn niet gecontroleerd`,
  unreadable: (reason) => `niet te lezen (${reason})`,
};

const EN_SKIPS: Readonly<Record<SkipCode, (detail: string) => string>> = {
  not_docx: () => 'not a .docx file',
  not_importable: () => 'not a .docx, .pdf or .txt file',
  word_lock_file: () => 'a Word lock file, not a document',
  link_loop: () => 'a link back to a folder above it (a loop)',
  already_walked: (first) => `the same folder as ‘${first}’, which was already searched`,
  broken_link: () => 'a link to something that does not exist (any more)',
  vanished: () => 'it disappeared while the folders were searched',
  depth_limit: () => `more than ${MAX_DEPTH} folders deep; documents in it were not checked`,
  folder_unreadable: (reason) => `cannot read the folder (${reason}); documents in it were not checked`,
  unreadable: (reason) => `cannot read it (${reason})`,
};

/** Why a path was passed by, per language (a clause after the path). */
export const SKIP_TEXTS: Readonly<Record<Language, Readonly<Record<SkipCode, (detail: string) => string>>>> = { nl: NL_SKIPS, en: EN_SKIPS };

export const DOCX_TEXTS: Readonly<Record<Language, DocxTexts>> = {
  nl: {
    noAnnotatie: (file) => `annotatie: ‘${file}’ bevat geen annotatie (geen inhoudsbesturingselementen met de tag ‘annotatie’).`,
    unreadable: (file, reason) => `annotatie: ‘${file}’ is niet te lezen: ${reason}.`,
    noDocxFound: (path) => `annotatie: in ‘${path}’ staan geen .docx-bestanden.`,
    trackedChange: (type, author, date, label, text) =>
      `wijziging  ${label}: ${type === 'insert' ? 'ingevoegd' : 'verwijderd'} door ${author || 'onbekend'}${date ? ` (${date})` : ''}: “${text}”`,
    editedOutsidePane: (labels) => `buiten het taakvenster gewijzigd: ${labels} (anders dan de invoegtoepassing het schreef)`,
    fileHeader: (file) => `== ${file}`,
    total: ({ files, clean, withErrors, unreadable }) =>
      `${plural(files, 'document', 'documenten')} gecontroleerd: ${clean} zonder fouten, ${withErrors} met fouten, ${unreadable} onleesbaar of zonder annotatie.`,
    progress: (done, total, complete) => `controleren ${done}/${total}${complete ? '' : '…'}`,
    skipped: (code, path, detail) => `annotatie: ‘${path}’ overgeslagen: ${NL_SKIPS[code](detail)}.`,
    skippedSummary: (notDocx, lockFiles) =>
      `annotatie: overgeslagen: ${[
        ...(notDocx > 0 ? [`${plural(notDocx, 'bestand dat', 'bestanden die')} geen .docx ${notDocx === 1 ? 'is' : 'zijn'}`] : []),
        ...(lockFiles > 0 ? [plural(lockFiles, 'Word-vergrendelingsbestand', 'Word-vergrendelingsbestanden') + ' (~$…)'] : []),
      ].join(' en ')}; --json noemt ze allemaal.`,
    unexpected: (file, reason) => `annotatie: ‘${file}’ kon niet worden gecontroleerd door een onverwachte fout: ${reason}`,
    tooComplex: (file) => `annotatie: ‘${file}’ is niet te lezen: het document is te diep genest om te verwerken.`,
    outOfMemory: (file) => `annotatie: ‘${file}’ is niet te lezen: het document vraagt meer geheugen dan toegestaan en is geweigerd.`,
    oneJsonFormat: 'annotatie: kies --json of --ndjson, niet allebei.',
    workerStopped: 'de thread die het controleerde stopte onverwacht',
    written: (file, filled, total) => `${file} geschreven: ${filled} van ${total} velden ingevuld.`,
    notDocxName: (file) => `annotatie: ‘${file}’ is geen .docx-naam; Word herkent het document alleen aan de extensie .docx.`,
    exists: (file) => `annotatie: ‘${file}’ bestaat al; kies een andere naam of gebruik --force om het te overschrijven.`,
    cannotWrite: (file, reason) => `annotatie: kan ‘${file}’ niet schrijven (${reason}).`,
    outputTooLarge: (file, limit) =>
      `annotatie: ‘${file}’ is niet geschreven: de tekst van het document zou groter worden dan de ${limit} die annotatie check leest, en wat annotatie schrijft moet het ook kunnen lezen. Maak de langste waarde korter.`,
    outputUnreadable: (file, reason) => `annotatie: ‘${file}’ is niet geschreven: annotatie check zou het document niet kunnen lezen (${reason}).`,
    outputWithoutAnnotatie: 'er staat geen annotatie in',
    newUsage: [
      'Gebruik: annotatie new UIT.docx [--from WAARDEN.json] [--profile P.json] [--force] [--json]',
      '                       [--calendar KAL.ics] [--today JJJJ-MM-DD]',
      '',
      'Schrijft een nieuw Word-document met de gestructureerde annotatie (elk veld een',
      'inhoudsbesturingselement), ingevuld met de waarden uit WAARDEN.json in huisstijl.',
      '  --from WAARDEN.json   waarden (plat object, of de uitvoer van annotatie export --json)',
      '  --profile P.json      gemeenteprofiel voor de huisstijl (standaard Zoetermeer)',
      '  --force               overschrijf UIT.docx als het al bestaat',
      '  --calendar, --today   voor de controle van de waarden, zoals bij annotatie validate',
      '  --json                één JSON-document op stdout: { "file", "findings": [ … ] }',
    ].join('\n'),
    checkUsage: [
      'Gebruik: annotatie check BESTAND.docx|MAP … [--json|--ndjson] [--profile P.json]',
      '                         [--calendar KAL.ics] [--today JJJJ-MM-DD]',
      '',
      'Controleert de annotatie in documenten; mappen worden doorzocht op .docx-bestanden',
      '(Word-vergrendelingsbestanden ~$… worden overgeslagen). Waarden zijn de huidige tekst, alsof',
      'alle bijgehouden wijzigingen zijn geaccepteerd; de wijzigingen zelf worden per veld getoond.',
      'Elk document krijgt een rapport, ook als het niet te lezen is; wat is overgeslagen wordt gemeld.',
      '  --json                één JSON-document op stdout: { "reports": [ … ], "skipped": [ … ] },',
      '                        rapport voor rapport geschreven terwijl de controle loopt',
      '  --ndjson              één JSON-object per regel: elk rapport, en { "skipped": … } per overgeslagen pad',
      '  --profile P.json      gemeenteprofiel (standaard Zoetermeer)',
      '  --calendar KAL.ics    vergaderkalender (iCalendar): elke datum moet op een vergadering van zijn fase vallen',
      '  --today JJJJ-MM-DD    de datum van vandaag voor ‘ligt in het verleden’ (standaard: vandaag)',
      '',
      'Grote mappen worden over alle processorkernen verdeeld; de volgorde blijft die van de mappen.',
      'ANNOTATIE_THREADS=1 houdt alles in één thread.',
    ].join('\n'),
    exportUsage: [
      'Gebruik: annotatie export BESTAND.docx … [--json|--csv|--ori] [--profile P.json] [--calendar KAL.ics]',
      '',
      'Geeft de waarden van de annotatie, getypeerd: datums als ISO 8601, telefoonnummers als E.164,',
      'mede-portefeuillehouders als lijst, lege velden als null.',
      '  --json                één JSON-document op stdout',
      '  --csv                 CSV (RFC 4180): één kolom per veld, één regel per document',
      '  --ori                 JSON in de vorm van Open Raadsinformatie (VNG, 2.0.0-beta.4):',
      '                        { "informatieobject", "vergaderingen": […], "agendapunten": […] }',
      '  --calendar KAL.ics    vergaderkalender: met --ori krijgt een vergadering de UID, naam, tijden',
      '                        en locatie uit de kalender',
      '',
      'In CSV krijgt een cel die met = + - @ begint een \' ervoor, zodat een spreadsheet hem als',
      'tekst toont en nooit als formule uitvoert. Telefoonnummers staan er dus als \'+31793468000:',
      'tekst, met de + erin; haal de \' weg als u ze elders als nummer inleest.',
    ].join('\n'),
    oneFormat: 'annotatie: kies --json of --csv, niet allebei.',
    csvOrOri: 'annotatie: kies --csv of --ori, niet allebei.',
    noGemeentecode: (gemeente) => `annotatie: het profiel van ${gemeente} heeft geen gemeentecode (de CBS-code, vier cijfers); --ori heeft die nodig.`,
    oriTitleCut: (file) => `annotatie: ${file}: het onderwerp is langer dan Open Raadsinformatie toestaat en is in de titels ingekort (met …).`,
    empty: '(leeg)',
  },
  en: {
    noAnnotatie: (file) => `annotatie: ‘${file}’ holds no annotatie (no content controls tagged ‘annotatie’).`,
    unreadable: (file, reason) => `annotatie: cannot read ‘${file}’: ${reason}.`,
    noDocxFound: (path) => `annotatie: there are no .docx files in ‘${path}’.`,
    trackedChange: (type, author, date, label, text) =>
      `change  ${label}: ${type === 'insert' ? 'inserted' : 'deleted'} by ${author || 'unknown'}${date ? ` (${date})` : ''}: “${text}”`,
    editedOutsidePane: (labels) => `changed outside the pane: ${labels} (differs from what the add-in wrote)`,
    fileHeader: (file) => `== ${file}`,
    total: ({ files, clean, withErrors, unreadable }) =>
      `${plural(files, 'document', 'documents')} checked: ${clean} without errors, ${withErrors} with errors, ${unreadable} unreadable or without annotatie.`,
    progress: (done, total, complete) => `checking ${done}/${total}${complete ? '' : '…'}`,
    skipped: (code, path, detail) => `annotatie: skipped ‘${path}’: ${EN_SKIPS[code](detail)}.`,
    skippedSummary: (notDocx, lockFiles) =>
      `annotatie: skipped ${[
        ...(notDocx > 0 ? [`${plural(notDocx, 'file that is', 'files that are')} not .docx`] : []),
        ...(lockFiles > 0 ? [plural(lockFiles, 'Word lock file', 'Word lock files') + ' (~$…)'] : []),
      ].join(' and ')}; --json lists each of them.`,
    unexpected: (file, reason) => `annotatie: ‘${file}’ could not be checked because of an unexpected error: ${reason}`,
    tooComplex: (file) => `annotatie: cannot read ‘${file}’: the document is nested too deeply to process.`,
    outOfMemory: (file) => `annotatie: cannot read ‘${file}’: the document needs more memory than allowed and was refused.`,
    oneJsonFormat: 'annotatie: choose --json or --ndjson, not both.',
    workerStopped: 'the thread checking it stopped unexpectedly',
    written: (file, filled, total) => `${file} written: ${filled} of ${total} fields filled in.`,
    notDocxName: (file) => `annotatie: ‘${file}’ is not a .docx name; Word only recognises the document by its .docx extension.`,
    exists: (file) => `annotatie: ‘${file}’ already exists; choose another name or use --force to overwrite it.`,
    cannotWrite: (file, reason) => `annotatie: cannot write ‘${file}’ (${reason}).`,
    outputTooLarge: (file, limit) =>
      `annotatie: did not write ‘${file}’: the document’s text would be larger than the ${limit} annotatie check reads, and what annotatie writes it must be able to read. Shorten the longest value.`,
    outputUnreadable: (file, reason) => `annotatie: did not write ‘${file}’: annotatie check could not read the document (${reason}).`,
    outputWithoutAnnotatie: 'it holds no annotatie',
    newUsage: [
      'Usage: annotatie new OUT.docx [--from VALUES.json] [--profile P.json] [--force] [--json]',
      '                     [--calendar CAL.ics] [--today YYYY-MM-DD]',
      '',
      'Writes a new Word document holding the structured annotatie (every field a content',
      'control), filled in with the values from VALUES.json in house style.',
      '  --from VALUES.json   values (a flat object, or the output of annotatie export --json)',
      '  --profile P.json     municipal profile for the house style (default Zoetermeer)',
      '  --force              overwrite OUT.docx if it exists',
      '  --calendar, --today  for checking the values, as in annotatie validate',
      '  --json               one JSON document on stdout: { "file", "findings": [ … ] }',
    ].join('\n'),
    checkUsage: [
      'Usage: annotatie check FILE.docx|DIR … [--json|--ndjson] [--profile P.json]',
      '                       [--calendar CAL.ics] [--today YYYY-MM-DD]',
      '',
      'Checks the annotatie in documents; directories are searched for .docx files (Word lock',
      'files ~$… are skipped). Values are the current text, as if every tracked change were',
      'accepted; the changes themselves are listed per field. Every document gets a report, also',
      'when it cannot be read; whatever is skipped is said.',
      '  --json                one JSON document on stdout: { "reports": [ … ], "skipped": [ … ] },',
      '                        written report by report while the check runs',
      '  --ndjson              one JSON object per line: each report, and { "skipped": … } per skipped path',
      '  --profile P.json      municipal profile (default Zoetermeer)',
      '  --calendar CAL.ics    meeting calendar (iCalendar): every date must fall on a meeting of its phase',
      '  --today YYYY-MM-DD    today’s date for ‘is in the past’ (default: today)',
      '',
      'Large folders are spread over all processor cores; the order stays that of the folders.',
      'ANNOTATIE_THREADS=1 keeps everything in one thread.',
    ].join('\n'),
    exportUsage: [
      'Usage: annotatie export FILE.docx … [--json|--csv|--ori] [--profile P.json] [--calendar CAL.ics]',
      '',
      'Prints the values of the annotatie, typed: dates as ISO 8601, phone numbers as E.164,',
      'mede-portefeuillehouders as a list, empty fields as null.',
      '  --json                one JSON document on stdout',
      '  --csv                 CSV (RFC 4180): one column per field, one row per document',
      '  --ori                 JSON in the shapes of Open Raadsinformatie (VNG, 2.0.0-beta.4):',
      '                        { "informatieobject", "vergaderingen": […], "agendapunten": […] }',
      '  --calendar CAL.ics    meeting calendar: with --ori a meeting gets its UID, name, times and',
      '                        location from the calendar',
      '',
      'In CSV a cell starting with = + - @ gets a \' in front, so a spreadsheet shows it as text',
      'and never runs it as a formula. Phone numbers therefore read \'+31793468000: text, with the',
      '+ kept; strip the \' if you read them elsewhere as numbers.',
    ].join('\n'),
    oneFormat: 'annotatie: choose --json or --csv, not both.',
    csvOrOri: 'annotatie: choose --csv or --ori, not both.',
    noGemeentecode: (gemeente) => `annotatie: the profile of ${gemeente} has no gemeentecode (the four-digit CBS code); --ori needs it.`,
    oriTitleCut: (file) => `annotatie: ${file}: the onderwerp is longer than Open Raadsinformatie allows and was cut in the titles (with …).`,
    empty: '(empty)',
  },
};
