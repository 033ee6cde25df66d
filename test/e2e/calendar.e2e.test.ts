import type { Route } from 'playwright-core';
import { previewSession } from './support/preview-session';

/**
 * The meeting calendar in the built pane (issue 13), in the preview, whose Zoetermeer profile
 * names the invented calendar dist/profiles/zoetermeer-2025-voorbeeld.ics: the first field does
 * not wait for it, the check uses it once it arrives (planning_no_meeting with its one-click fix),
 * the date picker marks the phase's meeting days, and a calendar that cannot be had is a calm
 * notice. The clock is 1 September 2025 (isolatedContext).
 */
const CALENDAR = '**/profiles/zoetermeer-2025-voorbeeld.ics';
const NO_MEETING = 'Op 15-9-2025 staat in de vergaderkalender ‘Presidium’, geen vergadering voor deze fase. De eerstvolgende is op 29-9-2025.';

const session = previewSession();
const newPage = session.newPage;

/** Waits for a condition of the test's own (not the page's), generously. */
async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the meeting calendar in the preview', () => {
  it('shows the first field before the calendar arrives, then offers the next meeting day as a fix', async () => {
    const page = await newPage();
    // Held until the form is on screen: the route registered last runs first (Playwright).
    const held: Route[] = [];
    await session.context.route(CALENDAR, (route) => {
      held.push(route);
    });
    await page.goto(`${session.origin}/preview.html?demo=seed`);
    const field = page.getByRole('textbox', { name: 'Oordeelsvorming' });
    await field.waitFor();
    // The calendar is asked for once the form is up, and is still pending.
    await until(() => held.length === 1);

    // Monday 15-9-2025: fine for the weekday check the pane uses until the calendar is there.
    await field.fill('15-9-2025');
    await field.blur();
    await expect(page.getByText(NO_MEETING).count()).resolves.toBe(0);

    await held[0]?.continue();
    const fix = page.getByRole('button', { name: 'Wijzig in 29-9-2025' });
    await fix.waitFor();
    await expect(page.getByText(NO_MEETING).first().isVisible()).resolves.toBe(true);
    await fix.click();
    await expect(field.inputValue()).resolves.toBe('29-9-2025');
    await page.getByText(NO_MEETING).first().waitFor({ state: 'detached' });
  });

  it('marks the meeting days of the field’s phase in the date picker', async () => {
    const page = await newPage();
    await page.goto(`${session.origin}/preview.html?demo=seed`);
    await page.getByRole('textbox', { name: 'Oordeelsvorming' }).waitFor();
    const picker = page.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' });
    await picker.click();
    const dialog = page.getByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '29, september, 2025, vergaderdag oordeelsvorming' }).waitFor();
    // 15-9 has only the Presidium, 8-9 a Stadsgesprek (beeldvorming): not marked for this field.
    await expect(dialog.getByRole('button', { name: '15, september, 2025', exact: true }).count()).resolves.toBe(1);
    await expect(dialog.getByRole('button', { name: '8, september, 2025', exact: true }).count()).resolves.toBe(1);
  });

  it('says calmly when the calendar is not there, and the form works as before', async () => {
    const page = await newPage();
    await session.context.route(CALENDAR, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto(`${session.origin}/preview.html?demo=seed`);
    await page
      .getByText(
        'De vergaderkalender ‘profiles/zoetermeer-2025-voorbeeld.ics’ kon niet worden opgehaald (HTTP 404). De planning wordt daarom alleen op de vaste vergaderdag gecontroleerd.',
        { exact: false },
      )
      .waitFor();
    const field = page.getByRole('textbox', { name: 'Oordeelsvorming' });
    await field.fill('16-9-2025');
    await field.blur();
    await page.getByRole('button', { name: 'Wijzig in 15-9-2025' }).waitFor();
  });
});
