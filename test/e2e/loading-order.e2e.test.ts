import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { isolatedContext, launchChromium } from './support/browser';
import { serveDirectory, type StaticServer } from './support/static-server';

/**
 * The pane's loading order in the built add-in (issue 11): the first field does not wait for the
 * rest of the form (src/taskpane/later.ts: the sections, the choices, the summary, the save
 * footer and the validation core). Here the rest's chunks are held back on the network until
 * the test lets them through: the title field must be on screen and take input meanwhile, and
 * what was typed, the focus and the caret must survive the rest's arrival.
 */
const dist = join(__dirname, '..', '..', 'dist');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(dist, 'chunk-groups.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  server = await serveDirectory(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The JS files of the rest of the form that preview.html does not load by itself. */
function laterFiles(): Set<string> {
  const groups = JSON.parse(readFileSync(join(dist, 'chunk-groups.json'), 'utf8')) as Record<string, string[]>;
  const preview = new Set(groups['preview'] ?? []);
  const files = (groups['form-later'] ?? []).filter((file) => file.endsWith('.js') && !preview.has(file));
  if (files.length === 0) throw new Error('dist/chunk-groups.json names no form-later chunk');
  return new Set(files);
}

async function openWithRestHeldBack(path: string): Promise<{ readonly page: Page; readonly release: () => void; readonly held: string[]; readonly pageErrors: string[] }> {
  const { context, foreignRequests } = await isolatedContext(browser, server.origin, { width: 350, height: 700 });
  context.setDefaultTimeout(20_000);
  const later = laterFiles();
  const held: string[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Registered after isolatedContext's route, so it is asked first (Playwright: last route wins).
  await context.route(
    (url) => later.has(url.pathname.slice(1)),
    async (route: Route) => {
      held.push(new URL(route.request().url()).pathname.slice(1));
      await released;
      await route.continue();
    },
  );
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('close', () => expect(foreignRequests).toEqual([]));
  // Not until "load": the held chunk is a script the page inserted, which holds the load event back.
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'domcontentloaded' });
  return { page, release, held, pageErrors };
}

describe('the first field before the rest of the form', () => {
  it('is on screen and takes input while the rest is on its way, and keeps text, focus and caret when it arrives', async () => {
    const { page, release, held, pageErrors } = await openWithRestHeldBack('preview.html?demo=seed&pane=only');
    const title = page.getByRole('textbox', { name: 'Onderwerp' });
    await title.waitFor({ state: 'visible' });
    const seeded = await title.inputValue();
    expect(seeded).not.toBe('');
    // The rest was asked for and is being held: no sections, no save button yet.
    expect(held.length).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 2 }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Opslaan in document' }).count()).resolves.toBe(0);

    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (herzien)');
    // The caret one word back from the end, to see that it stays where the user put it.
    for (let step = 0; step < ' (herzien)'.length; step += 1) await page.keyboard.press('ArrowLeft');

    release();
    await page.getByRole('button', { name: 'Opslaan in document' }).waitFor({ state: 'visible' });
    await expect(page.getByRole('heading', { level: 2 }).count()).resolves.toBeGreaterThan(0);
    await expect(title.inputValue()).resolves.toBe(`${seeded} (herzien)`);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('annotatie-onderwerp');
    await page.keyboard.type('X');
    await expect(title.inputValue()).resolves.toBe(`${seeded}X (herzien)`);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
