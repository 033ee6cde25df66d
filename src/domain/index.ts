/**
 * The public API of the domain core: what the task pane, the Word layer, the .docx layer and
 * the command line import (`from '../domain'`). Pure: no office-js, no React, no file system.
 */
export * from './fields';
export * from './findings';
export type { Profile, ProfileResult, HouseStyle, Weekday, DateStyle, PhoneStyle, CalendarProfile, OriProfile, OriVergaderingstype } from './profile';
export { DEFAULT_PROFILE, DEFAULT_ORI, ORI_VERGADERINGSTYPES, loadProfile, profileFromJson, WEEKDAYS, CHOICE_LISTS, weekdayIndex } from './profile';
export type { Phase, PlanningKey } from './phases';
export { PHASES, phaseOf, planningKeyOf } from './phases';
export * from './calendar';
export * from './ori';
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
export type { ValidationContext } from './validate';
export { validate, hasErrors, exitCodeFor, bySeverity, findingsFor } from './validate';
export type { Messages, MessageContext } from './messages';
export { messageFor, reportFindings, MESSAGES } from './messages';
