import type { Language } from '../domain/fields';
import { format, type MessageSet } from '../domain/i18n';
import { t as paneText, type StringKey, type TextParams } from './i18n';

/**
 * The words of the tabs and the Controle tab, nl and en, keyed like the rest of the pane's
 * (i18n.ts), a message set of the one mechanism (src/domain/i18n), read through the same `t`. A module of their own only so they load with the
 * tabs' lazy chunk: in i18n.ts they added about 4 KB gzip to the pane's initial JS, which must
 * not grow. Both maps
 * have the same keys (the type makes a missing one a compile error) and the same placeholders
 * (test/taskpane/i18n.test.ts).
 */
const NL = {
  // The tabs
  tabsLabel: 'Onderdelen van het taakvenster',
  tabForm: 'Invullen',
  tabReview: 'Controle',
  reviewLoading: 'Controle laden uit het document…',
  reviewFailed: 'De controle kon niet worden geladen.',
  chunkFailed: 'Dit onderdeel van het taakvenster kon niet worden geladen. Sluit het taakvenster en open het opnieuw.',
  reviewRefresh: 'Vernieuwen',
  reviewUpdatedAt: 'Bijgewerkt om {time}',
  trackingOn: 'Wijzigingen bijhouden staat aan.',
  trackingOff: 'Wijzigingen bijhouden staat uit.',
  reviewUnsaved: 'Niet-opgeslagen wijzigingen in het taakvenster: {count}. Deze controle gaat over wat in het document staat.',
  sectionFindings: 'Bevindingen',
  sectionChanges: 'Bijgehouden wijzigingen',
  sectionOutside: 'Buiten het taakvenster gewijzigd',
  sectionHandOff: 'Doorgeven aan het RIS',
  findingsNone: 'Geen bevindingen: de annotatie is in orde.',
  severityError: 'Fout',
  severityWarning: 'Waarschuwing',
  severityInfo: 'Tip',
  infoOne: '1 tip',
  infoMany: '{count} tips',
  selectField: '{label} selecteren in het document',
  selectFailed: '{label} kon niet worden geselecteerd.',
  fixSaved: '{label} is gewijzigd in het document.',
  fixFailed: '{label} is niet gewijzigd.',
  changesNone: 'Geen wijzigingen: in de velden staan geen bijgehouden wijzigingen open.',
  changesOne: '1 wijziging',
  changesMany: '{count} wijzigingen',
  fieldsOne: '1 veld',
  fieldsMany: '{count} velden',
  changeInserted: 'Ingevoegd',
  changeDeleted: 'Verwijderd',
  changeInsertedLower: 'ingevoegd',
  changeDeletedLower: 'verwijderd',
  changeTextUnknown: '(tekst niet bekend)',
  unknownAuthor: 'Onbekende auteur',
  unknownDate: 'datum onbekend',
  dateTime: '{day}-{month}-{year} {hours}:{minutes}',
  changeDescription: '{type} “{text}” door {author}',
  accept: 'Accepteren',
  reject: 'Weigeren',
  acceptChange: 'Accepteren: {change}',
  rejectChange: 'Weigeren: {change}',
  acceptEverything: 'Alles accepteren',
  rejectEverything: 'Alles weigeren',
  acceptField: 'Alles accepteren in {label}',
  rejectField: 'Alles weigeren in {label}',
  acceptAuthor: 'Accepteren: alle wijzigingen van {author}',
  rejectAuthor: 'Weigeren: alle wijzigingen van {author}',
  acceptAuthorInField: 'Accepteren: de wijzigingen van {author} in {label}',
  rejectAuthorInField: 'Weigeren: de wijzigingen van {author} in {label}',
  acceptAll: 'Alle wijzigingen accepteren',
  rejectAll: 'Alle wijzigingen weigeren',
  byField: 'Per veld',
  byAuthor: 'Per auteur',
  authorSummary: '{changes} in {fields}, laatst op {date}',
  locked: 'Vergrendeld',
  lockedExplain:
    'Dit veld is in Word vergrendeld (de inhoud kan niet worden bewerkt), dus Word accepteert of weigert er geen wijzigingen in. Hef de vergrendeling op in de eigenschappen van het veld in Word en kies Vernieuwen.',
  working: 'Bezig…',
  acceptedOne: '1 wijziging geaccepteerd.',
  acceptedMany: '{count} wijzigingen geaccepteerd.',
  rejectedOne: '1 wijziging geweigerd.',
  rejectedMany: '{count} wijzigingen geweigerd.',
  noneAccepted: 'Er is niets geaccepteerd.',
  noneRejected: 'Er is niets geweigerd.',
  notDoneLocked: 'Niet gedaan in {fields}: vergrendeld in Word.',
  notDoneChanged: 'Niet gedaan in {fields}: de wijzigingen daar zijn intussen veranderd, door een medeauteur of door Word zelf. Bekijk ze hieronder opnieuw.',
  notDoneMissing: 'Niet gedaan in {fields}: het veld staat niet meer in het document.',
  notDoneRefused: 'Niet gedaan in {fields}: Word weigerde. {reason}',
  unexpectedAccepted: 'Ook geaccepteerd, omdat ze er intussen bij waren gekomen: {changes}.',
  unexpectedRejected: 'Ook geweigerd, omdat ze er intussen bij waren gekomen: {changes}.',
  noChangeApi:
    'Deze versie van Word kan bijgehouden wijzigingen niet per stuk tonen, accepteren of weigeren (daarvoor is WordApi 1.6 nodig). Hieronder staat per veld de oorspronkelijke tekst naast de huidige; accepteren of weigeren doet u in Word zelf, op het tabblad Controleren.',
  noReviewApi:
    'Deze versie van Word kan bijgehouden wijzigingen niet tonen (daarvoor is WordApi 1.4 nodig). Hieronder staan alleen de huidige waarden van de velden.',
  valuesInexact: 'Staan er wijzigingen open, dan kan deze tekst ook verwijderde tekst bevatten.',
  originalText: 'Oorspronkelijk',
  currentText: 'Nu',
  noDifferences: 'In geen enkel veld verschilt de oorspronkelijke tekst van de huidige.',
  emptyValue: '(leeg)',
  outsideNone: 'Geen velden in Word zelf gewijzigd sinds de invoegtoepassing ze schreef ({date}).',
  outsideNoSnapshot: 'De invoegtoepassing heeft nog niets in dit document opgeslagen. Daarna ziet u hier welke velden in Word zelf zijn gewijzigd.',
  outsideNotSupported:
    'Deze versie van Word kan niet bewaren wat de invoegtoepassing schreef (daarvoor is WordApi 1.4 nodig), dus wijzigingen buiten het taakvenster zijn niet te zien.',
  outsideIntro: 'Deze velden zijn in Word zelf gewijzigd, door u of een medeauteur, nadat de invoegtoepassing ze schreef ({date}):',
  outsideWritten: 'Laatst geschreven door de invoegtoepassing',
  outsideNow: 'Nu in het document',
  adviesIntro: 'De griffie vult het advies van de commissie in na de commissievergadering.',
  adviesSave: 'Advies opslaan in document',
  adviesSaved: 'Het advies staat in het document.',
  adviesNothing: 'Het advies is niet gewijzigd.',
  adviesFailed: 'Het advies is niet opgeslagen.',
  handOffIntro: 'De getypeerde waarden van dit document voor het raadsinformatiesysteem, precies zoals annotatie export ze geeft.',
  copyJson: 'JSON kopiëren',
  copyCsv: 'CSV kopiëren',
  downloadJson: 'JSON downloaden',
  downloadCsv: 'CSV downloaden',
  download: 'Downloaden',
  copied: '{format} staat op het klembord.',
  copyFailed: 'Kopiëren naar het klembord lukte niet. Selecteer de tekst hieronder en kopieer hem met Ctrl+C (Cmd+C op een Mac).',
  copyBox: '{format} voor het RIS',
  downloading: '{file} wordt gedownload.',
  handOffErrors: 'Let op: de annotatie heeft nog {errors}. Het RIS krijgt de waarden zoals ze in het document staan.',
  handOffPending: 'Nog niet geaccepteerd of geweigerd: {changes}. De export neemt de tekst zoals die wordt als alles is geaccepteerd, net als annotatie export.',
  handOffUnsaved: 'Wat in het taakvenster nog niet is opgeslagen, zit er niet in.',
  handOffPreparing: 'Export voorbereiden…',
  handOffFailed: 'De export kon niet worden gemaakt.',

} as const;

export type ReviewStringKey = keyof typeof NL;

/** Every key, for the test that holds both languages to the same placeholders. */
export const REVIEW_STRING_KEYS = Object.keys(NL) as readonly ReviewStringKey[];

const EN: Readonly<Record<ReviewStringKey, string>> = {
  tabsLabel: 'Parts of the task pane',
  tabForm: 'Fill in',
  tabReview: 'Review',
  reviewLoading: 'Loading the review from the document…',
  reviewFailed: 'The review could not be loaded.',
  chunkFailed: 'This part of the task pane could not be loaded. Close the task pane and open it again.',
  reviewRefresh: 'Refresh',
  reviewUpdatedAt: 'Updated at {time}',
  trackingOn: 'Track changes is on.',
  trackingOff: 'Track changes is off.',
  reviewUnsaved: 'Unsaved changes in the task pane: {count}. This review is about what is in the document.',
  sectionFindings: 'Findings',
  sectionChanges: 'Tracked changes',
  sectionOutside: 'Changed outside the pane',
  sectionHandOff: 'Hand-off to the RIS',
  findingsNone: 'No findings: the annotation is in order.',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Tip',
  infoOne: '1 tip',
  infoMany: '{count} tips',
  selectField: 'Select {label} in the document',
  selectFailed: '{label} could not be selected.',
  fixSaved: '{label} has been changed in the document.',
  fixFailed: '{label} has not been changed.',
  changesNone: 'No changes: no tracked changes are pending in the fields.',
  changesOne: '1 change',
  changesMany: '{count} changes',
  fieldsOne: '1 field',
  fieldsMany: '{count} fields',
  changeInserted: 'Inserted',
  changeDeleted: 'Deleted',
  changeInsertedLower: 'inserted',
  changeDeletedLower: 'deleted',
  changeTextUnknown: '(text not known)',
  unknownAuthor: 'Unknown author',
  unknownDate: 'date unknown',
  dateTime: '{day}/{month}/{year} {hours}:{minutes}',
  changeDescription: '{type} “{text}” by {author}',
  accept: 'Accept',
  reject: 'Reject',
  acceptChange: 'Accept: {change}',
  rejectChange: 'Reject: {change}',
  acceptEverything: 'Accept all',
  rejectEverything: 'Reject all',
  acceptField: 'Accept all in {label}',
  rejectField: 'Reject all in {label}',
  acceptAuthor: 'Accept: all changes by {author}',
  rejectAuthor: 'Reject: all changes by {author}',
  acceptAuthorInField: 'Accept: the changes by {author} in {label}',
  rejectAuthorInField: 'Reject: the changes by {author} in {label}',
  acceptAll: 'Accept all changes',
  rejectAll: 'Reject all changes',
  byField: 'By field',
  byAuthor: 'By author',
  authorSummary: '{changes} in {fields}, latest on {date}',
  locked: 'Locked',
  lockedExplain:
    'This field is locked in Word (its contents cannot be edited), so Word does not accept or reject changes in it. Remove the lock in the field’s properties in Word and choose Refresh.',
  working: 'Working…',
  acceptedOne: '1 change accepted.',
  acceptedMany: '{count} changes accepted.',
  rejectedOne: '1 change rejected.',
  rejectedMany: '{count} changes rejected.',
  noneAccepted: 'Nothing was accepted.',
  noneRejected: 'Nothing was rejected.',
  notDoneLocked: 'Not done in {fields}: locked in Word.',
  notDoneChanged: 'Not done in {fields}: the changes there have changed meanwhile, by a co-author or by Word itself. Look at them again below.',
  notDoneMissing: 'Not done in {fields}: the field is no longer in the document.',
  notDoneRefused: 'Not done in {fields}: Word refused. {reason}',
  unexpectedAccepted: 'Also accepted, because they had been added meanwhile: {changes}.',
  unexpectedRejected: 'Also rejected, because they had been added meanwhile: {changes}.',
  noChangeApi:
    'This version of Word cannot show, accept or reject tracked changes one by one (that needs WordApi 1.6). Below is each field’s original text beside the current one; accept or reject them in Word itself, on the Review tab.',
  noReviewApi: 'This version of Word cannot show tracked changes (that needs WordApi 1.4). Below are the fields’ current values only.',
  valuesInexact: 'When changes are pending, this text may include deleted text too.',
  originalText: 'Original',
  currentText: 'Now',
  noDifferences: 'No field’s original text differs from its current text.',
  emptyValue: '(empty)',
  outsideNone: 'No fields changed in Word itself since the add-in wrote them ({date}).',
  outsideNoSnapshot: 'The add-in has not saved anything into this document yet. After it has, this shows which fields were changed in Word itself.',
  outsideNotSupported: 'This version of Word cannot keep what the add-in wrote (that needs WordApi 1.4), so changes outside the pane cannot be shown.',
  outsideIntro: 'These fields were changed in Word itself, by you or a co-author, after the add-in wrote them ({date}):',
  outsideWritten: 'Last written by the add-in',
  outsideNow: 'Now in the document',
  adviesIntro: 'The griffie fills in the committee’s advice after the committee meeting.',
  adviesSave: 'Save advice to document',
  adviesSaved: 'The advice is in the document.',
  adviesNothing: 'The advice has not changed.',
  adviesFailed: 'The advice was not saved.',
  handOffIntro: 'This document’s typed values for the council information system, exactly as annotatie export gives them.',
  copyJson: 'Copy JSON',
  copyCsv: 'Copy CSV',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
  download: 'Download',
  copied: '{format} is on the clipboard.',
  copyFailed: 'Copying to the clipboard did not work. Select the text below and copy it with Ctrl+C (Cmd+C on a Mac).',
  copyBox: '{format} for the RIS',
  downloading: 'Downloading {file}.',
  handOffErrors: 'Note: the annotation still has {errors}. The RIS gets the values as they are in the document.',
  handOffPending: 'Not yet accepted or rejected: {changes}. The export takes the text as it reads once everything is accepted, as annotatie export does.',
  handOffUnsaved: 'What is not yet saved in the task pane is not included.',
  handOffPreparing: 'Preparing the export…',
  handOffFailed: 'The export could not be made.',

};

export const REVIEW_TEXTS: MessageSet<ReviewStringKey> = { nl: NL, en: EN };

function isReviewKey(key: StringKey | ReviewStringKey): key is ReviewStringKey {
  return Object.prototype.hasOwnProperty.call(NL, key);
}

/** The text of a review key, or of any other key of the pane, in `language`. */
export function t(language: Language, key: StringKey | ReviewStringKey, params: TextParams = {}): string {
  return isReviewKey(key) ? format(REVIEW_TEXTS[language][key], params) : paneText(language, key, params);
}

/** "1 wijziging" / "3 wijzigingen": picks the singular or plural key. */
export function countText(language: Language, one: StringKey | ReviewStringKey, many: StringKey | ReviewStringKey, count: number): string {
  return count === 1 ? t(language, one) : t(language, many, { count });
}

/** A date and time in the UI language's numeric style (local time), e.g. "22-9-2025 10:05". */
export function dateTimeText(language: Language, date: Date): string {
  return t(language, 'dateTime', {
    day: date.getDate(),
    month: date.getMonth() + 1,
    year: date.getFullYear(),
    hours: String(date.getHours()).padStart(2, '0'),
    minutes: String(date.getMinutes()).padStart(2, '0'),
  });
}
