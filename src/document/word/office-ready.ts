import type { WordHost } from './api';
import { officeHost } from './office-host';

/**
 * Lets the task pane boot without touching the Office globals
 * itself (eslint: only src/document/word may). Waits for Office.onReady once and reports the
 * host, Office's display language and whether its theme is dark.
 */
export interface OfficeReady {
  readonly host: WordHost;
  /** BCP 47, e.g. "nl-NL" (Office.context.displayLanguage, Office common API 1.1). */
  readonly displayLanguage: string | undefined;
  readonly theme: 'light' | 'dark';
  /**
   * Where the document lives now (Office.context.document.url, Office common API 1.1): a web
   * address, a local path, or "" for a document never saved. A function: Save As changes it.
   */
  readonly documentUrl: () => string | undefined;
}

/** Relative luminance of a "#rrggbb" colour (WCAG 2.1 definition), or undefined for anything else. */
function luminance(colour: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Office gives no "dark mode" flag to Word add-ins, only the theme's colours
 * (Office.context.officeTheme; undefined on hosts that lack it): a dark body background means
 * the dark (or black) Office theme.
 */
export function themeFromBackground(bodyBackgroundColor: string | undefined): 'light' | 'dark' {
  const value = luminance(bodyBackgroundColor);
  return value !== undefined && value < 0.2 ? 'dark' : 'light';
}

/**
 * Resolves once office.js is ready: the Word host and its settings, or null when this is not Word
 * (a plain browser, another Office app) or office.js did not load. Callers add a timeout: in some
 * browsers Office.onReady never resolves outside an Office host.
 */
export async function whenOfficeReady(): Promise<OfficeReady | null> {
  if (typeof Office === 'undefined') return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Word) return null;
  let background: string | undefined;
  try {
    background = Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    // officeTheme throws on some older desktop builds instead of being undefined.
    background = undefined;
  }
  const documentUrl = (): string | undefined => {
    try {
      return Office.context.document.url;
    } catch {
      // Not every host fills it in (an embedded or protected view); the name then falls back.
      return undefined;
    }
  };
  return { host: officeHost(), displayLanguage: Office.context.displayLanguage, theme: themeFromBackground(background), documentUrl };
}
