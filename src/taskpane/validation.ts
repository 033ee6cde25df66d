import type { Language } from '../domain/fields';
import { reportFindings } from '../domain/messages';
import { normalizeValue } from '../domain/normalize';
import type { Profile } from '../domain/profile';
import { validate, withDocumentFindings } from '../domain/validate';
import type { TaskpaneServices } from './services';

/**
 * The validation core behind the pane's `check` and `normalize` (the domain's rules with
 * date-fns and libphonenumber, the messages): the one place where validation is composed
 * (domain findings + the document's own findings, then messages in the UI language). In the
 * pane it arrives after the first field (later.ts); wiring.ts binds it at once for the preview
 * and the component tests.
 */
export function validation(profile: Profile, language: Language): Pick<TaskpaneServices, 'check' | 'normalize'> {
  return {
    normalize: (key, text) => normalizeValue(key, text, profile),
    check: (values, documentFindings, meetings) =>
      reportFindings(withDocumentFindings(documentFindings, validate(values, profile, meetings === undefined ? {} : { calendar: meetings })), language, profile),
  };
}
