import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's chromium (apt), not a downloaded build: the CI machine installs it with apt. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a headless chromium from phoning home, so "no request leaves" is about our code. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * The pane's clock in these tests: the day the seed annotatie was written (as test/support/
 * clock.ts pins it for jest), so its 2025 planning dates lie ahead and planning_in_past stays
 * out of tests and screenshots that are about something else.
 */
export const SEED_DAY = new Date('2025-09-01T10:00:00Z');

/** Microsoft's office.js CDN: the one other host taskpane.html asks for (src/document/word/office-script.ts). */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/**
 * A browser context that lets requests to `origin` through and blocks and records every other
 * one: the add-in must not depend on (or leak to) any other host. Requests to the office.js CDN
 * are recorded apart (`cdnRequests`) and never reach it (this machine reaches no CDN, and a test
 * must not use the network): they fail at once, as in an outage, or with `cdn: 'hang'` never
 * answer, as a CDN that is slow. `Date` is fixed at SEED_DAY; timers run as usual (Playwright's
 * clock.setFixedTime).
 */
export async function isolatedContext(
  browser: Browser,
  origin: string,
  options: { readonly width?: number; readonly height?: number; readonly colorScheme?: 'light' | 'dark'; readonly cdn?: 'fail' | 'hang' } = {},
): Promise<{ readonly context: BrowserContext; readonly foreignRequests: string[]; readonly cdnRequests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'nl-NL',
  });
  await context.clock.setFixedTime(SEED_DAY);
  const foreignRequests: string[] = [];
  const cdnRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else if (url.startsWith(OFFICE_CDN)) {
      cdnRequests.push(url);
      // 'hang': leave the request pending; the page's own timeout (or closing the context) ends it.
      if (options.cdn !== 'hang') await route.abort('internetdisconnected');
    } else {
      foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return { context, foreignRequests, cdnRequests };
}
