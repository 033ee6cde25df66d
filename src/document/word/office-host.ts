import type { RequestContextApi, WordHost } from './api';

/**
 * The real host: `Word.run` and `Office.context`, read from the globals office.js defines. Call
 * it after `Office.onReady` (the task pane entry does). Kept here so no other module touches the
 * globals (only src/document/word may; lint enforces it).
 */
export function officeHost(): WordHost {
  return {
    // The narrowed API of ./api is a checked subset of Word's, so Word's context fits it as is.
    run: <T>(batch: (context: RequestContextApi) => Promise<T>) => Word.run((context) => batch(context)),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    settings: Office.context.document.settings,
  };
}
