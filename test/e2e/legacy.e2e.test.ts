import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { previewSession } from './support/preview-session';

/**
 * Converting an old annotatie in the built preview (dist/, `preview.html?demo=legacy`), in
 * Debian's chromium: the offer, the recognised values with the doubtful ones marked, a
 * correction, the first confirmation (the structured annotatie goes in, the old text stays), the
 * second (the old text goes, tracked when track changes is on), and axe on the review step.
 */

const session = previewSession();
const open = session.open;

const documentView = (page: Page) => page.getByRole('region', { name: 'Gesimuleerd Word-document' });
const SUBJECT = 'Rekenkameronderzoek Arbeidsmigranten in Zoetermeer';

async function review(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Omzetten naar gestructureerde annotatie' }).click();
  await page.getByRole('heading', { name: 'Herkende waarden controleren' }).waitFor();
}

describe('converting an old annotatie in the preview', () => {
  it('inserts the corrected annotatie on the first confirmation and removes the old text only on the second', async () => {
    const page = await open('preview.html?demo=legacy');
    await page.getByRole('heading', { name: 'Dit document lijkt een annotatie in de oude vorm te bevatten' }).waitFor();
    // The old text, no controls yet.
    await documentView(page).getByText('a.e.de.vries@zoetemeer.nl w.i.van.vaals@zoetermeer.nl').waitFor();
    await expect(documentView(page).locator('[data-tag]').count()).resolves.toBe(0);

    await review(page);
    await expect(page.getByRole('textbox', { name: 'Onderwerp' }).inputValue()).resolves.toBe(SUBJECT);
    const oordeel = page.getByRole('textbox', { name: 'Oordeelsvorming' });
    await expect(oordeel.inputValue()).resolves.toBe('29-9-2025');
    // Marked, for the eye and (aria-describedby) for a screen reader.
    const describedBy = (await oordeel.getAttribute('aria-describedby')) ?? '';
    const description = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
    expect(description).toContain('Controleer: herkend met lage zekerheid.');
    expect(await seriousViolations(page)).toEqual([]);

    const email = page.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    await email.fill('a.e.de.vries@zoetermeer.nl');
    await page.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }).click();
    await page.getByRole('heading', { name: 'De gestructureerde annotatie staat bovenaan het document' }).waitFor();
    // First confirmation: the structured annotatie, corrected; the old text still there.
    await documentView(page).locator('[data-tag="annotatie.ambtenaar.email"]').getByText('a.e.de.vries@zoetermeer.nl').waitFor();
    await documentView(page).getByText('a.e.de.vries@zoetemeer.nl w.i.van.vaals@zoetermeer.nl').waitFor();

    // Second confirmation: the old text goes, the annotatie stays.
    await page.getByRole('button', { name: 'Oude tekst verwijderen' }).click();
    await page.getByText(/^De oude tekst is verwijderd \(\d+ alinea’s\)\.$/).waitFor();
    await expect(documentView(page).getByText('a.e.de.vries@zoetemeer.nl w.i.van.vaals@zoetermeer.nl').count()).resolves.toBe(0);
    await documentView(page).locator('[data-tag="annotatie.onderwerp"]').getByText(SUBJECT).waitFor();

    await page.getByRole('button', { name: 'Naar het formulier' }).click();
    await page.getByRole('button', { name: 'Opslaan in document' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' }).inputValue()).resolves.toBe('a.e.de.vries@zoetermeer.nl');
  });

  it('with track changes on, the removal is a tracked deletion that stays visible in the document', async () => {
    const page = await open('preview.html?demo=legacy&tracking=on');
    await review(page);
    await page.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }).click();
    await page.getByText(/Wijzigingen bijhouden staat aan: de verwijdering wordt bijgehouden/).waitFor();
    await page.getByRole('button', { name: 'Oude tekst verwijderen' }).click();
    await page.getByText(/als bijgehouden wijziging verwijderd/).waitFor();
    await documentView(page).locator('del').filter({ hasText: 'a.e.de.vries@zoetemeer.nl' }).waitFor();
  });

  it('speaks English with lang=en', async () => {
    const page = await open('preview.html?demo=legacy&lang=en');
    await page.getByRole('button', { name: 'Convert to structured annotation' }).click();
    await page.getByRole('heading', { name: 'Check the recognised values' }).waitFor();
    await page.getByText('Check: recognised with low confidence.').first().waitFor();
  });
});
