/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { createServices } from '../../src/taskpane/wiring';
import { DEFAULT_PROFILE, profileFromJson, type AnnotatieValues, type Profile } from '../../src/domain';
import seed from '../../src/preview/seed.json';
import { MemoryDocument, MemoryDrafts } from './memory-document';

/**
 * A day picked in the task pane's calendar lands in the field in the profile's house date style
 * (contract §2; Zoetermeer: d-m-yyyy, so 29-9-2025, never 29-09-2025 or 2025-09-29). Issue 9,
 * point 6: no unit test noticed a calendar that wrote another style (the browser e2e test does,
 * but only after a production build). Through the whole pane, as a user picks: the calendar
 * button, the popover, a day button by its accessible name.
 */

// The pane renders in 0.3–0.6 s in jsdom, the calendar chunk loads on first open.
jest.setTimeout(60_000);

/** Dates the calendar does not open on by itself, so a calendar that writes nothing fails too. */
const VALUES: AnnotatieValues = { ...(seed as AnnotatieValues), 'planning.oordeelsvorming': '15-9-2025', 'planning.besluitvorming': '13-10-2025' };

function renderPane(profile?: Profile) {
  const services = createServices({ document: new MemoryDocument(VALUES), language: 'nl', drafts: new MemoryDrafts(), ...(profile ? { profile } : {}) });
  render(<App services={services} theme={webLightTheme} />);
  return userEvent.setup({ delay: null });
}

/**
 * Generous waits: on a loaded 2-core machine the calendar chunk and the first popover render
 * took more than testing-library's default second, and the day buttons are only in the
 * accessibility tree once focus has moved into the popover (the component does that on the next
 * animation frame; until then Fluent's focus manager can still hold the popover aria-hidden).
 */
const SLOW = { timeout: 10_000 };

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, day: string): Promise<HTMLElement> {
  const field = await screen.findByRole('textbox', { name: label }, SLOW);
  await user.click(screen.getByRole('button', { name: `Kies een datum voor ${label}` }));
  const calendar = await screen.findByRole('dialog', { name: `Kies een datum voor ${label}` }, SLOW);
  // Fluent names day buttons "29, september, 2025" (CalendarGridDayCell), from our month names.
  await user.click(await within(calendar).findByRole('button', { name: day }, SLOW));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: `Kies een datum voor ${label}` })).not.toBeInTheDocument(), SLOW);
  return field;
}

describe('the calendar writes the house date style', () => {
  it('Zoetermeer’s profile says d-m-yyyy', () => {
    expect(DEFAULT_PROFILE.id).toBe('zoetermeer');
    expect(DEFAULT_PROFILE.houseStyle.date).toBe('d-m-yyyy');
  });

  // One render for both picks, as a user picks one date after the other in the same pane.
  it('writes d-m-yyyy: 29-9-2025 (no zero before the month), 6-10-2025 (none before the day)', async () => {
    const user = renderPane();
    expect(await pick(user, 'Oordeelsvorming', '29, september, 2025')).toHaveValue('29-9-2025');
    expect(await pick(user, 'Besluitvorming', '6, oktober, 2025')).toHaveValue('6-10-2025');
    // The other fields are untouched by either pick.
    expect(await screen.findByRole('textbox', { name: 'Beeldvorming' }, SLOW)).toHaveValue('n.v.t.');
  });

  // The calendar writes what the profile says, not Zoetermeer's style for everyone; otherwise the
  // pane would at once object to its own pick ("Schrijf dit in de huisstijl als ‘29-09-2025’").
  it('writes dd-mm-yyyy for a profile that says so: 29-09-2025', async () => {
    const result = profileFromJson({ ...DEFAULT_PROFILE, id: 'dd-mm', houseStyle: { ...DEFAULT_PROFILE.houseStyle, date: 'dd-mm-yyyy' } }, 'dd-mm.json');
    if (!result.ok) throw new Error(result.error);
    const user = renderPane(result.profile);
    expect(await pick(user, 'Oordeelsvorming', '29, september, 2025')).toHaveValue('29-09-2025');
  });
});
