import type { AnnotatieDocument } from '../document/port';
import type { Language } from '../domain/fields';
import type { ReportedFinding } from '../domain/findings';
import type { Profile } from '../domain/profile';
import { documentFileName } from './document-name';
import { loadPaneCalendar, type CalendarSource } from './pane-calendar';
import type { DraftStore, TaskpaneServices } from './services';

/**
 * `check` until the validation core has arrived (later.ts): nothing found yet. The pane shows
 * only the first field until then, and a field's findings wait for the user to leave it, so
 * nothing is missed: App swaps in the real check the moment the chunk is there (awaitsValidation).
 */
export const PENDING_CHECK = (): readonly ReportedFinding[] => [];

/** `normalize` until then: the text as typed (the save button arrives with the validation core). */
export const PENDING_NORMALIZE = (_key: unknown, text: string): string => text;

/** Whether these services still wait for the validation core (App binds it when it arrives). */
export function awaitsValidation(services: TaskpaneServices): boolean {
  return services.check === PENDING_CHECK;
}

/**
 * The pane's services without the validation core, so the first field does not wait for the
 * domain's rules (with date-fns and libphonenumber): everything but `check` and `normalize`.
 */
export function createPaneServices(options: {
  readonly document: AnnotatieDocument;
  readonly language: Language;
  readonly drafts: DraftStore;
  readonly profile: Profile;
  /** Where the document lives (Office.context.document.url); undefined or "" for an unsaved one. */
  readonly documentUrl?: () => string | undefined;
  /**
   * Where the profile's meeting calendar (`calendar.url`) is resolved and fetched: the pane's
   * page. Without it, or without `calendar.url`, no calendar is loaded.
   */
  readonly calendarSource?: CalendarSource;
}): TaskpaneServices {
  const { profile, calendarSource, language } = options;
  const calendar = profile.calendar;
  const url = calendar?.url;
  return {
    ...(calendar === undefined || url === undefined || calendarSource === undefined
      ? {}
      : { loadCalendar: () => loadPaneCalendar({ ...calendar, url }, calendarSource, language) }),
    document: options.document,
    language: options.language,
    drafts: options.drafts,
    options: profile.options,
    profile,
    documentName: () => documentFileName(options.documentUrl?.()),
    dateStyle: profile.houseStyle.date,
    normalize: PENDING_NORMALIZE,
    check: PENDING_CHECK,
  };
}
