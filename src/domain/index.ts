/**
 * The public API of the domain core: what the task pane, the Word layer, the .docx layer and
 * the command line import (`from '../domain'`). Pure: no office-js, no React, no file system.
 */
export * from './fields';
export * from './findings';
export type { Profile, ProfileResult, HouseStyle, Weekday, DateStyle, PhoneStyle } from './profile';
export { DEFAULT_PROFILE, loadProfile, profileFromJson, WEEKDAYS, CHOICE_LISTS, weekdayIndex } from './profile';
export type { CalendarDate, ParsedDate, InvalidDateReason } from './dates';
export { parseDate, formatDate, toIsoDate, formatPlanningValue, compareDates, weekdayOfDate, isNvt } from './dates';
export type { PhoneNumber, ParsedPhone, PhoneType, PhoneProblem } from './phone/phones';
export { parsePhone, formatPhone, toE164, phoneProblem } from './phone/phones';
export type { EmailAddress } from './email';
export { parseEmail, suggestEmail, nearMissDomain } from './email';
export { normalizeValue } from './normalize';
export { cleanText, writableText } from './text';
export { placeholderFor, isPlaceholder } from './placeholders';
export type { ParsedValues } from './values-json';
export { parseValuesJson } from './values-json';
export type { TypedValue, TypedValues } from './typed-values';
export { typedValues } from './typed-values';
export { validate, hasErrors, exitCodeFor, bySeverity, findingsFor, withDocumentFindings } from './validate';
export type { Messages, MessageContext } from './messages';
export { messageFor, reportFindings, MESSAGES } from './messages';
export type { FieldChange, IndexedChange, AuthorChanges, FieldChanges, ChangeSelection, ValueSnapshot, OutsideEditOptions } from './review';
export {
  indexChanges,
  changesByField,
  changesByAuthor,
  selectChanges,
  sameChange,
  comparableText,
  updateSnapshot,
  fieldsEditedOutsidePane,
  SNAPSHOT_VERSION,
} from './review';
export type { ExportEntry, ExportError, ExportBatch } from './export';
export { exportEntry, exportBatch, exportJsonText, exportCsvText, csvHeader, csvCells, csvField } from './export';
