import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIELDS } from '../../src/domain/fields';
import { seriousViolations } from './support/axe';
import { isolatedContext, launchChromium } from './support/browser';
import { screenshotDirs } from './support/screenshots';
import { serveDirectory, type StaticServer } from './support/static-server';

/**
 * The built add-in (dist/) in Debian's chromium: what a new user does in the preview, keyboard
 * access, axe, the page outside Word, and that nothing is fetched from another origin.
 */
const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const { dir: screenshots, copies: screenshotCopies } = screenshotDirs(root, process.env);
const docsScreenshots = join(root, 'docs', 'screenshots');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let foreignRequests: string[];
let pageErrors: string[];

beforeAll(async () => {
  if (!existsSync(join(dist, 'preview.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  server = await serveDirectory(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<typeof isolatedContext>[2] = {}): Promise<Page> {
  ({ context, foreignRequests } = await isolatedContext(browser, server.origin, options));
  context.setDefaultTimeout(20_000);
  pageErrors = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/${path}`);
  return page;
}

afterEach(async () => {
  await context?.close();
  // Every test: the add-in fetched nothing from another origin and threw nothing.
  expect(foreignRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});

const documentView = (page: Page) => page.getByRole('region', { name: 'Gesimuleerd Word-document' });
const control = (page: Page, tag: string) => documentView(page).locator(`[data-tag="${tag}"]`);

describe('the preview with the seed annotatie', () => {
  it('lets a new user fix the e-mail typo, save, and find the values in the document after a reload', async () => {
    const page = await open('preview.html?demo=seed');
    const email = page.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    await expect(email.inputValue()).resolves.toBe('a.e.de.vries@zoetemeer.nl');
    // The typo is caught: the field is invalid, says why, and the summary counts it.
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByText(/zoetemeer\.nl’ lijkt op een tikfout/).first().waitFor();
    await page.getByText('1 fout').waitFor();

    await page.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }).click();
    await expect(email.inputValue()).resolves.toBe('a.e.de.vries@zoetermeer.nl');
    await page.getByText('Geen problemen gevonden.').waitFor();
    const adviseur = page.getByRole('textbox', { name: 'Raadsadviseur', exact: true });
    await adviseur.fill('W.I. van Vaals-de Groot');
    await page.getByRole('combobox', { name: 'Programma' }).fill('Inrichting van de stad');
    // Typed as people type it; the document gets the house style (contract §2), as from `annotatie new`.
    const telefoon = page.getByRole('textbox', { name: 'Telefoon behandelend ambtenaar' });
    await telefoon.fill('079-346 80 00');

    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    await page.getByText('4 velden opgeslagen in het document.').waitFor();
    await expect(telefoon.inputValue()).resolves.toBe('+31 79 3468000');
    await control(page, 'annotatie.ambtenaar.telefoon').getByText('+31 79 3468000').waitFor();
    await control(page, 'annotatie.ambtenaar.email').getByText('a.e.de.vries@zoetermeer.nl').waitFor();
    await control(page, 'annotatie.raadsadviseur.naam').getByText('W.I. van Vaals-de Groot').waitFor();

    await page.reload();
    await page.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' }).inputValue()).resolves.toBe(
      'a.e.de.vries@zoetermeer.nl',
    );
    await expect(page.getByRole('textbox', { name: 'Raadsadviseur', exact: true }).inputValue()).resolves.toBe('W.I. van Vaals-de Groot');
    await expect(page.getByRole('combobox', { name: 'Programma' }).inputValue()).resolves.toBe('Inrichting van de stad');
    await expect(page.getByRole('textbox', { name: 'Telefoon behandelend ambtenaar' }).inputValue()).resolves.toBe('+31 79 3468000');
    await page.getByText('Geen problemen gevonden.').waitFor();
    await control(page, 'annotatie.ambtenaar.email').getByText('a.e.de.vries@zoetermeer.nl').waitFor();
  });

  /** How far the document's tables run past the simulated page (0 when every table fits). */
  const tableOverflow = (page: Page) =>
    documentView(page).evaluate((section) => {
      const right = section.getBoundingClientRect().right;
      return Math.max(
        0,
        ...[...section.querySelectorAll('table')].map((table) =>
          Math.max(table.getBoundingClientRect().right - right, table.scrollWidth - table.clientWidth),
        ),
      );
    });

  it.each([1280, 320])('keeps the contact table on the page at %i px after a save with tracked changes', async (width) => {
    const page = await open('preview.html?demo=seed', { width, height: 900 });
    // Track changes is on in the seed: each cell then holds the deleted and the inserted text,
    // two long e-mail addresses without a space between them.
    await page.getByRole('textbox', { name: 'Raadsadviseur', exact: true }).fill('W.I. van Vaals-de Groot');
    await page.getByRole('textbox', { name: 'E-mail raadsadviseur' }).fill('w.i.van.vaals-de.groot@zoetermeer.nl');
    await page.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }).click();
    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    await page.getByText('3 velden opgeslagen in het document.').waitFor();
    await control(page, 'annotatie.raadsadviseur.email').locator('ins').waitFor();
    await expect(tableOverflow(page)).resolves.toBe(0);
  });

  it('puts the pane first on a narrow screen, above the document', async () => {
    const page = await open('preview.html?demo=seed', { width: 320, height: 640 });
    const onderwerp = page.getByRole('textbox', { name: 'Onderwerp' });
    await onderwerp.waitFor();
    const top = await onderwerp.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    // On the first screen, under the preview's own header (it was 5,444 px down, below the document).
    expect(top).toBeLessThan(640);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  });

  it('shows the griffie’s Advies commissie as a tracked insertion in the rendered document', async () => {
    const page = await open('preview.html?demo=seed');
    const insertion = control(page, 'annotatie.adviesCommissie').locator('ins');
    await insertion.waitFor();
    await expect(insertion.textContent()).resolves.toBe('Voorstel agenderen als debatstuk');
    await expect(insertion.getAttribute('title')).resolves.toMatch(/^Griffie Zoetermeer, /);
    // The pane reads the text as if the change were accepted (what the document will say).
    await expect(page.getByRole('combobox', { name: 'Advies commissie' }).inputValue()).resolves.toBe(
      'Voorstel agenderen als debatstuk',
    );
  });

  it('picks a planning date in the Dutch calendar, week starting on Monday', async () => {
    const page = await open('preview.html?demo=seed');
    await page.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' }).click();
    const calendar = page.getByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' });
    await calendar.waitFor();
    const dayHeaders = await calendar.locator('th').allTextContents();
    expect(dayHeaders.slice(0, 2)).toEqual(['M', 'D']);
    await calendar.getByText('sep 2025').first().waitFor();
    // Fluent names day buttons "6, oktober, 2025" itself (CalendarGridDayCell), from our month names.
    if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, 'calendar.png') });
    // The open calendar passes axe too (the notes found contrast and naming problems in it).
    expect(await seriousViolations(page)).toEqual([]);
    await calendar.getByRole('button', { name: '22, september, 2025' }).click();
    // In house style, and the calendar hands focus back to its button.
    await expect(page.getByRole('textbox', { name: 'Oordeelsvorming' }).inputValue()).resolves.toBe('22-9-2025');
    await calendar.waitFor({ state: 'hidden' });

    // Keyboard: Escape closes the calendar without picking and gives focus back to its button.
    const button = page.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' });
    await button.focus();
    await page.keyboard.press('Enter');
    await calendar.waitFor();
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Oordeelsvorming' }).inputValue()).resolves.toBe('22-9-2025');
  });
});

describe('when Word refuses a save', () => {
  it('says once, in a short bar, what was not written, keeps the input, and saves it with the save button', async () => {
    const page = await open('preview.html?demo=seed', { width: 350, height: 700 });
    const onderwerp = page.getByRole('textbox', { name: 'Onderwerp' });
    await onderwerp.fill('Rekenkameronderzoek Arbeidsmigranten (herzien)');
    await page.getByRole('switch', { name: /Document beveiligd/ }).check();
    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    const title = page.getByText('Niet opgeslagen: Onderwerp', { exact: true });
    await title.waitFor();
    const bar = page.locator('.fui-MessageBar', { has: title });
    // Issue 11: the field once, no second button that does what "Opslaan in document" does, and
    // small (it took 327 px of a 560 px pane before).
    await expect(bar.textContent()).resolves.toMatch(/^[^]*Onderwerp(?![^]*Onderwerp)/);
    await expect(bar.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Opnieuw proberen' }).count()).resolves.toBe(0);
    const height = (await bar.boundingBox())?.height ?? Infinity;
    expect(height).toBeLessThan(170);
    await expect(onderwerp.inputValue()).resolves.toBe('Rekenkameronderzoek Arbeidsmigranten (herzien)');
    await expect(control(page, 'annotatie.onderwerp').textContent()).resolves.not.toContain('(herzien)');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('switch', { name: /Document beveiligd/ }).uncheck();
    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    // The seed's e-mail typo is still there: the status says so, then fades.
    await page.getByRole('status').getByText('1 veld opgeslagen; 1 fout nog op te lossen.').waitFor();
    await control(page, 'annotatie.onderwerp').getByText('(herzien)', { exact: false }).first().waitFor();
    await expect(bar.count()).resolves.toBe(0);
    await page.getByRole('status').getByText(/opgeslagen/).waitFor({ state: 'detached', timeout: 10_000 });
  });
});

describe('a document without an annotatie', () => {
  it('offers to insert one; the new annotatie opens calm and shows its errors on an attempt to save', async () => {
    const page = await open('preview.html?demo=empty', { width: 350, height: 700 });
    await page.getByRole('button', { name: 'Annotatie invoegen' }).click();
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await control(page, 'annotatie.onderwerp').waitFor();
    // Issue 11: no wall of errors before anything was typed, a neutral count instead.
    await page.getByText('17 velden nog in te vullen', { exact: true }).waitFor();
    await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(0);
    await expect(page.getByText(/\d+ fouten/).count()).resolves.toBe(0);
    // Leaving a field shows its problem; saving shows them all.
    await page.getByRole('textbox', { name: 'Onderwerp' }).focus();
    await page.keyboard.press('Tab');
    await page.getByText('1 fout, 16 velden nog in te vullen', { exact: true }).waitFor();
    await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(1);
    await page.keyboard.press('Control+Enter');
    await page.getByText('14 fouten, 3 waarschuwingen', { exact: true }).waitFor();
    await expect(page.locator('[aria-invalid="true"]').count()).resolves.toBe(14);
  });
});

describe('the form at 350 px', () => {
  it('wraps a long Onderwerp and draws section headers larger than field labels', async () => {
    const page = await open('preview.html?demo=seed&pane=only', { width: 350, height: 800 });
    const onderwerp = page.getByRole('textbox', { name: 'Onderwerp' });
    await onderwerp.fill('Rekenkameronderzoek naar de positie van arbeidsmigranten in Zoetermeer en de regio Haaglanden');
    const box = await onderwerp.boundingBox();
    // More than one line high, and nothing scrolled out of sight inside it.
    expect(box?.height ?? 0).toBeGreaterThan(40);
    await expect(onderwerp.evaluate((element) => element.scrollHeight - element.clientHeight)).resolves.toBeLessThanOrEqual(1);
    const size = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const section = page.getByRole('heading', { level: 2, name: /^Contactgegevens/ }).locator('span').first();
    const label = page.locator('label', { hasText: 'Portefeuillehouder' }).first();
    expect(await size(section)).toBeGreaterThan(await size(label));
    // The add-in's name is not drawn again under Office's pane title.
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(title?.height ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('keyboard only', () => {
  it('reaches every field in document order with Tab, and saves with Enter', async () => {
    const page = await open('preview.html?demo=seed&pane=only', { width: 360, height: 800 });
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    const visited: string[] = [];
    for (let press = 0; press < 120; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element ? `${element.id}|${element.getAttribute('aria-label') ?? ''}|${element.textContent ?? ''}` : '';
      });
      visited.push(focused);
      if (focused.includes('Opslaan in document')) break;
    }
    // Each field is reached through its own control (a phase that is n.v.t. too: no switch beside it).
    const reached = FIELDS.map((field) => {
      const id = `annotatie-${field.key.replace(/\./g, '-')}`;
      const index = visited.findIndex((entry) => entry.startsWith(`${id}|`));
      return [field.key, index] as const;
    });
    expect(reached.filter(([, index]) => index < 0)).toEqual([]);
    const order = reached.map(([, index]) => index);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // Type with the keyboard only: back to Onderwerp (Shift+Tab walks back), change it, save.
    expect(visited.at(-1)).toContain('Opslaan in document');
    await page.getByRole('textbox', { name: 'Onderwerp' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' (toets)');
    const save = page.getByRole('button', { name: 'Opslaan in document' });
    await save.focus();
    await page.keyboard.press('Enter');
    await page.getByText('1 veld opgeslagen; 1 fout nog op te lossen.').waitFor();
    // Ctrl+Enter saves from inside a field, as the hint beside the button says.
    await expect(save.getAttribute('aria-keyshortcuts')).resolves.toBe('Control+Enter');
    await page.getByText('Ctrl+Enter slaat op').waitFor();
    await page.getByRole('textbox', { name: 'Raadsadviseur', exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    const unsaved = page.getByText('Niet-opgeslagen wijzigingen: 1', { exact: true });
    await unsaved.waitFor();
    await page.keyboard.press('Control+Enter');
    // Saved (pane only, no document view here): nothing is left unsaved.
    await unsaved.waitFor({ state: 'detached' });
  });
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it.each([
    ['the pane, light', 'preview.html?demo=seed&pane=only', 360],
    ['the pane, dark', 'preview.html?demo=seed&pane=only&theme=dark', 360],
    ['the pane, English', 'preview.html?demo=seed&pane=only&lang=en', 360],
    ['the pane of an empty document', 'preview.html?demo=empty&pane=only', 360],
    ['the whole preview page', 'preview.html?demo=seed', 1200],
    ['taskpane.html outside Word', 'taskpane.html', 360],
  ])('%s has no serious or critical violation', async (_name, path, width) => {
    const page = await open(path, { width, height: 900 });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('main').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('taskpane.html outside Word', () => {
  it('says what it is and who to ask, keeps how to sideload it folded away, and links to the preview', async () => {
    const page = await open('taskpane.html');
    await page.getByRole('heading', { name: 'Annotatie raadsvoorstel' }).waitFor();
    await page.getByText('Dit taakvenster werkt in Microsoft Word.', { exact: false }).waitFor();
    await page.getByText('Vraag de functioneel beheerder van uw gemeente', { exact: false }).waitFor();
    const sideload = page.getByText('Mijn invoegtoepassing uploaden', { exact: false });
    await expect(sideload.isVisible()).resolves.toBe(false);
    await page.getByText('Voor beheerders en ontwikkelaars', { exact: false }).click();
    await sideload.waitFor();
    const preview = page.getByRole('link', { name: 'Open het voorbeeld met een gesimuleerd document' });
    await expect(preview.getAttribute('href')).resolves.toBe('preview.html?demo=seed');
  });

  it('lets office.js send nothing to another origin, also after it has settled', async () => {
    const page = await open('taskpane.html');
    await page.getByRole('heading', { name: 'Annotatie raadsvoorstel' }).waitFor();
    // Outside an Office host office.js frames Microsoft's telemetry proxy
    // (telemetryservice.firstpartyapps.oaspapps.com) about 4 s after loading; a test that ends
    // sooner never sees it (the first version of these tests did not). Wait it out; afterEach
    // then checks that no request left the origin (taskpane.html's CSP stops it before it is made).
    await page.waitForTimeout(7000);
    expect(foreignRequests).toEqual([]);
  });

  it('still explains itself when office.js cannot be loaded', async () => {
    ({ context, foreignRequests } = await isolatedContext(browser, server.origin));
    pageErrors = [];
    await context.route('**/office/office.js', (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText('Dit taakvenster werkt in Microsoft Word.', { exact: false }).waitFor();
  });
});

/** Modification times of the tracked screenshots, to see that a plain run left them alone. */
function docsScreenshotTimes(): Readonly<Record<string, number>> {
  if (!existsSync(docsScreenshots)) return {};
  return Object.fromEntries(
    readdirSync(docsScreenshots)
      .filter((file) => file.endsWith('.png'))
      .map((file) => [file, statSync(join(docsScreenshots, file)).mtimeMs]),
  );
}

describe('screenshots for the README (test-output/screenshots; docs/screenshots with UPDATE_SCREENSHOTS=1)', () => {
  const before = docsScreenshotTimes();
  beforeAll(() => {
    for (const dir of [screenshots, ...screenshotCopies]) mkdirSync(dir, { recursive: true });
  });

  it.each([
    ['taskpane-light.png', 'preview.html?demo=seed&pane=only', 360],
    ['taskpane-dark.png', 'preview.html?demo=seed&pane=only&theme=dark', 360],
    ['taskpane-narrow-320.png', 'preview.html?demo=seed&pane=only', 320],
    ['preview.png', 'preview.html?demo=seed', 1280],
  ])('%s', async (file, path, width) => {
    const page = await open(path, { width, height: 900 });
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(screenshots, file) });
    for (const dir of screenshotCopies) copyFileSync(join(screenshots, file), join(dir, file));
  });

  // Runs after the screenshots (jest keeps the order): npm test must not dirty the work tree.
  it('leaves the tracked docs/screenshots alone unless UPDATE_SCREENSHOTS=1', () => {
    if (process.env.UPDATE_SCREENSHOTS === '1') return;
    expect(docsScreenshotTimes()).toEqual(before);
  });
});
