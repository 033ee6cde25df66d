import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { OFFICE_CDN, isolatedContext, launchChromium } from './support/browser';
import { screenshotDirs } from './support/screenshots';
import { serveDirectory, type StaticServer } from './support/static-server';

/**
 * Any municipality at run time, and office.js the way Microsoft supports it, in the built add-in
 * (dist/) in Debian's chromium:
 * - a second municipality's profile (profiles/delft.json) by query parameter, without code changes;
 * - a profile that cannot be used says so, clearly, and loses nothing;
 * - taskpane.html asks Microsoft's CDN for office.js and works on the bundled copy when the CDN
 *   fails or hangs (the CDN is unreachable here: isolatedContext fails or stalls those requests).
 */
const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const { dir: screenshots, copies: screenshotCopies } = screenshotDirs(root, process.env);
const DELFT = 'profiles/delft.json';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let foreignRequests: string[];
let cdnRequests: string[];
let pageErrors: string[];
let requested: string[];

beforeAll(async () => {
  if (!existsSync(join(dist, 'preview.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  server = await serveDirectory(dist);
  browser = await launchChromium();
  for (const dir of [screenshots, ...screenshotCopies]) mkdirSync(dir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(options: Parameters<typeof isolatedContext>[2] = {}): Promise<Page> {
  ({ context, foreignRequests, cdnRequests } = await isolatedContext(browser, server.origin, options));
  context.setDefaultTimeout(20_000);
  pageErrors = [];
  requested = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request: Request) => requested.push(request.url()));
  return page;
}

async function open(path: string, options: Parameters<typeof isolatedContext>[2] = {}): Promise<Page> {
  const page = await newPage(options);
  await page.goto(`${server.origin}/${path}`);
  return page;
}

afterEach(async () => {
  await context?.close();
  // Every test: nothing went to another origin (the CDN is counted apart) and nothing threw.
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

const documentView = (page: Page) => page.getByRole('region', { name: 'Gesimuleerd Word-document' });
const control = (page: Page, tag: string) => documentView(page).locator(`[data-tag="${tag}"]`);

describe('a second municipality’s profile by query parameter (profiles/delft.json)', () => {
  it('inserts an annotatie that Delft’s profile checks: its Thursday, its domain, its date style', async () => {
    const page = await open(`preview.html?demo=empty&profile=${DELFT}`);
    await page.getByRole('button', { name: 'Annotatie invoegen' }).click();
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    // The document's placeholders and the pane's date inputs say Delft's date style.
    await control(page, 'annotatie.planning.besluitvorming').getByText('Besluitvorming: datum (dd-mm-jjjj) of n.v.t.').waitFor();
    const besluit = page.getByRole('textbox', { name: 'Besluitvorming' });
    await expect(besluit.getAttribute('placeholder')).resolves.toBe('dd-mm-jjjj');

    // Monday 13-10-2025: Delft meets on Thursdays, and the nearest one is offered in its house style.
    await besluit.fill('13-10-2025');
    await besluit.blur();
    // Under the field (and in the summary's list).
    await page.getByRole('alert').getByText('Deze datum valt op een maandag; de raad van Delft vergadert op donderdag. Bedoelt u donderdag 16-10-2025?').waitFor();

    // A typo of delft.nl, with its one-click fix.
    const email = page.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    await email.fill('j.jansen@deltf.nl');
    await email.blur();
    await page.getByRole('alert').getByText('Het domein ‘deltf.nl’ lijkt op een tikfout; bedoelt u j.jansen@delft.nl?').waitFor();
    await page.getByRole('button', { name: 'Wijzig in j.jansen@delft.nl' }).click();
    await expect(email.inputValue()).resolves.toBe('j.jansen@delft.nl');
    // And a Zoetermeer address is someone else's.
    const adviseur = page.getByRole('textbox', { name: 'E-mail raadsadviseur' });
    await adviseur.fill('w.i.van.vaals@zoetermeer.nl');
    await adviseur.blur();
    await page.getByRole('alert').getByText(/Het adres hoort niet bij de gemeente \(‘zoetermeer\.nl’ in plaats van delft\.nl\)/).waitFor();

    // The calendar writes Delft's style too (the pane's clock: 1 September 2025).
    await page.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' }).click();
    await page.getByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' }).getByRole('button', { name: '4, september, 2025', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Oordeelsvorming' }).inputValue()).resolves.toBe('04-09-2025');

    // Delft's list, with a shortened form offered its full name.
    const aard = page.getByRole('combobox', { name: 'Aard bijeenkomst' });
    await aard.fill('Commissie Ruimte');
    await aard.blur();
    await page.getByRole('button', { name: 'Wijzig in Commissie Ruimte en Verkeer' }).click();
    await expect(aard.inputValue()).resolves.toBe('Commissie Ruimte en Verkeer');

    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    await control(page, 'annotatie.planning.oordeelsvorming').getByText('04-09-2025').waitFor();
    await control(page, 'annotatie.ambtenaar.email').getByText('j.jansen@delft.nl').waitFor();
    // The profile came from the add-in's own site.
    expect(requested).toContain(`${server.origin}/${DELFT}`);
  });

  it('keeps the profile when the preview switches demo', async () => {
    const page = await open(`preview.html?demo=seed&profile=${DELFT}`);
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.getByRole('link', { name: 'Leeg document' }).click();
    await page.getByRole('button', { name: 'Annotatie invoegen' }).waitFor();
    expect(new URL(page.url()).searchParams.get('profile')).toBe(DELFT);
  });

  it('is served for the manifest’s SourceLocation: dist/profiles/ holds every profile', () => {
    expect(JSON.parse(readFileSync(join(dist, DELFT), 'utf8'))).toMatchObject({ id: 'delft', gemeente: 'Delft' });
    expect(JSON.parse(readFileSync(join(dist, 'profiles', 'zoetermeer.json'), 'utf8'))).toMatchObject({ id: 'zoetermeer' });
  });

  it.each([
    ['taskpane-delft-350', `preview.html?demo=seed&pane=only&profile=${DELFT}`],
    ['taskpane-delft-empty-350', `preview.html?demo=empty&pane=only&profile=${DELFT}`],
  ])('screenshots %s at 350 px: the top, and the planning', async (name, path) => {
    const page = await open(path, { width: 350, height: 700 });
    if (path.includes('demo=empty')) await page.getByRole('button', { name: 'Annotatie invoegen' }).click();
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    const shots = [`${name}.png`, `${name}-planning.png`];
    await page.screenshot({ path: join(screenshots, shots[0] ?? '') });
    await page.getByRole('textbox', { name: 'Besluitvorming' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, shots[1] ?? '') });
    for (const dir of screenshotCopies) for (const file of shots) copyFileSync(join(screenshots, file), join(dir, file));
  });
});

describe('a profile that cannot be used', () => {
  const heading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Het gemeenteprofiel kon niet worden geladen' });

  it('that is not on the site: says so, names who to ask, passes axe', async () => {
    const page = await open('preview.html?demo=empty&profile=profiles/bestaat-niet.json', { width: 350, height: 800 });
    await heading(page).waitFor();
    await page.getByText('Het profiel ‘profiles/bestaat-niet.json’ is niet gevonden op de website van de invoegtoepassing.').waitFor();
    await page.getByText(/Neem contact op met de functioneel beheerder/).waitFor();
    await page.getByText(/HTTP-status 404/).waitFor();
    await page.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'profile-missing-350.png') });
  });

  it('that does not validate: names the file and the property, in English too', async () => {
    const page = await newPage();
    await context.route(`**/profiles/kapot.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...JSON.parse(readFileSync(join(root, DELFT), 'utf8')), meetingWeekday: 'thursday' }) }));
    await page.goto(`${server.origin}/preview.html?demo=empty&profile=profiles/kapot.json`);
    await heading(page).waitFor();
    await page.getByText(/profiles\/kapot\.json: meetingWeekday moet een van ‘zondag’/).waitFor();
    await page.goto(`${server.origin}/preview.html?demo=empty&lang=en&profile=profiles/kapot.json`);
    await page.getByRole('heading', { level: 1, name: 'The municipal profile could not be loaded' }).waitFor();
    await page.getByText(/profiles\/kapot\.json: meetingWeekday must be one of ‘zondag’/).waitFor();
    await page.getByText(/functional administrator \(functioneel beheerder\)/).waitFor();
  });

  it('on another site: refused as a configuration error, without asking that site', async () => {
    const page = await open('preview.html?demo=empty&profile=https://elders.example/profiel.json');
    await heading(page).waitFor();
    await page.getByText(/wijst buiten de website van de invoegtoepassing/).waitFor();
    // Retrying cannot fix a manifest: no button that pretends it can.
    await expect(page.getByRole('button', { name: 'Opnieuw proberen' }).count()).resolves.toBe(0);
    expect(requested.filter((url) => url.startsWith('https://elders.example'))).toEqual([]);
  });

  it('loses nothing typed: the draft waits until the profile loads again', async () => {
    const page = await open(`preview.html?demo=seed&profile=${DELFT}`);
    const onderwerp = page.getByRole('textbox', { name: 'Onderwerp' });
    await onderwerp.fill('Woonvisie Delft 2030 (concept)');
    await page.getByText('Niet-opgeslagen wijzigingen: 1').waitFor();
    // The functioneel beheerder breaks the file…
    await context.route(`**/${DELFT}`, (route) => route.fulfill({ contentType: 'application/json', body: '{ "id": "delft",' }));
    await page.reload();
    await heading(page).waitFor();
    await page.getByText(/geen geldige JSON/).waitFor();
    // …and fixes it; Opnieuw proberen brings the form back with what was typed.
    await context.unroute(`**/${DELFT}`);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByRole('textbox', { name: 'Onderwerp' }).inputValue()).resolves.toBe('Woonvisie Delft 2030 (concept)');
  });
});

describe('office.js from Microsoft’s CDN, the bundled copy when it does not load', () => {
  const outside = (page: Page) => page.getByText('Dit taakvenster werkt in Microsoft Word.', { exact: false });
  const officeJs = (page: Page) => page.evaluate(() => document.documentElement.dataset['officeJs']);

  it('allows exactly the CDN’s office.js folder for scripts in taskpane.html’s CSP, and nothing more', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`script-src 'self' ${OFFICE_CDN};`);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-src 'self';");
    expect(html).not.toMatch(/<script[^>]+office\.js/);
  });

  it('asks the CDN first and, when it fails, works on the bundled copy', async () => {
    const page = await open('taskpane.html');
    await outside(page).waitFor();
    expect(cdnRequests).toEqual([`${OFFICE_CDN}office.js`]);
    expect(requested).toContain(`${server.origin}/office/office.js`);
    await expect(officeJs(page)).resolves.toBe('bundled');
    // The bundled office.js is the one running: Office answers (no host, in a plain browser).
    await expect(page.evaluate(async () => (await Office.onReady()).host)).resolves.toBeNull();
  });

  it('when the CDN hangs: gives up after its timeout and reloads on the bundled copy alone', async () => {
    const page = await open('taskpane.html?profile=profiles/delft.json', { cdn: 'hang' });
    await page.waitForURL(/office=bundled/, { timeout: 15_000 });
    await outside(page).waitFor();
    await expect(officeJs(page)).resolves.toBe('bundled');
    // One CDN request (the first page); the reloaded page asks only its own site.
    expect(cdnRequests).toEqual([`${OFFICE_CDN}office.js`]);
    expect(new URL(page.url()).searchParams.get('profile')).toBe('profiles/delft.json');
  });

  it('with office=bundled (a manifest for a network that blocks the CDN) never asks the CDN', async () => {
    const page = await open('taskpane.html?office=bundled');
    await outside(page).waitFor();
    expect(cdnRequests).toEqual([]);
    await expect(officeJs(page)).resolves.toBe('bundled');
  });

  it('the preview needs no office.js at all: no CDN request, no bundled copy', async () => {
    const page = await open('preview.html?demo=seed');
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    expect(cdnRequests).toEqual([]);
    expect(requested.filter((url) => url.includes('office.js'))).toEqual([]);
  });
});

describe('the preview follows ?lang', () => {
  it.each([
    ['nl', 'Voorbeeld – Annotatie raadsvoorstel'],
    ['en', 'Preview – Council proposal annotation'],
  ])('lang=%s: <html lang> and the title', async (lang, title) => {
    const page = await open(`preview.html?demo=seed&lang=${lang}`);
    await page.getByRole('main').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    await expect(page.title()).resolves.toBe(title);
  });
});
