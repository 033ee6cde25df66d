/**
 * Errors shaped like office.js's `OfficeExtension.Error` (name "RichApi.Error", `code`,
 * `debugInfo.errorLocation`), so the layer's error mapping is exercised exactly as with Word.
 */
export class FakeWordError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

/** Word's own text for reading a property that was not loaded (and synced). */
export function propertyNotLoaded(property: string): FakeWordError {
  return new FakeWordError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const WORD_ERROR_MESSAGES = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  ItemNotFound: 'The requested resource doesn\'t exist.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Word.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ConnectionFailure: 'Failed to fetch',
} as const;

export type WordErrorCode = keyof typeof WORD_ERROR_MESSAGES;

export function wordError(code: WordErrorCode, errorLocation?: string): FakeWordError {
  return new FakeWordError(code, WORD_ERROR_MESSAGES[code], errorLocation);
}
