import type { Doubt, Language } from '../../domain';

/** The texts of `annotatie import`, Dutch and English (the domain's finding texts are its own). */
export interface ImportTexts {
  readonly usage: string;
  readonly unsupported: (file: string) => string;
  readonly outOrOutDir: string;
  /** --out names one document; a folder run writes one per file (--out-dir). */
  readonly outWithFolder: (path: string) => string;
  readonly outDirInside: (outDir: string, path: string) => string;
  readonly progress: (done: number, total: number, complete: boolean) => string;
  readonly total: (counts: { readonly files: number; readonly clean: number; readonly withErrors: number; readonly unreadable: number }) => string;
  readonly skippedSummary: (otherFiles: number, lockFiles: number) => string;
  readonly noneFound: (path: string) => string;
  readonly unexpected: (file: string, reason: string) => string;
  readonly alreadyStructured: (file: string) => string;
  readonly noAnnotatie: (file: string) => string;
  readonly notText: (file: string) => string;
  readonly unreadable: (file: string, reason: string) => string;
  readonly header: (file: string, found: number, total: number, toCheck: number) => string;
  readonly toCheck: string;
  readonly unrecognised: (count: number) => string;
  readonly truncated: (read: number, total: number) => string;
  readonly doubts: Readonly<Record<Doubt, string>>;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const IMPORT_TEXTS: Readonly<Record<Language, ImportTexts>> = {
  nl: {
    usage: [
      'Gebruik: annotatie import OUD.docx|OUD.pdf|OUD.txt|MAP [--out NIEUW.docx | --out-dir UITMAP] [--force]',
      '                          [--json|--ndjson] [--profile P.json] [--today JJJJ-MM-DD]',
      '',
      'Herkent de velden van een annotatie van vóór de invoegtoepassing: een Word-document van het oude',
      'sjabloon, een PDF uit het raadsinformatiesysteem of tekst die uit een PDF is gekopieerd. Waarden',
      'worden overgenomen zoals ze er staan; de controle meldt daarna wat er niet klopt. Tekst die bij',
      'geen veld hoort, wordt getoond als ‘niet herkend’, nooit weggelaten. Een map wordt doorzocht op',
      '.docx-, .pdf- en .txt-bestanden; elk bestand krijgt een eigen uitkomst, ook als het mislukt.',
      '  --out NIEUW.docx      schrijf de herkende waarden als gestructureerde annotatie (één bestand)',
      '  --out-dir UITMAP      schrijf voor elk herkend bestand UITMAP/<naam>.docx, in dezelfde submappen;',
      '                        de originelen blijven onaangeroerd',
      '  --force               overschrijf een document dat er al staat',
      '  --json                één JSON-document op stdout: { "file", "values", "confidence", "doubts",',
      '                        "unrecognised", "findings" }; voor een map { "imports": [ … ], "skipped": [ … ] },',
      '                        bestand voor bestand geschreven',
      '  --ndjson              één JSON-object per regel: elk bestand, en { "skipped": … } per overgeslagen pad',
      '  --profile P.json      gemeenteprofiel (standaard Zoetermeer)',
      '  --today JJJJ-MM-DD    de datum van vandaag voor ‘ligt in het verleden’ (standaard: vandaag)',
    ].join('\n'),
    unsupported: (file) => `annotatie: ‘${file}’ is geen .docx, .pdf of .txt; alleen die kunnen worden ingelezen.`,
    outOrOutDir: 'annotatie: kies --out (één document) of --out-dir (een map), niet allebei.',
    outWithFolder: (path) => `annotatie: ‘${path}’ is een map en --out noemt één document; gebruik --out-dir UITMAP om voor elk bestand een document te schrijven.`,
    outDirInside: (outDir, path) => `annotatie: --out-dir ‘${outDir}’ ligt in de map ‘${path}’ die wordt ingelezen; kies een map erbuiten, anders leest import zijn eigen uitvoer weer in.`,
    progress: (done, total, complete) => `inlezen ${done}/${total}${complete ? '' : '…'}`,
    total: ({ files, clean, withErrors, unreadable }) =>
      `${plural(files, 'bestand', 'bestanden')} ingelezen: ${clean} herkend zonder fouten, ${withErrors} herkend met fouten, ${unreadable} mislukt.`,
    skippedSummary: (otherFiles, lockFiles) =>
      `annotatie: overgeslagen: ${[
        ...(otherFiles > 0 ? [`${plural(otherFiles, 'bestand dat', 'bestanden die')} geen .docx, .pdf of .txt ${otherFiles === 1 ? 'is' : 'zijn'}`] : []),
        ...(lockFiles > 0 ? [`${plural(lockFiles, 'Word-vergrendelingsbestand', 'Word-vergrendelingsbestanden')} (~$…)`] : []),
      ].join(' en ')}; --json noemt ze allemaal.`,
    noneFound: (path) => `annotatie: in ‘${path}’ staan geen .docx-, .pdf- of .txt-bestanden.`,
    unexpected: (file, reason) => `annotatie: ‘${file}’ kon niet worden ingelezen door een onverwachte fout: ${reason}`,
    alreadyStructured: (file) => `annotatie: ‘${file}’ bevat al een gestructureerde annotatie; gebruik annotatie check of annotatie export.`,
    noAnnotatie: (file) => `annotatie: in ‘${file}’ is geen annotatie herkend (minder dan drie velden gevonden).`,
    notText: (file) => `annotatie: ‘${file}’ is geen tekstbestand.`,
    unreadable: (file, reason) => `annotatie: ‘${file}’ is niet te lezen: ${reason}.`,
    header: (file, found, total, toCheck) =>
      `${file}: ${found} van ${total} velden herkend${toCheck > 0 ? `, ${toCheck} om na te kijken (gemarkeerd met ?)` : ''}.`,
    toCheck: 'nakijken',
    unrecognised: (count) => `Niet herkend (${plural(count, 'regel', 'regels')}, bij geen veld ondergebracht):`,
    truncated: (read, total) => `Alleen de eerste ${read} van ${total} pagina’s zijn gelezen.`,
    doubts: {
      label_fuzzy: 'het label was beschadigd',
      label_inferred: 'het label was onleesbaar; afgeleid uit de plaats',
      by_position: 'geplaatst op volgorde in een platgeslagen tabel',
      split_uncertain: 'de regel met meerdere waarden is onzeker gesplitst',
      missing_in_row: 'de rij had minder waarden dan kolommen',
      shape: 'de waarde lijkt niet op wat dit veld verwacht',
      no_label: 'zonder eigen label gevonden',
      duplicate: 'het veld stond er twee keer',
      joined: 'samengevoegd uit meerdere regels',
    },
  },
  en: {
    usage: [
      'Usage: annotatie import OLD.docx|OLD.pdf|OLD.txt|DIR [--out NEW.docx | --out-dir OUTDIR] [--force]',
      '                        [--json|--ndjson] [--profile P.json] [--today YYYY-MM-DD]',
      '',
      'Recognises the fields of an annotatie written before the add-in: a Word document of the old',
      'template, a PDF from the council information system, or text copied out of a PDF. Values are',
      'taken as written; validation then reports what is wrong with them. Text that belongs to no',
      'field is shown as "not recognised", never left out. A folder is searched for .docx, .pdf and',
      '.txt files; every file gets its own outcome, also when it fails.',
      '  --out NEW.docx        write the recognised values as a structured annotatie (one file)',
      '  --out-dir OUTDIR      write OUTDIR/<name>.docx for every file recognised, in the same',
      '                        subfolders; the originals are left untouched',
      '  --force               overwrite a document that is already there',
      '  --json                one JSON document on stdout: { "file", "values", "confidence", "doubts",',
      '                        "unrecognised", "findings" }; for a folder { "imports": [ … ], "skipped": [ … ] },',
      '                        written file by file',
      '  --ndjson              one JSON object per line: each file, and { "skipped": … } per skipped path',
      '  --profile P.json      municipal profile (default Zoetermeer)',
      '  --today YYYY-MM-DD    today’s date for ‘is in the past’ (default: today)',
    ].join('\n'),
    unsupported: (file) => `annotatie: ‘${file}’ is not a .docx, .pdf or .txt file; only those can be imported.`,
    outOrOutDir: 'annotatie: choose --out (one document) or --out-dir (a folder), not both.',
    outWithFolder: (path) => `annotatie: ‘${path}’ is a folder and --out names one document; use --out-dir OUTDIR to write a document for every file.`,
    outDirInside: (outDir, path) => `annotatie: --out-dir ‘${outDir}’ lies inside ‘${path}’, the folder being imported; choose a folder outside it, or import reads its own output back in.`,
    progress: (done, total, complete) => `importing ${done}/${total}${complete ? '' : '…'}`,
    total: ({ files, clean, withErrors, unreadable }) =>
      `${plural(files, 'file', 'files')} imported: ${clean} recognised without errors, ${withErrors} recognised with errors, ${unreadable} failed.`,
    skippedSummary: (otherFiles, lockFiles) =>
      `annotatie: skipped ${[
        ...(otherFiles > 0 ? [`${plural(otherFiles, 'file that is', 'files that are')} not .docx, .pdf or .txt`] : []),
        ...(lockFiles > 0 ? [`${plural(lockFiles, 'Word lock file', 'Word lock files')} (~$…)`] : []),
      ].join(' and ')}; --json lists each of them.`,
    noneFound: (path) => `annotatie: there are no .docx, .pdf or .txt files in ‘${path}’.`,
    unexpected: (file, reason) => `annotatie: ‘${file}’ could not be imported because of an unexpected error: ${reason}`,
    alreadyStructured: (file) => `annotatie: ‘${file}’ already holds a structured annotatie; use annotatie check or annotatie export.`,
    noAnnotatie: (file) => `annotatie: no annotatie recognised in ‘${file}’ (fewer than three fields found).`,
    notText: (file) => `annotatie: ‘${file}’ is not a text file.`,
    unreadable: (file, reason) => `annotatie: cannot read ‘${file}’: ${reason}.`,
    header: (file, found, total, toCheck) =>
      `${file}: ${found} of ${total} fields recognised${toCheck > 0 ? `, ${toCheck} to check (marked ?)` : ''}.`,
    toCheck: 'check',
    unrecognised: (count) => `Not recognised (${plural(count, 'line', 'lines')}, put in no field):`,
    truncated: (read, total) => `Only the first ${read} of ${total} pages were read.`,
    doubts: {
      label_fuzzy: 'the label was damaged',
      label_inferred: 'the label was unreadable; inferred from its place',
      by_position: 'placed by its order in a flattened table',
      split_uncertain: 'the line holding several values was split with little evidence',
      missing_in_row: 'the row had fewer values than columns',
      shape: 'the value does not look like what this field expects',
      no_label: 'found without a label of its own',
      duplicate: 'the field appeared twice',
      joined: 'joined from several lines',
    },
  },
};
