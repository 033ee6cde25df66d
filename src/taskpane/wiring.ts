import type { AnnotatieDocument } from '../document/port';
import { DEFAULT_PROFILE, normalizeValue, reportFindings, validate, withDocumentFindings, type Language, type Profile } from '../domain';
import { documentFileName } from './document-name';
import type { DraftStore, TaskpaneServices } from './services';

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
}): TaskpaneServices {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const { language } = options;
  return {
    document: options.document,
    language,
    drafts: options.drafts,
    options: profile.options,
    profile,
    documentName: () => documentFileName(options.documentUrl?.()),
    normalize: (key, text) => normalizeValue(key, text, profile),
    check: (values, documentFindings) =>
      reportFindings(withDocumentFindings(documentFindings, validate(values, profile)), language, profile),
  };
}
