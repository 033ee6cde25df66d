/**
 * Loads office.js the way Microsoft supports it: from its CDN, which an AppSource listing
 * requires and which serves the current, supported build (the npm package is no longer
 * officially supported). The CDN has been down (October 2025), so when it does not answer the
 * pane falls back to the copy bundled in dist/office/ (from @microsoft/office-js) rather than
 * staying blank.
 *
 * - **The CDN fails** (DNS, refused, HTTP error, a firewall, the CSP): the script's error event.
 *   The failed element is removed first, because office.js finds the base URL of the host
 *   scripts it loads next (word-web-16.00.js, office_strings.js, …) from the first <script>
 *   whose src ends in office.js: left in place, the bundled copy would fetch them from the CDN.
 * - **The CDN is slow** (no answer after CDN_TIMEOUT_MS): a pending script cannot be cancelled,
 *   and a second office.js next to a late first one would run its host handshake twice. So the
 *   page reloads itself with `office=bundled`: the navigation drops the pending request, and the
 *   new page loads only the bundled copy and calls Office.onReady once. Nothing is lost: the
 *   form is not shown before office.js has loaded.
 * - `office=bundled` in the query (also usable in a manifest, for networks that block the CDN)
 *   skips the CDN.
 *
 * Known limit: when office.js itself comes from the CDN but the host scripts it loads then fail,
 * Office.onReady never settles (office-js #6040, #6148); the boot timeout then shows the
 * outside-Word page. A manifest with `office=bundled` avoids the CDN altogether.
 */
export const OFFICE_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The bundled copy, relative to taskpane.html (webpack copies it to dist/office/). */
export const BUNDLED_OFFICE_URL = 'office/office.js';

/**
 * How long the CDN may take before the bundled copy is used. office.js is about 20 KB gzip
 * from a global CDN: a healthy answer takes well under a second, a slow mobile link one or two.
 * Waiting longer costs every user in an outage; falling back too early only costs a reload and
 * the bundled build.
 */
export const CDN_TIMEOUT_MS = 4000;

/** Generous: the bundled copy comes from the pane's own origin, which just served the page. */
export const BUNDLED_TIMEOUT_MS = 15_000;

/** The query parameter (and value) that makes the pane load the bundled copy only. */
export const BUNDLED_PARAMETER = 'office=bundled';

/**
 * Where office.js came from: the CDN, the bundled copy, already on the page (a page that loads
 * it with its own <script>), or nowhere (both failed: the pane explains it runs in Word).
 */
export type OfficeScriptSource = 'cdn' | 'bundled' | 'page' | 'none';

/** The little of the DOM this needs, so tests can drive it without a browser. */
export interface ScriptPage {
  readonly officeLoaded: () => boolean;
  readonly search: string;
  readonly href: string;
  readonly addScript: (src: string, onLoad: () => void, onError: () => void) => { remove(): void };
  readonly reload: (href: string) => void;
  readonly setTimer: (callback: () => void, ms: number) => () => void;
}

export function browserScriptPage(): ScriptPage {
  return {
    officeLoaded: () => typeof Office !== 'undefined',
    search: window.location.search,
    href: window.location.href,
    addScript(src, onLoad, onError) {
      const script = document.createElement('script');
      script.src = src;
      script.addEventListener('load', onLoad);
      script.addEventListener('error', onError);
      document.head.appendChild(script);
      return { remove: () => script.remove() };
    },
    reload: (href) => window.location.replace(href),
    setTimer(callback, ms) {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
  };
}

/** The page's URL with `office=bundled` added, the rest of the query (Office's _host_Info) untouched. */
export function bundledHref(href: string): string {
  const hash = href.indexOf('#');
  const [base, fragment] = hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${BUNDLED_PARAMETER}${fragment}`;
}

function wantsBundled(search: string): boolean {
  return new URLSearchParams(search).get('office') === 'bundled';
}

/**
 * Loads office.js once and says from where. Never rejects; never settles when it reloads the
 * page for a slow CDN (the page is going away).
 */
export function loadOfficeScript(
  page: ScriptPage = browserScriptPage(),
  timeouts: { readonly cdnMs: number; readonly bundledMs: number } = { cdnMs: CDN_TIMEOUT_MS, bundledMs: BUNDLED_TIMEOUT_MS },
): Promise<OfficeScriptSource> {
  return new Promise((resolve) => {
    if (page.officeLoaded()) {
      resolve('page');
      return;
    }
    const loadBundled = () => {
      let settled = false;
      const settle = (source: OfficeScriptSource) => {
        if (settled) return;
        settled = true;
        cancel();
        resolve(source);
      };
      const cancel = page.setTimer(() => settle('none'), timeouts.bundledMs);
      page.addScript(BUNDLED_OFFICE_URL, () => settle('bundled'), () => settle('none'));
    };
    if (wantsBundled(page.search)) {
      loadBundled();
      return;
    }
    let settled = false;
    const cancel = page.setTimer(() => {
      if (settled) return;
      settled = true;
      page.reload(bundledHref(page.href));
    }, timeouts.cdnMs);
    const cdn = page.addScript(
      OFFICE_CDN_URL,
      () => {
        if (settled) return;
        settled = true;
        cancel();
        resolve('cdn');
      },
      () => {
        if (settled) return;
        settled = true;
        cancel();
        cdn.remove();
        loadBundled();
      },
    );
  });
}
