/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { createServices } from '../../src/taskpane/wiring';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord } from '../../src/document/word/fake';
import type { Language } from '../../src/domain';
import { CONFIDENT, recogniseAnnotatie } from '../../src/domain/legacy';
import { LEGACY_DEMO_PARAGRAPHS } from '../../src/preview/legacy-demo';
import { MemoryDrafts } from './memory-document';
import { pinClock } from '../support/clock';

pinClock();
// The whole review form renders in jsdom; on a loaded 2-core machine a flow with clicks can pass 5 s.
jest.setTimeout(30_000);

/** The pane over the real Word layer over the Word fake, holding an old annotatie as plain text. */
function renderPane(paragraphs: readonly string[] = LEGACY_DEMO_PARAGRAPHS, language: Language = 'nl', drafts = new MemoryDrafts()) {
  const fake = createFakeWord({ author: 'Tester' });
  fake.user.setParagraphs(paragraphs);
  fake.user.placeCursor(0);
  const document = createWordDocument(fake.host, { newId: () => 'legacy-test' });
  const services = createServices({ document, language, drafts });
  const user = userEvent.setup({ delay: null });
  const view = render(<App services={services} theme={webLightTheme} />);
  return { fake, user, drafts, view };
}

const SUBJECT = 'Rekenkameronderzoek Arbeidsmigranten in Zoetermeer';
/** The conversion is its own chunk (React.lazy): the first test waits for jest to compile it. */
const CHUNK = { timeout: 15_000 };

async function startConversion(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Omzetten naar gestructureerde annotatie' }, CHUNK));
  await screen.findByRole('heading', { name: 'Herkende waarden controleren' });
}

describe('converting an old annotatie in the pane', () => {
  it('offers the conversion when the document holds an old annotatie, next to inserting an empty one', async () => {
    renderPane();
    expect(await screen.findByRole('heading', { name: 'Dit document lijkt een annotatie in de oude vorm te bevatten' }, CHUNK)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Omzetten naar gestructureerde annotatie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annotatie invoegen' })).toBeInTheDocument();
  });

  it('offers nothing for a document whose text is no annotatie', async () => {
    const { fake } = renderPane(['Raadsvoorstel', 'Het college stelt de raad voor het beleid vast te stellen.', '']);
    await screen.findByRole('button', { name: 'Annotatie invoegen' });
    // The pane's read and the conversion's one read of the text have both answered…
    await waitFor(() => expect(fake.stats().syncs).toBe(2), CHUNK);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // …and no offer came; the plain insert is still there.
    expect(screen.queryByRole('button', { name: 'Omzetten naar gestructureerde annotatie' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annotatie invoegen' })).toBeInTheDocument();
  });

  it('shows the recognised values, marks the low-confidence ones for screen readers too, and lets the user correct them', async () => {
    const { user } = renderPane();
    await startConversion(user);
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(SUBJECT);
    expect(screen.getByRole('textbox', { name: 'Aard bijeenkomst' })).toHaveValue('Reguliere raad');
    // Which fields are doubtful is the recogniser's say; the pane must mark exactly those.
    const recognition = recogniseAnnotatie({ blocks: LEGACY_DEMO_PARAGRAPHS.map((text) => ({ kind: 'paragraph', text })), reflow: true });
    const doubtful = Object.entries(recognition.confidence).filter(([, confidence]) => (confidence ?? 1) < CONFIDENT);
    expect(doubtful.length).toBeGreaterThan(0);
    expect(screen.getAllByText('Controleer: herkend met lage zekerheid.')).toHaveLength(doubtful.length);
    // Oordeelsvorming's label was OCR'd beyond reading ("Oordzzl\z e"): known from its place only.
    expect(recognition.confidence['planning.oordeelsvorming']).toBeLessThan(CONFIDENT);
    const oordeel = screen.getByRole('textbox', { name: 'Oordeelsvorming' });
    expect(oordeel).toHaveValue('29-9-2025');
    expect(oordeel).toHaveAccessibleDescription('Controleer: herkend met lage zekerheid.');
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).not.toHaveAccessibleDescription(/lage zekerheid/);
    await user.clear(oordeel);
    await user.type(oordeel, '30-9-2025');
    expect(oordeel).toHaveValue('30-9-2025');
  });

  it('inserts the corrected annotatie on the first confirmation and keeps the old text until the second', async () => {
    const { fake, user } = renderPane();
    await startConversion(user);
    const email = screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    expect(email).toHaveValue('a.e.de.vries@zoetemeer.nl');
    await user.clear(email);
    await user.type(email, 'a.e.de.vries@zoetermeer.nl');
    await user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    await screen.findByRole('heading', { name: 'De gestructureerde annotatie staat bovenaan het document' });
    // The first confirmation: the structured annotatie, with the correction; the old text untouched.
    expect(fake.controlTexts('annotatie.ambtenaar.email')).toEqual(['a.e.de.vries@zoetermeer.nl']);
    expect(fake.controlTexts('annotatie.onderwerp')).toEqual([SUBJECT]);
    expect(fake.text()).toContain('a.e.de.vries@zoetemeer.nl w.i.van.vaals@zoetermeer.nl');
    expect(screen.getByText(/Wijzigingen bijhouden staat uit/)).toBeInTheDocument();

    // The second confirmation removes the old text, and only that.
    await user.click(screen.getByRole('button', { name: 'Oude tekst verwijderen' }));
    expect(await screen.findByText(/De oude tekst is verwijderd \(\d+ alinea’s\)\./)).toBeInTheDocument();
    expect(fake.text()).not.toContain('zoetemeer.nl');
    expect(fake.text()).not.toContain('Oordzzl');
    expect(fake.controlTexts('annotatie.onderwerp')).toEqual([SUBJECT]);

    // Then the pane is the form, read from the document.
    await user.click(screen.getByRole('button', { name: 'Naar het formulier' }));
    await screen.findByRole('button', { name: 'Opslaan in document' });
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(SUBJECT);
  });

  it('tracks the removal when track changes is on, so nothing is lost', async () => {
    const { fake, user } = renderPane();
    fake.user.setTracking('TrackAll');
    await startConversion(user);
    await user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    await screen.findByText(/Wijzigingen bijhouden staat aan/);
    await user.click(screen.getByRole('button', { name: 'Oude tekst verwijderen' }));
    expect(await screen.findByText(/als bijgehouden wijziging verwijderd/)).toBeInTheDocument();
    const deleted = fake
      .snapshot()
      .blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []))
      .filter((run) => run.revision?.type === 'delete')
      .map((run) => run.text)
      .join('\n');
    expect(deleted).toContain('a.e.de.vries@zoetemeer.nl');
  });

  it('removes nothing when the old text was edited between the two confirmations, and says so', async () => {
    const { fake, user } = renderPane();
    await startConversion(user);
    await user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    await screen.findByRole('button', { name: 'Oude tekst verwijderen' });
    fake.user.typeAtEndOfParagraph(-5, ' Aangevuld na het omzetten.');
    const before = fake.text();
    await user.click(screen.getByRole('button', { name: 'Oude tekst verwijderen' }));
    expect(await screen.findByText(/De oude tekst is gewijzigd sinds hij werd gelezen\. Er is niets verwijderd/)).toBeInTheDocument();
    expect(fake.text()).toBe(before);
  });

  it('keeps the old text when the user says so', async () => {
    const { fake, user } = renderPane();
    await startConversion(user);
    await user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    await user.click(await screen.findByRole('button', { name: 'Oude tekst laten staan' }));
    await screen.findByRole('button', { name: 'Opslaan in document' });
    expect(fake.text()).toContain('Oordzzl');
  });

  it('keeps the corrected values in the pane when Word refuses the insert', async () => {
    const { fake, user } = renderPane();
    await startConversion(user);
    const subject = screen.getByRole('textbox', { name: 'Onderwerp' });
    await user.type(subject, ' (herzien)');
    fake.user.setProtected(true);
    await user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    expect(await screen.findByText('De gestructureerde annotatie kon niet worden ingevoegd. Uw waarden staan nog hier.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(`${SUBJECT} (herzien)`);
    fake.user.setProtected(false);
    await user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    await screen.findByRole('button', { name: 'Oude tekst verwijderen' });
    expect(fake.controlTexts('annotatie.onderwerp')).toEqual([`${SUBJECT} (herzien)`]);
  });

  it('keeps the corrections as a draft, so closing the pane before inserting loses nothing', async () => {
    const { user, drafts, view } = renderPane();
    await startConversion(user);
    const subject = screen.getByRole('textbox', { name: 'Onderwerp' });
    await user.type(subject, ' (herzien)');
    expect(drafts.draft).toEqual({ onderwerp: `${SUBJECT} (herzien)` });
    view.unmount();
    // The pane opens again on the same document (its draft store is the document's).
    const again = renderPane(LEGACY_DEMO_PARAGRAPHS, 'nl', drafts);
    await startConversion(again.user);
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(`${SUBJECT} (herzien)`);
    await again.user.click(screen.getByRole('button', { name: 'Gestructureerde annotatie invoegen' }));
    await screen.findByRole('button', { name: 'Oude tekst verwijderen' });
    expect(again.fake.controlTexts('annotatie.onderwerp')).toEqual([`${SUBJECT} (herzien)`]);
    expect(drafts.draft).toBeUndefined();
  });

  it('speaks English in an English Office', async () => {
    const { user } = renderPane(LEGACY_DEMO_PARAGRAPHS, 'en');
    await user.click(await screen.findByRole('button', { name: 'Convert to structured annotation' }, CHUNK));
    await screen.findByRole('heading', { name: 'Check the recognised values' });
    expect(screen.getByRole('textbox', { name: 'Information gathering (Beeldvorming)' })).toHaveValue('n.v.t.');
    expect(screen.getAllByText('Check: recognised with low confidence.').length).toBeGreaterThan(0);
  });
});
