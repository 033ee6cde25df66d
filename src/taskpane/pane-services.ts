import type { AnnotatieDocument } from '../document/port';
import type { Language } from '../domain/fields';
import type { ReportedFinding } from '../domain/findings';
import type { Profile } from '../domain/profile';
import { documentFileName } from './document-name';
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
}): TaskpaneServices {
  const { profile } = options;
  return {
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
