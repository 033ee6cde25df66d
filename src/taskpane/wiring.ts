import type { AnnotatieDocument } from '../document/port';
// Named modules, not the domain's index: its `export *` also carries the legacy recogniser, the
// review and the ORI export, which the pane's validation chunk does not need.
import type { Language } from '../domain/fields';
import { reportFindings } from '../domain/messages';
import { normalizeValue } from '../domain/normalize';
import { DEFAULT_PROFILE, loadProfile, type Profile } from '../domain/profile';
import { validate, withDocumentFindings } from '../domain/validate';
import { documentFileName } from './document-name';
import { loadPaneCalendar, type CalendarSource } from './pane-calendar';
import type { DraftStore, TaskpaneServices } from './services';

/** The profile reader and the embedded default, for the entry (they live in this chunk). */
export { DEFAULT_PROFILE, loadProfile };

/**
 * The pane's services from the domain core and a document: the one place where validation is
 * composed (domain findings + the document's own findings, then messages in the UI language).
 */
export function createServices(options: {
  readonly document: AnnotatieDocument;
  readonly language: Language;
  readonly drafts: DraftStore;
  readonly profile?: Profile;
  /** Where the document lives (Office.context.document.url); undefined or "" for an unsaved one. */
  readonly documentUrl?: () => string | undefined;
  /**
   * Where the profile's meeting calendar (`calendar.url`) is resolved and fetched: the pane's
   * page. Without it, or without `calendar.url`, no calendar is loaded.
   */
  readonly calendarSource?: CalendarSource;
}): TaskpaneServices {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const { language, calendarSource } = options;
  const calendar = profile.calendar;
  const url = calendar?.url;
  return {
    ...(calendar === undefined || url === undefined || calendarSource === undefined
      ? {}
      : { loadCalendar: () => loadPaneCalendar({ ...calendar, url }, calendarSource, language) }),
    document: options.document,
    language,
    drafts: options.drafts,
    options: profile.options,
    profile,
    documentName: () => documentFileName(options.documentUrl?.()),
    dateStyle: profile.houseStyle.date,
    normalize: (key, text) => normalizeValue(key, text, profile),
    check: (values, documentFindings, meetings) =>
      reportFindings(withDocumentFindings(documentFindings, validate(values, profile, meetings === undefined ? {} : { calendar: meetings })), language, profile),
  };
}
