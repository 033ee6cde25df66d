import type { Doubt, Language } from '../../domain';

/** The texts of `annotatie import`, Dutch and English (the domain's finding texts are its own). */
export interface ImportTexts {
  readonly usage: string;
  readonly unsupported: (file: string) => string;
  readonly folderLater: (path: string) => string;
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
      'Gebruik: annotatie import OUD.docx|OUD.pdf|OUD.txt [--out NIEUW.docx] [--force] [--json] [--profile P.json]',
      '',
      'Herkent de velden van een annotatie van vóór de invoegtoepassing: een Word-document van het oude',
      'sjabloon, een PDF uit het raadsinformatiesysteem of tekst die uit een PDF is gekopieerd. Waarden',
      'worden overgenomen zoals ze er staan; de controle meldt daarna wat er niet klopt. Tekst die bij',
      'geen veld hoort, wordt getoond als ‘niet herkend’, nooit weggelaten.',
      '  --out NIEUW.docx   schrijf de herkende waarden als gestructureerde annotatie',
      '  --force            overschrijf NIEUW.docx als het al bestaat',
      '  --json             één JSON-document op stdout: { "file", "values", "confidence", "doubts",',
      '                     "unrecognised", "findings" }',
      '  --profile P.json   gemeenteprofiel (standaard Zoetermeer)',
    ].join('\n'),
    unsupported: (file) => `annotatie: ‘${file}’ is geen .docx, .pdf of .txt; alleen die kunnen worden ingelezen.`,
    folderLater: (path) => `annotatie: ‘${path}’ is een map; import leest nu één bestand tegelijk.`,
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
      'Usage: annotatie import OLD.docx|OLD.pdf|OLD.txt [--out NEW.docx] [--force] [--json] [--profile P.json]',
      '',
      'Recognises the fields of an annotatie written before the add-in: a Word document of the old',
      'template, a PDF from the council information system, or text copied out of a PDF. Values are',
      'taken as written; validation then reports what is wrong with them. Text that belongs to no',
      'field is shown as "not recognised", never left out.',
      '  --out NEW.docx     write the recognised values as a structured annotatie',
      '  --force            overwrite NEW.docx if it exists',
      '  --json             one JSON document on stdout: { "file", "values", "confidence", "doubts",',
      '                     "unrecognised", "findings" }',
      '  --profile P.json   municipal profile (default Zoetermeer)',
    ].join('\n'),
    unsupported: (file) => `annotatie: ‘${file}’ is not a .docx, .pdf or .txt file; only those can be imported.`,
    folderLater: (path) => `annotatie: ‘${path}’ is a folder; import reads one file at a time for now.`,
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
