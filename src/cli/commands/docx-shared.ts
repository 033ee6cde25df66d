import { join } from 'node:path';
import type { Finding, Language, Profile } from '../../domain';
import { validate } from '../../domain';
import { docxErrorMessage, readDocx } from '../../document/ooxml';
import type { AnnotatieRead, DocxError } from '../../document/ooxml';
import type { CliIo } from '../io';
import { readBytes } from '../files';

/**
 * What `check` and `export` share: reading a .docx from disk into the annotatie or one clear
 * line saying why not, finding .docx files in directories, and the texts for those.
 */
export interface DocxTexts {
  readonly noAnnotatie: (file: string) => string;
  readonly unreadable: (file: string, reason: string) => string;
  readonly noDocxFound: (path: string) => string;
  readonly trackedChange: (type: 'insert' | 'delete', author: string, date: string | null, label: string, text: string) => string;
  readonly editedOutsidePane: (labels: string) => string;
  readonly fileHeader: (file: string) => string;
  readonly total: (counts: { readonly files: number; readonly clean: number; readonly withErrors: number; readonly unreadable: number }) => string;
  readonly progress: (done: number, total: number) => string;
  readonly written: (file: string, filled: number, total: number) => string;
  readonly exists: (file: string) => string;
  readonly notDocxName: (file: string) => string;
  readonly cannotWrite: (file: string, reason: string) => string;
  readonly newUsage: string;
  readonly checkUsage: string;
  readonly exportUsage: string;
  readonly oneFormat: string;
  readonly empty: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

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
    progress: (done, total) => `controleren ${done}/${total}`,
    written: (file, filled, total) => `${file} geschreven: ${filled} van ${total} velden ingevuld.`,
    notDocxName: (file) => `annotatie: ‘${file}’ is geen .docx-naam; Word herkent het document alleen aan de extensie .docx.`,
    exists: (file) => `annotatie: ‘${file}’ bestaat al; kies een andere naam of gebruik --force om het te overschrijven.`,
    cannotWrite: (file, reason) => `annotatie: kan ‘${file}’ niet schrijven (${reason}).`,
    newUsage: [
      'Gebruik: annotatie new UIT.docx [--from WAARDEN.json] [--profile P.json] [--force] [--json]',
      '',
      'Schrijft een nieuw Word-document met de gestructureerde annotatie (elk veld een',
      'inhoudsbesturingselement), ingevuld met de waarden uit WAARDEN.json in huisstijl.',
      '  --from WAARDEN.json   waarden (plat object, of de uitvoer van annotatie export --json)',
      '  --profile P.json      gemeenteprofiel voor de huisstijl (standaard Zoetermeer)',
      '  --force               overschrijf UIT.docx als het al bestaat',
      '  --json                één JSON-document op stdout: { "file", "findings": [ … ] }',
    ].join('\n'),
    checkUsage: [
      'Gebruik: annotatie check BESTAND.docx|MAP … [--json] [--profile P.json]',
      '',
      'Controleert de annotatie in documenten; mappen worden doorzocht op .docx-bestanden',
      '(Word-vergrendelingsbestanden ~$… worden overgeslagen). Waarden zijn de huidige tekst, alsof',
      'alle bijgehouden wijzigingen zijn geaccepteerd; de wijzigingen zelf worden per veld getoond.',
      '  --json             één JSON-document op stdout: { "reports": [ … ] }',
      '  --profile P.json   gemeenteprofiel (standaard Zoetermeer)',
    ].join('\n'),
    exportUsage: [
      'Gebruik: annotatie export BESTAND.docx … [--json|--csv] [--profile P.json]',
      '',
      'Geeft de waarden van de annotatie, getypeerd: datums als ISO 8601, telefoonnummers als E.164,',
      'mede-portefeuillehouders als lijst, lege velden als null.',
      '  --json   één JSON-document op stdout',
      '  --csv    CSV (RFC 4180): één kolom per veld, één regel per document',
      '',
      'In CSV krijgt een cel die met = + - @ begint een \' ervoor, zodat een spreadsheet hem als',
      'tekst toont en nooit als formule uitvoert. Telefoonnummers staan er dus als \'+31793468000:',
      'tekst, met de + erin; haal de \' weg als u ze elders als nummer inleest.',
    ].join('\n'),
    oneFormat: 'annotatie: kies --json of --csv, niet allebei.',
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
    progress: (done, total) => `checking ${done}/${total}`,
    written: (file, filled, total) => `${file} written: ${filled} of ${total} fields filled in.`,
    notDocxName: (file) => `annotatie: ‘${file}’ is not a .docx name; Word only recognises the document by its .docx extension.`,
    exists: (file) => `annotatie: ‘${file}’ already exists; choose another name or use --force to overwrite it.`,
    cannotWrite: (file, reason) => `annotatie: cannot write ‘${file}’ (${reason}).`,
    newUsage: [
      'Usage: annotatie new OUT.docx [--from VALUES.json] [--profile P.json] [--force] [--json]',
      '',
      'Writes a new Word document holding the structured annotatie (every field a content',
      'control), filled in with the values from VALUES.json in house style.',
      '  --from VALUES.json   values (a flat object, or the output of annotatie export --json)',
      '  --profile P.json     municipal profile for the house style (default Zoetermeer)',
      '  --force              overwrite OUT.docx if it exists',
      '  --json               one JSON document on stdout: { "file", "findings": [ … ] }',
    ].join('\n'),
    checkUsage: [
      'Usage: annotatie check FILE.docx|DIR … [--json] [--profile P.json]',
      '',
      'Checks the annotatie in documents; directories are searched for .docx files (Word lock',
      'files ~$… are skipped). Values are the current text, as if every tracked change were',
      'accepted; the changes themselves are listed per field.',
      '  --json             one JSON document on stdout: { "reports": [ … ] }',
      '  --profile P.json   municipal profile (default Zoetermeer)',
    ].join('\n'),
    exportUsage: [
      'Usage: annotatie export FILE.docx … [--json|--csv] [--profile P.json]',
      '',
      'Prints the values of the annotatie, typed: dates as ISO 8601, phone numbers as E.164,',
      'mede-portefeuillehouders as a list, empty fields as null.',
      '  --json   one JSON document on stdout',
      '  --csv    CSV (RFC 4180): one column per field, one row per document',
      '',
      'In CSV a cell starting with = + - @ gets a \' in front, so a spreadsheet shows it as text',
      'and never runs it as a formula. Phone numbers therefore read \'+31793468000: text, with the',
      '+ kept; strip the \' if you read them elsewhere as numbers.',
    ].join('\n'),
    oneFormat: 'annotatie: choose --json or --csv, not both.',
    empty: '(empty)',
  },
};

export type DocumentOutcome =
  | { readonly status: 'annotatie'; readonly read: AnnotatieRead; readonly findings: readonly Finding[] }
  | { readonly status: 'no-annotatie'; readonly message: string }
  | { readonly status: 'unreadable'; readonly message: string; readonly code: string; readonly error?: DocxError };

/**
 * Reads and checks one document: the document findings (control_missing/duplicate) plus the
 * domain's validation of the values. A field whose control is missing gets control_missing
 * only, not also `required`: one cause, one finding.
 */
export async function checkDocument(io: CliIo, file: string, profile: Profile, lang: Language): Promise<DocumentOutcome> {
  const texts = DOCX_TEXTS[lang];
  const bytes = await readBytes(io, file, lang);
  if (!bytes.ok) return { status: 'unreadable', message: bytes.message, code: bytes.code };
  const read = readDocx(bytes.value);
  if (read.status === 'unreadable') return { status: 'unreadable', message: texts.unreadable(file, docxErrorMessage(read.error, lang)), code: read.error.kind, error: read.error };
  if (read.status === 'no-annotatie') return { status: 'no-annotatie', message: texts.noAnnotatie(file) };
  const missing = new Set(read.findings.filter((finding) => finding.code === 'control_missing').map((finding) => finding.field));
  const findings = [...read.findings, ...validate(read.values, profile).filter((finding) => !(finding.code === 'required' && missing.has(finding.field)))];
  return { status: 'annotatie', read, findings };
}

/** Word's owner/lock files (`~$name.docx`) are not documents. */
function isDocx(name: string): boolean {
  return /\.docx$/i.test(name) && !name.startsWith('~$');
}

/** A backstop for absurdly deep trees (links are followed once, see collectDocx); real archives are nowhere near this deep. */
const MAX_DEPTH = 32;

/**
 * The .docx files under the given paths, in a stable order: files as given, directories
 * recursively (sorted). Paths that do not exist are returned too, so the caller reports them.
 */
export async function collectDocx(io: CliIo, paths: readonly string[]): Promise<{ readonly files: readonly string[]; readonly emptyDirs: readonly string[] }> {
  const files: string[] = [];
  const emptyDirs: string[] = [];
  // Real paths of the folders walked so far: a symlinked folder that leads back to one (a loop,
  // or a second way into the same archive) is walked only once.
  const visited = new Set<string>();
  const firstVisit = async (dir: string): Promise<boolean> => {
    let real = dir;
    try {
      real = io.realPath ? await io.realPath(dir) : dir;
    } catch {
      return false; // vanished or unreadable while we walk: nothing to check there
    }
    if (visited.has(real)) return false;
    visited.add(real);
    return true;
  };
  const walk = async (dir: string, depth: number): Promise<number> => {
    let found = 0;
    if (!(await firstVisit(dir))) return 0;
    const names = [...(await io.listDirectory(dir))].sort();
    for (const name of names) {
      const path = join(dir, name);
      let directory = false;
      try {
        directory = await io.isDirectory(path);
      } catch {
        continue; // a dangling link or a file removed while we walk: nothing to check
      }
      if (directory) {
        if (depth < MAX_DEPTH) found += await walk(path, depth + 1);
      } else if (isDocx(name)) {
        files.push(path);
        found += 1;
      }
    }
    return found;
  };
  for (const path of paths) {
    let directory = false;
    try {
      directory = await io.isDirectory(path);
    } catch {
      directory = false;
    }
    if (directory) {
      const walkedBefore = visited.size;
      // A folder given twice (or inside another given folder) is not "empty" the second time.
      if ((await walk(path, 0)) === 0 && visited.size > walkedBefore) emptyDirs.push(path);
    } else files.push(path);
  }
  return { files, emptyDirs };
}
