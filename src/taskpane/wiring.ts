import type { AnnotatieDocument } from '../document/port';
import type { Language } from '../domain/fields';
import { DEFAULT_PROFILE, loadProfile, type Profile } from '../domain/profile';
import type { CalendarSource } from './pane-calendar';
import { createPaneServices } from './pane-services';
import type { DraftStore, TaskpaneServices } from './services';
import { validation } from './validation';

/** The profile reader and the embedded default. */
export { DEFAULT_PROFILE, loadProfile };

/**
 * The pane's services from the domain core and a document, validation bound at once: for the
 * preview and the component tests. The task pane's entry (index.tsx) starts with
 * createPaneServices instead and lets App bind the validation core when its chunk arrives.
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
  return { ...createPaneServices({ ...options, profile }), ...validation(profile, options.language) };
}
