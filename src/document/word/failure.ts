import type { FieldKey } from '../../domain/fields';
import type { OperationName, WordFailure, WordFailureKind } from '../port';

/**
 * office.js rejects a sync with an `OfficeExtension.Error` (`code`, `debugInfo.errorLocation`).
 * A dropped connection on the web does not always come as one: the request can fail in the
 * browser first (a TypeError "Failed to fetch", or a RichApi error with a network code), so
 * anything that is not a Word error code is read as the connection dropping, not as a bug.
 */
const CODE_TO_KIND: Readonly<Record<string, WordFailureKind>> = {
  AccessDenied: 'accessDenied',
  GeneralException: 'generalException',
  ItemNotFound: 'itemNotFound',
  ApiNotFound: 'notSupported',
  NotImplemented: 'notSupported',
  NotAllowed: 'accessDenied',
  // office.js CoreErrorCodes for a request that did not make it (web: HTTP status 0, 408).
  ConnectionFailure: 'connectionLost',
  Timeout: 'connectionLost',
  InvalidOrTimedOutSession: 'connectionLost',
  ActivityLimitReached: 'generalException',
  WriteNotSupportedWhenModalDialogOpen: 'generalException',
  RequestPayloadSizeLimitExceeded: 'generalException',
};

export interface ErrorInfo {
  readonly kind: WordFailureKind;
  readonly code?: string;
  readonly detail?: string;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** Word's errorLocation of a failed command (e.g. "CustomXmlPart.setXml"), if it said one. */
export function errorLocation(error: unknown): string | undefined {
  const location = field(field(error, 'debugInfo'), 'errorLocation');
  return typeof location === 'string' ? location : undefined;
}

export function classifyError(error: unknown): ErrorInfo {
  const code = field(error, 'code');
  const message = field(error, 'message');
  const detail = typeof message === 'string' ? message : String(error);
  if (typeof code === 'string') {
    const location = field(field(error, 'debugInfo'), 'errorLocation');
    const where = typeof location === 'string' ? ` (${location})` : '';
    return { kind: CODE_TO_KIND[code] ?? 'unknown', code, detail: detail + where };
  }
  // fetch() in the browser rejects with a TypeError when the network is gone.
  if (error instanceof TypeError && /fetch|network/i.test(detail)) return { kind: 'connectionLost', detail };
  return { kind: 'unknown', detail };
}

export function failure(
  operation: OperationName,
  info: ErrorInfo,
  written: readonly FieldKey[] = [],
  notWritten: readonly FieldKey[] = [],
  uncertain: readonly FieldKey[] = [],
): WordFailure {
  return {
    kind: info.kind,
    operation,
    written,
    notWritten,
    uncertain,
    ...(info.code !== undefined ? { code: info.code } : {}),
    ...(info.detail !== undefined ? { detail: info.detail } : {}),
  };
}
