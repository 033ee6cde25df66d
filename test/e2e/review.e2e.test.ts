import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { exportEntry, exportJsonText } from '../../src/domain/export';
import type { AnnotatieValues } from '../../src/domain/fields';
import { DEMO_DOCUMENT_NAMES } from '../../src/preview/demo';
import seed from '../../src/preview/seed.json';
import { seriousViolations } from './support/axe';
import { screenshotDirs } from './support/screenshots';
import { previewSession } from './support/preview-session';

/**
 * The griffie's review in the built preview (dist/), in Debian's chromium: the Controle tab with
 * the seed's e-mail typo and the griffie's tracked Advies commissie, accepting it, a direct edit
 * in the rendered document flagged as changed outside the pane, the JSON for the RIS on the
 * clipboard, the keyboard, and axe.
 */
const root = join(__dirname, '..', '..');
const { dir: screenshots } = screenshotDirs(root, process.env);
const SEED: AnnotatieValues = seed;

const session = previewSession();
beforeAll(() => mkdirSync(screenshots, { recursive: true }));
const open = session.open;

const documentView = (page: Page) => page.getByRole('region', { name: 'Gesimuleerd Word-document' });
const control = (page: Page, tag: string) => documentView(page).locator(`[data-tag="${tag}"]`);
/** An accordion item of the Controle tab, by its heading. */
const section = (page: Page, name: RegExp): Locator => page.locator('.fui-AccordionItem').filter({ has: page.getByRole('heading', { level: 2, name }) });

async function openReview(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Controle' }).click();
  await page.getByRole('heading', { level: 2, name: /^Bijgehouden wijzigingen/ }).waitFor();
}

describe('the Controle tab in the preview', () => {
  it('shows the e-mail typo with its fix and the griffie’s change; accepting it leaves no markup', async () => {
    const page = await open('preview.html?demo=seed');
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await openReview(page);
    const findings = section(page, /^Bevindingen/);
    await findings.getByText(/zoetemeer\.nl’ lijkt op een tikfout/).waitFor();
    await findings.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }).waitFor();
    const changes = section(page, /^Bijgehouden wijzigingen/);
    const advies = changes.getByRole('group', { name: /^Advies commissie/ });
    await advies.getByText('Griffie Zoetermeer').waitFor();
    await advies.getByText('Voorstel agenderen als debatstuk').waitFor();
    await control(page, 'annotatie.adviesCommissie').locator('ins').waitFor();

    await page.getByRole('button', { name: 'Accepteren: ingevoegd “Voorstel agenderen als debatstuk” door Griffie Zoetermeer' }).click();
    await page.getByText('1 wijziging geaccepteerd.').waitFor();
    await control(page, 'annotatie.adviesCommissie').getByText('Voorstel agenderen als debatstuk').waitFor();
    await expect(control(page, 'annotatie.adviesCommissie').locator('ins, del').count()).resolves.toBe(0);
    await changes.getByText(/^Geen wijzigingen/).waitFor();
  });

  it('puts Word’s cursor in the field a finding names, and shows it in the document', async () => {
    const page = await open('preview.html?demo=seed');
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await openReview(page);
    await section(page, /^Bevindingen/).getByRole('button', { name: 'E-mail behandelend ambtenaar selecteren in het document' }).click();
    await documentView(page).locator('[data-tag="annotatie.ambtenaar.email"].cc-cursor').waitFor();
  });

  it('lists a field edited directly in the document as changed outside the pane, tracked under the preview’s user', async () => {
    const page = await open('preview.html?demo=seed');
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    const programma = control(page, 'annotatie.programma');
    await programma.click();
    const editor = documentView(page).getByRole('textbox', { name: 'Programma' });
    await expect(editor.inputValue()).resolves.toBe('Alle programma’s');
    await editor.press('End');
    await editor.pressSequentially(' en Veiligheid');
    await editor.press('Enter');
    await programma.locator('ins').getByText('en Veiligheid').waitFor();
    await expect(programma.locator('ins').getAttribute('title')).resolves.toMatch(/^Gebruiker preview, /);
    // The keyboard user is back on the field.
    await expect(programma.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);

    await openReview(page);
    const outside = section(page, /^Buiten het taakvenster gewijzigd/);
    const card = outside.getByRole('group', { name: 'Programma' });
    await card.getByText('Alle programma’s', { exact: true }).waitFor();
    await card.getByText('Alle programma’s en Veiligheid', { exact: true }).waitFor();
    await section(page, /^Bijgehouden wijzigingen/).getByRole('group', { name: 'Gebruiker preview' }).waitFor();
    // The form shows the document's text too.
    await page.getByRole('tab', { name: 'Invullen' }).click();
    await expect(page.getByRole('combobox', { name: 'Programma' }).inputValue()).resolves.toBe('Alle programma’s en Veiligheid');
  });

  it('cancels a direct edit with Escape, reached with the keyboard alone', async () => {
    const page = await open('preview.html?demo=seed');
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    const field = documentView(page).getByRole('button', { name: 'Aard bijeenkomst bewerken' });
    await field.focus();
    await page.keyboard.press('Enter');
    const editor = documentView(page).getByRole('textbox', { name: 'Aard bijeenkomst' });
    await editor.fill('Iets anders');
    await page.keyboard.press('Escape');
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(control(page, 'annotatie.aardBijeenkomst').textContent()).resolves.toBe('Reguliere raad');
  });

  it('copies the JSON for the RIS: exactly what annotatie export --json gives', async () => {
    const page = await open('preview.html?demo=seed');
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await openReview(page);
    const handOff = section(page, /^Doorgeven aan het RIS/);
    await handOff.getByRole('button', { name: 'JSON kopiëren', exact: true }).click();
    await handOff.getByText('JSON staat op het klembord.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The document holds the seed, Advies commissie as the griffie typed it (pending, read as accepted).
    expect(copied).toBe(exportJsonText(exportEntry(DEMO_DOCUMENT_NAMES.seed, SEED)));
  });

  it('moves between the tabs with the arrow keys and opens one with Enter', async () => {
    const page = await open('preview.html?demo=seed&pane=only', { width: 350, height: 800 });
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.getByRole('tab', { name: 'Invullen' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Controle' }).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Bijgehouden wijzigingen/ }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Opslaan in document' }).waitFor();
  });

  it.each([
    ['the Controle tab at 350 px', 'preview.html?demo=seed&pane=only', 350],
    ['the Controle tab, English', 'preview.html?demo=seed&pane=only&lang=en', 350],
    ['the Controle tab, dark', 'preview.html?demo=seed&pane=only&theme=dark', 350],
    ['the whole preview with the Controle tab', 'preview.html?demo=seed', 1280],
  ])('%s has no serious or critical axe violation', async (_name, path, width) => {
    const page = await open(path, { width, height: 900 });
    await page.getByRole('tab', { name: /Controle|Review/ }).click();
    await page.getByRole('heading', { level: 2, name: /^(Bijgehouden wijzigingen|Tracked changes)/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['review-350.png', 'preview.html?demo=seed&pane=only', 350, true],
    ['review-1280.png', 'preview.html?demo=seed', 1280, false],
  ])('screenshot %s', async (file, path, width, fullPage) => {
    const page = await open(path, { width, height: 900 });
    await openReview(page);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(screenshots, file), fullPage });
  });
});
