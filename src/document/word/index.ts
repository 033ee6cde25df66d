/**
 * The Word layer. The task pane gets an AnnotatieDocument by injection:
 * `createWordDocument(officeHost())` in Word, `createWordDocument(createFakeWord().host)` in the
 * preview (import the fake from './fake' there only, so the add-in bundle does not carry it).
 */
export { createWordDocument, DOCUMENT_ID_SETTING, SNAPSHOT_PART_SETTING } from './word-document';
export type { WordDocumentOptions } from './word-document';
export { officeHost } from './office-host';
export type { WordHost, RequestContextApi, SettingsApi } from './api';
