/**
 * The public API of the domain core: what the task pane, the Word layer, the .docx layer and
 * the command line import (`from '../domain'`). Pure: no office-js, no React, no file system.
 */
export * from './fields';
export * from './findings';
export type { Profile, ProfileResult, HouseStyle, Weekday, DateStyle, PhoneStyle, CalendarProfile, OriProfile, OriVergaderingstype } from './profile';
export { DEFAULT_PROFILE, DEFAULT_ORI, ORI_VERGADERINGSTYPES, loadProfile, profileFromJson, WEEKDAYS, CHOICE_LISTS, weekdayIndex } from './profile';
export type { Phase, PlanningKey } from './phases';
export { PHASES, phaseOf } from './phases';
// The meeting calendar without its reader: parseCalendar brings ical.js (~27 KB gzip), which the
// task pane must load only when a profile names a calendar, so it is imported from
// './calendar' itself. Named files here, not that index: bundlers keep a module with side effects
// (ics.ts wraps an ical.js method) once anything imports it (test/domain/calendar/bundle.test.ts).
export type { Meeting } from './calendar/meeting-calendar';
export { MeetingCalendar } from './calendar/meeting-calendar';
export type { CalendarError, CalendarResult, EventProblem, SkippedEvent } from './calendar/ics';
export { calendarErrorMessage, skippedEventMessage } from './calendar/errors';
export type { EventPattern, TextPattern, TextMatch } from './calendar/patterns';
export { TEXT_MATCHES, patternParts } from './calendar/patterns';
export { NL_TIME_ZONE, todayIn, localDateOf } from './calendar/zone';
export { meetingFor } from './calendar/meeting-for';
export * from './ori';
export type { CalendarDate, ParsedDate, InvalidDateReason } from './dates';
export { parseDate, formatDate, toIsoDate, formatPlanningValue, compareDates, weekdayOfDate, isNvt } from './dates';
export type { PhoneNumber, ParsedPhone, PhoneType, PhoneProblem } from './phone/phones';
export { parsePhone, formatPhone, toE164, phoneProblem } from './phone/phones';
export type { EmailAddress } from './email';
export { parseEmail, suggestEmail, nearMissDomain } from './email';
export { normalizeValue, houseStyled } from './normalize';
export { controlFindings, documentValues, changedFields } from './document-values';
export type { FieldFound } from './document-values';
export { cleanText, writableText } from './text';
export { placeholderFor, isPlaceholder, datePattern } from './placeholders';
export { DATE_STYLES, PHONE_STYLES } from './house-style';
export type { ParsedValues } from './values-json';
export { parseValuesJson } from './values-json';
export type { TypedValue, TypedValues } from './typed-values';
export { typedValues } from './typed-values';
export type { ValidationContext } from './validate';
export { validate, hasErrors, exitCodeFor, bySeverity, findingsFor, withDocumentFindings } from './validate';
export type { Messages, MessageContext } from './messages';
export { findingMessage, reportFindings, MESSAGES } from './messages';
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
export * from './legacy';
export type { ExportEntry, ExportError, ExportBatch } from './export';
export { exportEntry, exportBatch, exportJsonText, exportCsvText, csvHeader, csvCells, csvField } from './export';
