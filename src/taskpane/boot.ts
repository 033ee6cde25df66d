import type { Language } from '../domain/fields';
import { languageFromDisplayLanguage } from './i18n';

/** The least the Word layer reports once Office is ready inside Word. */
export interface HostReady {
  /** Office's display language (BCP 47), e.g. "nl-NL". */
  readonly displayLanguage: string | undefined;
}

export type BootOutcome<Ready extends HostReady> =
  | { readonly kind: 'word'; readonly ready: Ready; readonly language: Language }
  | { readonly kind: 'outside'; readonly reason: 'noHost' | 'timeout' | 'failed'; readonly language: Language };

/**
 * office.js in a plain browser either resolves Office.onReady with no host or (when office.js did
 * not load, or its host handshake hangs) never resolves at all. Either way the pane must not stay
 * blank: after this long we show the "runs inside Word" page. Word itself answers within a
 * second or two even on a slow Mac; a late answer after the timeout is ignored.
 */
export const BOOT_TIMEOUT_MS = 5000;

/**
 * Boots the pane once: waits for the Word layer's `start()` (which wraps Office.onReady), with a
 * timeout, and decides between the form and the outside-Word page. Never rejects.
 */
export async function boot<Ready extends HostReady>(
  start: () => Promise<Ready | null>,
  browserLanguage: string | undefined,
  timeoutMs: number = BOOT_TIMEOUT_MS,
): Promise<BootOutcome<Ready>> {
  const fallbackLanguage = languageFromDisplayLanguage(browserLanguage);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const ready = await Promise.race([start(), timeout]);
    if (ready === 'timeout') return { kind: 'outside', reason: 'timeout', language: fallbackLanguage };
    if (ready === null) return { kind: 'outside', reason: 'noHost', language: fallbackLanguage };
    return { kind: 'word', ready, language: languageFromDisplayLanguage(ready.displayLanguage ?? browserLanguage) };
  } catch {
    return { kind: 'outside', reason: 'failed', language: fallbackLanguage };
  } finally {
    clearTimeout(timer);
  }
}
