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

/** office.js's text for reading a ClientResult's value before the sync that fills it. */
export function valueNotLoaded(): FakeWordError {
  return new FakeWordError(
    'ValueNotLoaded',
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

/** Word's own messages (office.js resource strings, word-win32-16.01.debug.js). */
export const WORD_ERROR_MESSAGES = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  ItemNotFound: 'The requested resource doesn\'t exist.',
  ApiNotFound: 'The method or property is part of a requirement set which is not available in your version of Word.',
  InvalidArgument: 'The argument doesn\'t work for this situation, is missing, or isn\'t in the right format.',
  // Word on the web, as quoted in office-js-docs #981 and office-js #53, #191.
  NotAllowed: 'The action isn\u2019t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.',
  ConnectionFailure: 'The request failed with status code of 0.',
  Timeout: 'The operation has timed out.',
  InvalidOrTimedOutSession: 'Your Office session has expired or is invalid.',
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
} as const;

export type WordErrorCode = keyof typeof WORD_ERROR_MESSAGES;

export function wordError(code: WordErrorCode, errorLocation?: string): FakeWordError {
  return new FakeWordError(code, WORD_ERROR_MESSAGES[code], errorLocation);
}
