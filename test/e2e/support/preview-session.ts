import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isolatedContext, launchChromium } from './browser';
import { serveDirectory, type StaticServer } from './static-server';

type ContextOptions = Parameters<typeof isolatedContext>[2];

export interface PreviewSession {
  /** A fresh isolated context (isolatedContext) with one page, not yet navigated. */
  newPage(options?: ContextOptions): Promise<Page>;
  /** newPage, then `path` on the server of dist/. */
  open(path: string, options?: ContextOptions): Promise<Page>;
  /** The current test's context (for routes and permissions). */
  readonly context: BrowserContext;
  /** Where dist/ is served. */
  readonly origin: string;
}

/**
 * The e2e files' shared frame: dist/ served on a local port and one Chromium for the file, a
 * fresh isolated context per test, 20 s per Playwright wait (a loaded 2-core machine), and after
 * every test the two promises each file made before: nothing requested from another host, no
 * uncaught error on the page. Call once at the top of a test file.
 */
export function previewSession(defaults: ContextOptions = {}): PreviewSession {
  const dist = join(__dirname, '..', '..', '..', 'dist');
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let foreignRequests: string[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(dist, 'preview.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    server = await serveDirectory(dist);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  const started = (): { readonly browser: Browser; readonly server: StaticServer } => {
    if (!browser || !server) throw new Error('previewSession: used outside a test');
    return { browser, server };
  };

  const newPage = async (options: ContextOptions = defaults): Promise<Page> => {
    const { browser: chromium, server: site } = started();
    ({ context, foreignRequests } = await isolatedContext(chromium, site.origin, options));
    context.setDefaultTimeout(20_000);
    pageErrors = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };

  return {
    newPage,
    async open(path, options) {
      const page = await newPage(options);
      await page.goto(`${started().server.origin}/${path}`);
      return page;
    },
    get context() {
      if (!context) throw new Error('previewSession: no page opened in this test');
      return context;
    },
    get origin() {
      return started().server.origin;
    },
  };
}
