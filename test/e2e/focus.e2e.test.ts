import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { previewSession } from './support/preview-session';

/**
 * Issue 11, points 2–4 and the accessibility goal, in the built pane in chromium at the size of
 * a narrow Word task pane (340×700): every focused control is visible, above the sticky save
 * bar (WCAG 2.2 SC 2.4.11), focus lands on something visible after each action, open choices
 * keep typed text, and axe finds nothing serious in any state a user can reach.
 */
const PANE = { width: 340, height: 700 } as const;

const session = previewSession(PANE);
const open = session.open;

interface FocusPlace {
  /** tag#id, name: enough to tell the stops apart in a failure. */
  readonly what: string;
  /** Whole in the viewport, and not under the pane's sticky footer (unless it is in the footer). */
  readonly visible: boolean;
  readonly top: number;
  readonly bottom: number;
  readonly limit: number;
}

/**
 * Where focus is and whether a sighted user sees it, two frames after the key (what the user
 * sees on screen). The footer is found by its element, not by anything the fix added.
 */
function focusPlace(page: Page): Promise<FocusPlace> {
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const element = document.activeElement;
    if (element === null || element === document.body) return { what: '<body>', visible: false, top: 0, bottom: 0, limit: 0 };
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    const what = `${element.tagName.toLowerCase()}#${element.id} ${name}`;
    const rect = element.getBoundingClientRect();
    const footer = document.querySelector('main footer');
    const inFooter = footer?.contains(element) ?? true;
    const limit = inFooter || footer === null ? window.innerHeight : footer.getBoundingClientRect().top;
    // One pixel of rounding either way.
    const visible = rect.height > 0 && rect.top >= -1 && rect.bottom <= limit + 1;
    return { what, visible, top: Math.round(rect.top), bottom: Math.round(rect.bottom), limit: Math.round(limit) };
  });
}

const expectVisibleFocus = async (page: Page) => {
  const place = await focusPlace(page);
  expect(place).toEqual(expect.objectContaining({ visible: true }));
  return place;
};

/**
 * Scrolls the page so `selector`'s element starts just under the top of the save bar: in the
 * viewport, so the browser's own focus() does not scroll it, but hidden to the user.
 */
async function putUnderFooter(page: Page, selector: string): Promise<void> {
  await page.evaluate((css) => {
    const element = document.querySelector(css);
    const footer = document.querySelector('main footer');
    if (element === null || footer === null) throw new Error(`no ${css} or no footer`);
    window.scrollBy(0, element.getBoundingClientRect().top - (footer.getBoundingClientRect().top + 4));
  }, selector);
}

describe('focus is never hidden under the save bar (340×700)', () => {
  it('tabs through the whole form with every focused control in view, above the footer', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.waitForLoadState('networkidle');
    const stops: FocusPlace[] = [];
    for (let press = 0; press < 150; press += 1) {
      await page.keyboard.press('Tab');
      const place = await focusPlace(page);
      stops.push(place);
      if (place.what.includes('Opslaan in document')) break;
    }
    // The walk reached the save button, through every field on the way (taskpane.e2e checks the order).
    expect(stops.at(-1)?.what).toContain('Opslaan in document');
    expect(stops.length).toBeGreaterThan(25);
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);

    // And back up with Shift+Tab, where the browser scrolls the other way.
    for (let press = 0; press < stops.length - 1; press += 1) {
      await page.keyboard.press('Shift+Tab');
      const place = await focusPlace(page);
      expect(place).toEqual(expect.objectContaining({ visible: true }));
    }
  });

  it('a problem clicked in the summary focuses its field where it can be seen', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    // A problem far down the form: an empty Behandeladvies, left (so it shows).
    const advies = page.getByRole('textbox', { name: 'Behandeladvies' });
    await advies.fill('');
    await advies.blur();
    const link = page.getByRole('button', { name: 'Behandeladvies', exact: true });
    await link.waitFor();
    // The field where the bar hides it; the link is clicked in the page (a pointer click would
    // scroll the page to the link first, and the summary is at the top).
    await putUnderFooter(page, '#annotatie-toelichting-behandeladvies');
    await link.evaluate((element: HTMLElement) => element.click());
    await page.waitForFunction(() => document.activeElement?.id === 'annotatie-toelichting-behandeladvies');
    await expectVisibleFocus(page);
  });

  it('Escape from a calendar gives focus back to a visible control', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    const button = page.getByRole('button', { name: 'Kies een datum voor Besluitvorming' });
    await button.waitFor();
    await putUnderFooter(page, 'button[aria-label="Kies een datum voor Besluitvorming"]');
    await button.evaluate((element: HTMLElement) => element.click());
    const calendar = page.getByRole('dialog', { name: 'Kies een datum voor Besluitvorming' });
    await calendar.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null);
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });
    const place = await expectVisibleFocus(page);
    expect(place.what).toContain('Kies een datum voor Besluitvorming');
  });
});

describe('focus after an action lands on something visible, never on <body>', () => {
  it('the one-click e-mail fix: the fixed field', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await page.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }).click();
    const place = await expectVisibleFocus(page);
    expect(place.what).toContain('input#annotatie-ambtenaar-email');
  });

  it('a day picked with the keyboard: the date input, with the day in house style', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    const field = page.getByRole('textbox', { name: 'Oordeelsvorming' });
    await field.fill('22-9-2025');
    await page.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null);
    // The calendar opens on 22 September; one day on is the 23rd.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect(field.inputValue()).resolves.toBe('23-9-2025');
    const place = await expectVisibleFocus(page);
    expect(place.what).toContain('input#annotatie-planning-oordeelsvorming');
  });

  it('saving with Enter: the save button keeps focus while it is busy and after', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await page.getByRole('textbox', { name: 'Onderwerp' }).fill('Rekenkameronderzoek Arbeidsmigranten (toets)');
    await page.getByRole('button', { name: 'Opslaan in document' }).focus();
    await page.keyboard.press('Enter');
    // The seed's e-mail typo is still there: "1 veld opgeslagen; 1 fout nog op te lossen."
    await page.getByText(/^1 veld opgeslagen/).waitFor();
    const place = await expectVisibleFocus(page);
    expect(place.what).toContain('Opslaan in document');
  });

  it('inserting the annotatie: its first field', async () => {
    const page = await open('preview.html?demo=empty&pane=only');
    await page.getByRole('button', { name: 'Annotatie invoegen' }).click();
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'annotatie-onderwerp');
    await expectVisibleFocus(page);
  });
});

describe('an open choice in the browser', () => {
  it('keeps “Raadsconferentie” on Enter, and filters the list while typing', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    const aard = page.getByRole('combobox', { name: 'Aard bijeenkomst' });
    await aard.fill('');
    await aard.pressSequentially('Commissie');
    await expect(page.getByRole('listbox').getByRole('option').allTextContents()).resolves.toEqual([
      'Commissie Plenair',
      'Commissie Stad',
      'Commissie Samenleving',
    ]);
    await aard.fill('');
    await aard.pressSequentially('Raadsconferentie');
    await expect(page.getByRole('listbox').getByRole('option').allTextContents()).resolves.toEqual([
      'Geen keuze in de lijst past: uw eigen tekst blijft staan',
    ]);
    await page.keyboard.press('Enter');
    await expect(aard.inputValue()).resolves.toBe('Raadsconferentie');
    await page.keyboard.press('Tab');
    await expect(aard.inputValue()).resolves.toBe('Raadsconferentie');
  });
});

describe('accessibility in every state a user reaches (axe-core, WCAG 2.2 A and AA)', () => {
  const settled = async (page: Page) => {
    await page.getByRole('textbox', { name: 'Onderwerp' }).waitFor();
    await page.waitForLoadState('networkidle');
  };

  it('the form, with the seed’s findings shown', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await settled(page);
    await page.getByText(/lijkt op een tikfout/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a fresh annotatie, and the same after a failed attempt to save it', async () => {
    const page = await open('preview.html?demo=empty&pane=only');
    await page.getByRole('button', { name: 'Annotatie invoegen' }).click();
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Onderwerp' }).fill('Een onderwerp');
    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    await page.getByText(/opgeslagen|Niet alles/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the calendar open', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await settled(page);
    await page.getByRole('button', { name: 'Kies een datum voor Besluitvorming' }).click();
    await page.getByRole('dialog', { name: 'Kies een datum voor Besluitvorming' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a combobox open, filtered, and with nothing matching', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await settled(page);
    const programma = page.getByRole('combobox', { name: 'Programma' });
    await programma.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('listbox').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await programma.fill('');
    await programma.pressSequentially('xyz');
    await page.getByRole('option', { name: /Geen keuze/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a save Word refused', async () => {
    // The whole preview (its header has the switch that protects the document), at pane width.
    const page = await open('preview.html?demo=seed');
    await settled(page);
    await page.getByRole('textbox', { name: 'Onderwerp' }).fill('Rekenkameronderzoek Arbeidsmigranten (herzien)');
    await page.getByRole('switch', { name: /Document beveiligd/ }).check();
    await page.getByRole('button', { name: 'Opslaan in document' }).click();
    await page.getByText(/^Niet opgeslagen:/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a draft restored after a reload', async () => {
    const page = await open('preview.html?demo=seed&pane=only');
    await settled(page);
    const onderwerp = page.getByRole('textbox', { name: 'Onderwerp' });
    await onderwerp.fill('Concept dat nog niet is opgeslagen');
    await page.reload();
    await settled(page);
    await expect(page.getByRole('textbox', { name: 'Onderwerp' }).inputValue()).resolves.toBe('Concept dat nog niet is opgeslagen');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
