import type { Language } from '../domain/fields';

/**
 * The task pane's own words (field labels come from the field table, finding messages from the
 * domain's locale maps). Dutch is the product language; English is for an Office whose display
 * language is English. Both maps have the same keys: the type makes a missing one a compile error.
 */
const NL = {
  appTitle: 'Annotatie raadsvoorstel',
  loading: 'Annotatie lezen uit het document…',
  readFailed: 'De annotatie kon niet worden gelezen.',
  tryAgain: 'Opnieuw proberen',
  repair: 'Velden herstellen en opslaan',
  noAnnotatieTitle: 'Dit document heeft nog geen annotatie',
  noAnnotatieBody:
    'Voeg de gestructureerde annotatie in op de plek van de cursor. Daarna vult u de velden hier in.',
  insert: 'Annotatie invoegen',
  inserting: 'Bezig met invoegen…',
  insertFailed: 'De annotatie kon niet worden ingevoegd.',
  save: 'Opslaan in document',
  saving: 'Bezig met opslaan…',
  nothingToSave: 'Er zijn geen wijzigingen om op te slaan.',
  savedOne: '1 veld opgeslagen in het document.',
  savedMany: '{count} velden opgeslagen in het document.',
  saveFailedTitle: 'Niet alles is opgeslagen',
  saveFailedBody: 'Niet in het document geschreven: {fields}.',
  draftKept: 'Uw invoer blijft bewaard in dit venster.',
  summaryOk: 'Geen problemen gevonden.',
  summaryTitle: 'Controle',
  errorsOne: '1 fout',
  errorsMany: '{count} fouten',
  warningsOne: '1 waarschuwing',
  warningsMany: '{count} waarschuwingen',
  problemsOne: '1 probleem',
  problemsMany: '{count} problemen',
  annotatieWide: 'Hele annotatie',
  goToField: 'Ga naar {label}',
  applySuggestion: 'Wijzig in {suggestion}',
  nvt: 'n.v.t.',
  openList: 'Keuzelijst openen',
  noMatchingChoice: 'Geen keuze in de lijst past: uw eigen tekst blijft staan',
  nvtFor: '{label}: n.v.t.',
  pickDate: 'Kies een datum voor {label}',
  namesHint: 'Eén naam per regel.',
  optionsFor: 'Suggesties voor {label}',
  unsavedChanges: 'Niet-opgeslagen wijzigingen: {count}',
} as const;

export type StringKey = keyof typeof NL;

/** Every key, for the test that holds both languages to the same placeholders. */
export const STRING_KEYS = Object.keys(NL) as readonly StringKey[];

const EN: Readonly<Record<StringKey, string>> = {
  appTitle: 'Council proposal annotation',
  loading: 'Reading the annotation from the document…',
  readFailed: 'The annotation could not be read.',
  tryAgain: 'Try again',
  repair: 'Restore fields and save',
  noAnnotatieTitle: 'This document has no annotation yet',
  noAnnotatieBody: 'Insert the structured annotation at the cursor. Then fill in the fields here.',
  insert: 'Insert annotation',
  inserting: 'Inserting…',
  insertFailed: 'The annotation could not be inserted.',
  save: 'Save to document',
  saving: 'Saving…',
  nothingToSave: 'There are no changes to save.',
  savedOne: '1 field saved to the document.',
  savedMany: '{count} fields saved to the document.',
  saveFailedTitle: 'Not everything was saved',
  saveFailedBody: 'Not written to the document: {fields}.',
  draftKept: 'Your input is kept in this pane.',
  summaryOk: 'No problems found.',
  summaryTitle: 'Check',
  errorsOne: '1 error',
  errorsMany: '{count} errors',
  warningsOne: '1 warning',
  warningsMany: '{count} warnings',
  problemsOne: '1 problem',
  problemsMany: '{count} problems',
  annotatieWide: 'Whole annotation',
  goToField: 'Go to {label}',
  applySuggestion: 'Change to {suggestion}',
  nvt: 'n/a',
  openList: 'Open list',
  noMatchingChoice: 'No choice in the list matches: your own text stays',
  nvtFor: '{label}: n/a',
  pickDate: 'Pick a date for {label}',
  namesHint: 'One name per line.',
  optionsFor: 'Suggestions for {label}',
  unsavedChanges: 'Unsaved changes: {count}',
};

const STRINGS: Readonly<Record<Language, Readonly<Record<StringKey, string>>>> = { nl: NL, en: EN };

export type TextParams = Readonly<Record<string, string | number>>;

/** `{name}` placeholders filled from `params` (one mechanism for every map of the pane's words). */
export function fill(text: string, params: TextParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The text of `key` in `language`, with `{name}` placeholders filled from `params`. */
export function t(language: Language, key: StringKey, params: TextParams = {}): string {
  return fill(STRINGS[language][key], params);
}

/** "1 fout" / "3 fouten": picks the singular or plural key. */
export function countText(language: Language, one: StringKey, many: StringKey, count: number): string {
  return count === 1 ? t(language, one) : t(language, many, { count });
}

/**
 * The UI language from Office's display language (a BCP 47 tag such as "nl-NL" or "en-US"):
 * English only when Office is in English, Dutch for everything else because the documents,
 * the labels in them and the users are Dutch.
 */
export function languageFromDisplayLanguage(tag: string | undefined): Language {
  return tag !== undefined && /^en\b/i.test(tag) ? 'en' : 'nl';
}

/** Dutch and English names of months and days for the calendar (week starts on Monday there). */
export const CALENDAR_NAMES: Readonly<
  Record<Language, { readonly months: readonly string[]; readonly shortMonths: readonly string[]; readonly days: readonly string[]; readonly shortDays: readonly string[]; readonly goToToday: string; readonly prevMonth: string; readonly nextMonth: string; readonly prevYear: string; readonly nextYear: string; readonly close: string }>
> = {
  nl: {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    shortMonths: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    shortDays: ['Z', 'M', 'D', 'W', 'D', 'V', 'Z'],
    goToToday: 'Naar vandaag',
    prevMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    prevYear: 'Vorig jaar',
    nextYear: 'Volgend jaar',
    close: 'Sluiten',
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
    goToToday: 'Go to today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    close: 'Close',
  },
};
