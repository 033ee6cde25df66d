/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from '../../src/taskpane/components/App';
import { createServices } from '../../src/taskpane/wiring';
import { DEFAULT_PROFILE, type Profile } from '../../src/domain/profile';
import type { AnnotatieValues } from '../../src/domain/fields';
import type { FetchText } from '../../src/taskpane/profile-source';
import { loadPaneCalendar } from '../../src/taskpane/pane-calendar';
import clean from '../fixtures/values/clean.json';
import { MemoryDocument, MemoryDrafts } from './memory-document';
import { pinClock } from '../support/clock';

/**
 * The council's meeting calendar in the pane (issue 13): fetched from the add-in's site once
 * the form is on screen, then planning_no_meeting with its one-click fix, the meeting days
 * marked in the date picker, and a calm notice when the calendar cannot be had. The calendar is
 * the invented Zoetermeer one of test/fixtures/calendar (made with python3-icalendar).
 */
pinClock();
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 5000 });

const ICS = readFileSync(join(__dirname, '..', 'fixtures', 'calendar', 'zoetermeer-2025.ics'), 'utf8');
const PAGE = 'https://addin.gemeente.test/taskpane.html?profile=profiles/zoetermeer.json';
const CALENDAR_URL = 'https://addin.gemeente.test/profiles/vergaderkalender.ics';

const ZOETERMEER_WITH_CALENDAR: Profile = {
  ...DEFAULT_PROFILE,
  calendar: { events: DEFAULT_PROFILE.calendar?.events ?? [], url: 'profiles/vergaderkalender.ics' },
};

/** Monday 15-9-2025 has only the Presidium; the next Commissie is on 29-9-2025. */
const VALUES: AnnotatieValues = { ...(clean as AnnotatieValues), 'planning.oordeelsvorming': '15-9-2025' };

type Response = Awaited<ReturnType<FetchText>>;
const answer = (text: string, status = 200): Response => ({ ok: status >= 200 && status < 300, status, text: async () => text });

/** A fetch that answers when the test says so, recording what was asked. */
function controlledFetch() {
  const asked: string[] = [];
  let release: (response: Response) => void = () => undefined;
  const pending = new Promise<Response>((resolve) => {
    release = resolve;
  });
  const fetchText: FetchText = async (url) => {
    asked.push(url);
    return pending;
  };
  return { asked, fetchText, release: (response: Response) => release(response) };
}

function renderPane(options: { readonly fetchText: FetchText; readonly values?: AnnotatieValues; readonly profile?: Profile }) {
  const document = new MemoryDocument(options.values ?? VALUES);
  const services = createServices({
    document,
    language: 'nl',
    drafts: new MemoryDrafts(),
    profile: options.profile ?? ZOETERMEER_WITH_CALENDAR,
    calendarSource: { pageUrl: PAGE, fetchText: options.fetchText },
  });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return { user, document };
}

const NO_MEETING = 'Op 15-9-2025 staat in de vergaderkalender ‘Presidium’, geen vergadering voor deze fase. De eerstvolgende is op 29-9-2025.';

describe('the meeting calendar in the pane', () => {
  it('shows the form first, then fetches the calendar from the add-in’s site and checks against it', async () => {
    const calendar = controlledFetch();
    renderPane({ fetchText: calendar.fetchText });
    // The first field is there while the calendar has not answered (it may never).
    expect(await screen.findByRole('textbox', { name: 'Onderwerp' })).toBeInTheDocument();
    await waitFor(() => expect(calendar.asked).toEqual([CALENDAR_URL]));
    // Meanwhile the weekday check: a Monday is fine, nothing about meetings yet.
    expect(screen.queryByText(NO_MEETING)).not.toBeInTheDocument();
    expect(screen.getByText('Geen problemen gevonden.')).toBeInTheDocument();

    calendar.release(answer(ICS));
    expect(await screen.findByText(NO_MEETING)).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /vergaderkalender/ })).not.toBeInTheDocument();
  });

  it('offers the next meeting day as a one-click fix, which clears the warning', async () => {
    const { user } = renderPane({ fetchText: async () => answer(ICS) });
    await screen.findByText(NO_MEETING);
    const field = screen.getByRole('textbox', { name: 'Oordeelsvorming' });
    await user.click(screen.getByRole('button', { name: 'Wijzig in 29-9-2025' }));
    expect(field).toHaveValue('29-9-2025');
    await waitFor(() => expect(screen.queryByText(NO_MEETING)).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Wijzig in 29-9-2025' })).not.toBeInTheDocument();
  });

  it('marks the meeting days of the field’s phase in the date picker, with an accessible name', async () => {
    const { user } = renderPane({ fetchText: async () => answer(ICS), values: { ...VALUES, 'planning.oordeelsvorming': '29-9-2025' } });
    await screen.findByRole('textbox', { name: 'Oordeelsvorming' });
    // Wait until the calendar is there (a planning date of another kind is then reported).
    await waitFor(() => expect(screen.getByText('Geen problemen gevonden.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' }));
    const picker = await screen.findByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' }, { timeout: 10_000 });
    // September 2025: Commissie Stad and Samenleving on Monday 29-9; only that day for this phase.
    // The buttons' names as a screen reader gets them (the popover may still be aria-hidden while it opens).
    const marked = [...picker.querySelectorAll('button[aria-label]')]
      .map((button) => button.getAttribute('aria-label') ?? '')
      .filter((name) => name.endsWith('vergaderdag oordeelsvorming'));
    expect(marked).toEqual(['29, september, 2025, vergaderdag oordeelsvorming']);
    // The Stadsgesprek of 8-9 (beeldvorming) is no meeting day of this field.
    expect(picker.querySelector('button[aria-label="8, september, 2025"]')).not.toBeNull();
  });

  it('marks another phase’s days in its own field', async () => {
    const { user } = renderPane({ fetchText: async () => answer(ICS), values: { ...VALUES, 'planning.oordeelsvorming': '29-9-2025' } });
    await waitFor(() => expect(screen.getByText('Geen problemen gevonden.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Kies een datum voor Besluitvorming' }));
    const picker = await screen.findByRole('dialog', { name: 'Kies een datum voor Besluitvorming' }, { timeout: 10_000 });
    // October 2025 (the seed's 13-10): the Raadsvergadering of 13-10; the grid's six weeks run
    // to Sunday 9-11, so the all-day Raadsvergadering begroting of Thursday 6-11 is marked too.
    // The buttons' names as a screen reader gets them (the popover may still be aria-hidden while it opens).
    const marked = [...picker.querySelectorAll('button[aria-label]')]
      .map((button) => button.getAttribute('aria-label') ?? '')
      .filter((name) => name.includes('vergaderdag'));
    expect(marked).toEqual(['13, oktober, 2025, vergaderdag besluitvorming', '6, november, 2025, vergaderdag besluitvorming']);
  });

  it('says calmly when the calendar cannot be fetched, and checks the weekday as before', async () => {
    renderPane({ fetchText: async () => answer('Not Found', 404), values: { ...VALUES, 'planning.oordeelsvorming': '16-9-2025' } });
    expect(
      await screen.findByText(
        'De vergaderkalender ‘profiles/vergaderkalender.ics’ kon niet worden opgehaald (HTTP 404). De planning wordt daarom alleen op de vaste vergaderdag gecontroleerd. Blijft dit zo, meld het dan aan de functioneel beheerder.',
      ),
    ).toBeInTheDocument();
    // Tuesday 16-9-2025: the weekday rule, with its own fix.
    // In the summary and at the field.
    expect(screen.getAllByText(/Deze datum valt op een dinsdag; de raad van Zoetermeer vergadert op maandag\./)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Wijzig in 15-9-2025' })).toBeInTheDocument();
    // The form works: nothing is an error, the field can be edited.
    expect(screen.getByRole('textbox', { name: 'Oordeelsvorming' })).toBeEnabled();
  });

  it('names what is wrong with a file that is no calendar', async () => {
    renderPane({ fetchText: async () => answer('<html>Inloggen</html>') });
    expect(await screen.findByText(/^De vergaderkalender ‘profiles\/vergaderkalender\.ics’ is niet te gebruiken: geen iCalendar-bestand \(er staat geen BEGIN:VCALENDAR in\)\. De planning/)).toBeInTheDocument();
    expect(screen.queryByText(NO_MEETING)).not.toBeInTheDocument();
  });

  it('fetches nothing when the profile names no calendar', async () => {
    const fetchText = jest.fn<ReturnType<FetchText>, Parameters<FetchText>>(async () => answer(ICS));
    renderPane({ fetchText, profile: DEFAULT_PROFILE });
    await screen.findByRole('textbox', { name: 'Onderwerp' });
    await screen.findByText('Geen problemen gevonden.');
    expect(fetchText).not.toHaveBeenCalled();
  });
});

describe('loadPaneCalendar', () => {
  const events = DEFAULT_PROFILE.calendar?.events ?? [];

  it.each(['https://elders.test/kalender.ics', '//elders.test/kalender.ics', '\\\\elders\\kalender.ics', 'javascript:alert(1)'])(
    'refuses %s without fetching it',
    async (url) => {
      const fetchText = jest.fn<ReturnType<FetchText>, Parameters<FetchText>>(async () => answer(ICS));
      const loaded = await loadPaneCalendar({ events, url }, { pageUrl: PAGE, fetchText }, 'nl');
      expect(loaded).toEqual({ status: 'failed', problem: { kind: 'refused', name: url } });
      expect(fetchText).not.toHaveBeenCalled();
    },
  );

  it('resolves the path against the page and reads the file', async () => {
    const asked: string[] = [];
    const loaded = await loadPaneCalendar({ events, url: 'kalenders/raad.ics' }, { pageUrl: PAGE, fetchText: async (url) => (asked.push(url), answer(ICS)) }, 'en');
    expect(asked).toEqual(['https://addin.gemeente.test/kalenders/raad.ics']);
    expect(loaded.status === 'ready' ? loaded.calendar.nextMeetingDay('oordeelsvorming', { kind: 'date', year: 2025, month: 9, day: 15 }) : loaded).toEqual({
      kind: 'date',
      year: 2025,
      month: 9,
      day: 29,
    });
  });

  it('reports a network failure as unreachable, without a status', async () => {
    const loaded = await loadPaneCalendar({ events, url: 'raad.ics' }, { pageUrl: PAGE, fetchText: async () => Promise.reject(new TypeError('Failed to fetch')) }, 'nl');
    expect(loaded).toEqual({ status: 'failed', problem: { kind: 'unreachable', name: 'raad.ics' } });
  });

  it('gives the reason in the UI language', async () => {
    const loaded = await loadPaneCalendar({ events, url: 'raad.ics' }, { pageUrl: PAGE, fetchText: async () => answer('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n') }, 'en');
    expect(loaded.status === 'failed' && loaded.problem.kind === 'invalid' ? loaded.problem.reason : loaded).toMatch(/^not a valid iCalendar file/);
  });
});
