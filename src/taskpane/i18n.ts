import type { Language } from '../domain/fields';
import { format, type MessageSet, type TextParams } from '../domain/i18n';

export type { TextParams } from '../domain/i18n';

/**
 * The task pane's own words (field labels come from the field table, finding messages from the
 * domain's locale maps), a message set of the one mechanism (src/domain/i18n). Dutch is the
 * product language; English is for an Office whose display language is English. Both maps have
 * the same keys (the type makes a missing one a compile error) and the same placeholders
 * (test/i18n/message-sets.test.ts).
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
  // Converting an annotatie written before the add-in (LegacyConversion).
  legacyFoundTitle: 'Dit document lijkt een annotatie in de oude vorm te bevatten',
  legacyFoundBody:
    'Er zijn {count} velden in de tekst herkend. Zet ze om naar de gestructureerde annotatie; u controleert de waarden eerst. De oude tekst blijft staan tot u die apart verwijdert.',
  legacyConvert: 'Omzetten naar gestructureerde annotatie',
  legacyReviewTitle: 'Herkende waarden controleren',
  legacyReviewBody:
    'Verbeter wat niet klopt. Velden met een waarschuwing zijn met lage zekerheid herkend ({count}). Er wordt nog niets in het document gewijzigd.',
  legacyLowConfidence: 'Controleer: herkend met lage zekerheid.',
  legacyUnrecognisedTitle: 'Tekst die bij geen veld hoort ({count} regels)',
  legacyUnrecognisedBody: 'Deze tekst komt niet in de annotatie en blijft in de oude tekst staan.',
  legacyInsert: 'Gestructureerde annotatie invoegen',
  legacyInserting: 'Bezig met invoegen…',
  legacyCancel: 'Annuleren',
  legacyInsertFailed: 'De gestructureerde annotatie kon niet worden ingevoegd. Uw waarden staan nog hier.',
  legacyInsertedTitle: 'De gestructureerde annotatie staat bovenaan het document',
  legacyRemoveBody:
    'De oude tekst staat er nog ({count} alinea’s, van “{first}” tot “{last}”). Wilt u die nu verwijderen? Alleen die alinea’s worden verwijderd, en alleen als ze sinds het lezen niet zijn gewijzigd.',
  legacyRemoveTracked: 'Wijzigingen bijhouden staat aan: de verwijdering wordt bijgehouden en kan in Word worden geweigerd.',
  legacyRemoveUntracked: 'Wijzigingen bijhouden staat uit: de verwijdering is met Ongedaan maken in Word terug te draaien.',
  legacyRemove: 'Oude tekst verwijderen',
  legacyRemoving: 'Bezig met verwijderen…',
  legacyKeep: 'Oude tekst laten staan',
  legacyRemoved: 'De oude tekst is verwijderd ({count} alinea’s).',
  legacyRemovedTracked: 'De oude tekst is als bijgehouden wijziging verwijderd ({count} alinea’s).',
  legacyChanged: 'De oude tekst is gewijzigd sinds hij werd gelezen. Er is niets verwijderd; verwijder hem zo nodig zelf in Word.',
  legacyRemoveFailed: 'De oude tekst kon niet worden verwijderd.',
  legacyToForm: 'Naar het formulier',
  legacyReadFailed: 'De tekst van het document kon niet worden gelezen om een oude annotatie te zoeken.',
  calendarRefused: 'De vergaderkalender ‘{name}’ staat niet op de site van de invoegtoepassing.',
  calendarUnreachable: 'De vergaderkalender ‘{name}’ kon niet worden opgehaald{status}.',
  calendarInvalid: 'De vergaderkalender ‘{name}’ is niet te gebruiken: {reason}.',
  calendarFallback: 'De planning wordt daarom alleen op de vaste vergaderdag gecontroleerd. Blijft dit zo, meld het dan aan de functioneel beheerder.',
  meetingDay: 'vergaderdag {label}',
  pendingOne: '1 veld nog in te vullen',
  pendingMany: '{count} velden nog in te vullen',
  appliedOnSave: 'Bij opslaan wordt dit ‘{suggestion}’ (huisstijl).',
  savedShortOne: '1 veld opgeslagen',
  savedShortMany: '{count} velden opgeslagen',
  errorsLeftOne: '1 fout nog op te lossen',
  errorsLeftMany: '{count} fouten nog op te lossen',
  saveFailedNamed: 'Niet opgeslagen: {fields}',
  inputKept: 'Uw invoer blijft bewaard.',
  retryWithSave: 'Uw invoer blijft bewaard; probeer het opnieuw met Opslaan in document.',
  draftRestoredTitle: 'Niet-opgeslagen invoer teruggezet',
  draftRestoredBody: 'Van een eerdere keer; nog niet in het document:',
  discard: 'Verwerpen',
  discardFor: 'Wijziging in {label} verwerpen',
  discardAll: 'Alles verwerpen',
  saveShortcut: 'Opslaan in document ({keys})',
  shortcutHint: '{keys} slaat op',
  planningHint: 'Een datum, of n.v.t. als deze fase niet voorkomt.',
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
  legacyFoundTitle: 'This document seems to hold an annotation in the old form',
  legacyFoundBody:
    '{count} fields were recognised in the text. Convert them to the structured annotation; you check the values first. The old text stays until you remove it separately.',
  legacyConvert: 'Convert to structured annotation',
  legacyReviewTitle: 'Check the recognised values',
  legacyReviewBody:
    'Correct what is wrong. Fields with a warning were recognised with low confidence ({count}). Nothing in the document is changed yet.',
  legacyLowConfidence: 'Check: recognised with low confidence.',
  legacyUnrecognisedTitle: 'Text that belongs to no field ({count} lines)',
  legacyUnrecognisedBody: 'This text does not go into the annotation and stays in the old text.',
  legacyInsert: 'Insert structured annotation',
  legacyInserting: 'Inserting…',
  legacyCancel: 'Cancel',
  legacyInsertFailed: 'The structured annotation could not be inserted. Your values are still here.',
  legacyInsertedTitle: 'The structured annotation is at the top of the document',
  legacyRemoveBody:
    'The old text is still there ({count} paragraphs, from “{first}” to “{last}”). Remove it now? Only those paragraphs are removed, and only if they have not changed since they were read.',
  legacyRemoveTracked: 'Track changes is on: the removal is tracked and can be rejected in Word.',
  legacyRemoveUntracked: 'Track changes is off: the removal can be reverted with Undo in Word.',
  legacyRemove: 'Remove old text',
  legacyRemoving: 'Removing…',
  legacyKeep: 'Keep old text',
  legacyRemoved: 'The old text was removed ({count} paragraphs).',
  legacyRemovedTracked: 'The old text was removed as a tracked change ({count} paragraphs).',
  legacyChanged: 'The old text has changed since it was read. Nothing was removed; remove it yourself in Word if needed.',
  legacyRemoveFailed: 'The old text could not be removed.',
  legacyToForm: 'Go to the form',
  legacyReadFailed: 'The document’s text could not be read to look for an old annotation.',
  calendarRefused: 'The meeting calendar ‘{name}’ is not on the add-in’s site.',
  calendarUnreachable: 'The meeting calendar ‘{name}’ could not be fetched{status}.',
  calendarInvalid: 'The meeting calendar ‘{name}’ cannot be used: {reason}.',
  calendarFallback: 'So the planning is checked against the regular meeting day only. If this persists, tell the application manager.',
  meetingDay: 'meeting day for {label}',
  pendingOne: '1 field still to fill in',
  pendingMany: '{count} fields still to fill in',
  appliedOnSave: 'Saving writes this as ‘{suggestion}’ (house style).',
  savedShortOne: '1 field saved',
  savedShortMany: '{count} fields saved',
  errorsLeftOne: '1 error still to fix',
  errorsLeftMany: '{count} errors still to fix',
  saveFailedNamed: 'Not saved: {fields}',
  inputKept: 'Your input is kept.',
  retryWithSave: 'Your input is kept; try again with Save to document.',
  draftRestoredTitle: 'Unsaved input restored',
  draftRestoredBody: 'From an earlier session; not in the document yet:',
  discard: 'Discard',
  discardFor: 'Discard the change to {label}',
  discardAll: 'Discard all',
  saveShortcut: 'Save to document ({keys})',
  shortcutHint: '{keys} saves',
  planningHint: 'A date, or n.v.t. (not applicable) if this phase does not occur.',
};

export const PANE_TEXTS: MessageSet<StringKey> = { nl: NL, en: EN };

/** The text of `key` in `language`, with `{name}` placeholders filled from `params`. */
export function t(language: Language, key: StringKey, params: TextParams = {}): string {
  return format(PANE_TEXTS[language][key], params);
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
