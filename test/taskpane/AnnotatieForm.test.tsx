/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { createServices } from '../../src/taskpane/wiring';
import { FIELDS, SECTIONS, type AnnotatieValues, type FieldDefinition, type Language } from '../../src/domain';
import seed from '../../src/preview/seed.json';
import { MemoryDocument, MemoryDrafts } from './memory-document';
import { pinClock } from '../support/clock';

// The pane validates with the clock's today; the seed's dates must lie ahead, as when it was written.
pinClock();

const SEED = seed as AnnotatieValues;

// Rendering the whole form in jsdom takes 0.3–0.6 s alone; on a loaded 2-core CI machine a
// flow with typing can pass 5 s.
jest.setTimeout(30_000);

function renderPane(document: MemoryDocument, language: Language = 'nl', drafts = new MemoryDrafts()) {
  const services = createServices({ document, language, drafts });
  // No delay between keystrokes: the form reacts synchronously and the suite stays fast.
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return { user, drafts };
}

/** The role a field's control has: what a screen reader announces. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function roleOf(field: FieldDefinition): 'textbox' | 'combobox' {
  return field.kind === 'choice' ? 'combobox' : 'textbox';
}

async function ready(): Promise<void> {
  // Generous, not a timing assertion: the save button arrives with the form's later chunk, which
  // on a loaded 2-core machine can take longer than findBy's default second.
  await screen.findByRole('button', { name: 'Opslaan in document' }, { timeout: 10_000 });
}

describe('the task pane form', () => {
  it('shows the sections in document order', async () => {
    renderPane(new MemoryDocument(SEED));
    await ready();
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings).toHaveLength(SECTIONS.length);
    SECTIONS.forEach((section, index) => expect(headings[index]).toHaveTextContent(new RegExp(`^${escapeRegExp(section.title.nl)}`)));
  });

  it('shows Onderwerp, the title of the annotatie, above the sections and first of the fields', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const onderwerp = screen.getByRole('textbox', { name: 'Onderwerp' });
    const contact = screen.getByRole('heading', { level: 2, name: /^Contactgegevens/ });
    expect(onderwerp.compareDocumentPosition(contact) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Collapsing Contactgegevens leaves it in view.
    await user.click(within(contact).getByRole('button'));
    expect(screen.queryByRole('textbox', { name: 'Portefeuillehouder' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toBeInTheDocument();
    // First of the fields in the page, so in the tab order (the e2e keyboard walk presses Tab).
    await user.click(within(contact).getByRole('button'));
    const others = FIELDS.filter((field) => field.key !== 'onderwerp').map((field) =>
      screen.getByRole(roleOf(field), { name: field.label.nl }),
    );
    const title = screen.getByRole('textbox', { name: 'Onderwerp' });
    expect(others.filter((control) => !(title.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING))).toEqual([]);
  });

  // One render per language, every field of §2 checked in it (rendering per field would make
  // the suite slow without testing more).
  it('has a control per field named by its Dutch label, holding the document value', async () => {
    renderPane(new MemoryDocument(SEED));
    await ready();
    for (const field of FIELDS) {
      expect(screen.getByRole(roleOf(field), { name: field.label.nl })).toHaveValue(SEED[field.key] ?? '');
    }
  });

  it('names every control by its English label when Office is in English', async () => {
    renderPane(new MemoryDocument(SEED), 'en');
    await screen.findByRole('button', { name: 'Save to document' });
    for (const field of FIELDS) {
      expect(screen.getByRole(roleOf(field), { name: field.label.en })).toBeInTheDocument();
    }
  });

  it('marks fields the contract requires as required', async () => {
    renderPane(new MemoryDocument(SEED));
    await ready();
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toBeRequired();
    expect(screen.getByRole('textbox', { name: 'Raadsadviseur' })).not.toBeRequired();
  });

  it('flags the e-mail typo of the seed and fixes it with one click', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const email = screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/zoetemeer\.nl.*tikfout/);
    // The summary at the top counts it and links to the field.
    expect(screen.getByText('1 fout')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'E-mail behandelend ambtenaar' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }));
    expect(email).toHaveValue('a.e.de.vries@zoetermeer.nl');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('Geen problemen gevonden.')).toBeInTheDocument();
  });

  it('counts problems per section in the section header', async () => {
    renderPane(new MemoryDocument(SEED));
    await ready();
    expect(screen.getByRole('button', { name: /Contactgegevens.*1 probleem/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Planning (BOB)' })).toBeInTheDocument();
  });

  it('shows a new problem when the user leaves the field, and a fixed one disappears while typing', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const phone = screen.getByRole('textbox', { name: 'Telefoon behandelend ambtenaar' });
    await user.clear(phone);
    await user.type(phone, '079-34');
    expect(phone).not.toHaveAttribute('aria-invalid'); // still typing
    await user.tab();
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    await user.clear(phone);
    await user.type(phone, '+31 79 3468269');
    expect(phone).not.toHaveAttribute('aria-invalid'); // fixed while typing
  });

  it('collapses a section and opens it again from the summary', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    await user.click(screen.getByRole('button', { name: /Contactgegevens/ }));
    expect(screen.queryByRole('textbox', { name: 'E-mail behandelend ambtenaar' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'E-mail behandelend ambtenaar' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' })).toHaveFocus());
  });

  it('collapses a section without React warning about the inert attribute', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { user } = renderPane(new MemoryDocument(SEED));
      await ready();
      await user.click(screen.getByRole('button', { name: /Contactgegevens/ }));
      await user.click(screen.getByRole('button', { name: /Contactgegevens/ }));
      const messages = errors.mock.calls.map((call) => call.map(String).join(' '));
      expect(messages.filter((message) => message.includes('inert'))).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });

  it('offers the profile choices and accepts free text in an open choice', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const aard = screen.getByRole('combobox', { name: 'Aard bijeenkomst' });
    await user.click(aard);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: 'Commissie Stad' })).toBeInTheDocument();
    await user.click(within(listbox).getByRole('option', { name: 'Commissie Stad' }));
    expect(aard).toHaveValue('Commissie Stad');
    await user.clear(aard);
    await user.paste('Raadsconferentie');
    await user.tab();
    expect(aard).toHaveValue('Raadsconferentie');
    expect(aard).toHaveAccessibleDescription(/Raadsconferentie|lijst/);
  });

  it.each([
    ['nl', 'Keuzelijst openen'],
    ['en', 'Open list'],
  ] as const)('names each chevron in %s and keeps it out of the Tab order; Alt+ArrowDown opens the list', async (language, name) => {
    const { user } = renderPane(new MemoryDocument(SEED), language);
    await screen.findByRole('button', { name: language === 'nl' ? 'Opslaan in document' : 'Save to document' });
    const choices = FIELDS.filter((field) => field.kind === 'choice');
    const chevrons = screen.getAllByRole('button', { name });
    expect(chevrons).toHaveLength(choices.length);
    for (const chevron of chevrons) expect(chevron).toHaveAttribute('tabindex', '-1');
    // Fluent's own default names: "Open", or "Open <label>".
    expect(screen.queryByRole('button', { name: /^Open(?! list$)/ })).toBeNull();
    const first = screen.getByRole('combobox', { name: choices[0]?.label[language] });
    first.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    expect(first).toHaveAttribute('aria-expanded', 'true');
  });

  // Issue 11: one way to say n.v.t. — typed in the field, as the document holds it; no switch beside it.
  it('takes n.v.t. typed in a planning phase, without an n.v.t. switch beside the field', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    const beeld = screen.getByRole('textbox', { name: 'Beeldvorming' });
    expect(beeld).toHaveValue('n.v.t.');
    expect(beeld).toBeEnabled();
    expect(beeld).toHaveAccessibleDescription(/n\.v\.t\. als deze fase niet voorkomt/);
    const besluit = screen.getByRole('textbox', { name: 'Besluitvorming' });
    await user.clear(besluit);
    await user.type(besluit, 'n.v.t.');
    await user.tab();
    // Besluit nemen needs a Besluitvorming date (planning_besluit_missing).
    expect(besluit).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves only the changed fields in one write and confirms', async () => {
    const document = new MemoryDocument(SEED);
    const { user, drafts } = renderPane(document);
    await ready();
    await user.click(screen.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }));
    const onderwerp = screen.getByRole('textbox', { name: 'Onderwerp' });
    await user.type(onderwerp, ' (herzien)');
    expect(drafts.draft).toEqual({
      onderwerp: `${SEED.onderwerp} (herzien)`,
      'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl',
    });
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('2 velden opgeslagen in het document.')).toBeInTheDocument();
    expect(document.writes).toEqual([
      { onderwerp: `${SEED.onderwerp} (herzien)`, 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' },
    ]);
    expect(drafts.draft).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('Er zijn geen wijzigingen om op te slaan.')).toBeInTheDocument();
    expect(document.writes).toHaveLength(1);
  });

  // Contract §2: the document holds house style, whatever was typed; `annotatie new` writes the same.
  it.each([
    ['Telefoon behandelend ambtenaar', 'ambtenaar.telefoon', '079-346 80 00', '+31 79 3468000'],
    ['Telefoon raadsadviseur', 'raadsadviseur.telefoon', '06-12345678', '+31 6 12345678'],
    ['Besluitvorming', 'planning.besluitvorming', '3 november 2025', '3-11-2025'],
    ['Onderwerp', 'onderwerp', '  Nieuw onderwerp  ', 'Nieuw onderwerp'],
  ] as const)('writes %s in house style and shows what the document holds', async (label, key, typed, written) => {
    const document = new MemoryDocument(SEED);
    const { user } = renderPane(document);
    await ready();
    const box = screen.getByRole('textbox', { name: label });
    await user.clear(box);
    await user.paste(typed);
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    // The seed's e-mail typo is still there, so the status says so (issue 11).
    expect(await screen.findByText('1 veld opgeslagen; 1 fout nog op te lossen.')).toBeInTheDocument();
    expect(document.writes).toEqual([{ [key]: written }]);
    expect(box).toHaveValue(written);
    expect(screen.queryByText(/Niet-opgeslagen wijzigingen/)).not.toBeInTheDocument();
  });

  it('has nothing to save when the typed value is the document value in another style', async () => {
    const document = new MemoryDocument(SEED);
    const { user } = renderPane(document);
    await ready();
    const box = screen.getByRole('textbox', { name: 'Telefoon behandelend ambtenaar' });
    await user.clear(box);
    await user.paste('079-3468269');
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('Er zijn geen wijzigingen om op te slaan.')).toBeInTheDocument();
    expect(document.writes).toEqual([]);
    expect(box).toHaveValue('+31 79 3468269');
  });

  it('says what was not written, keeps the draft, and retries only that', async () => {
    const document = new MemoryDocument(SEED);
    const { user, drafts } = renderPane(document);
    await ready();
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp' }), '!');
    await user.type(screen.getByRole('textbox', { name: 'Raadsadviseur' }), '!');
    document.failNextWriteFor = ['raadsadviseur.naam'];
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('Niet opgeslagen: Raadsadviseur')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Raadsadviseur' })).toHaveValue(`${SEED['raadsadviseur.naam']}!`);
    expect(drafts.draft).toEqual({ 'raadsadviseur.naam': `${SEED['raadsadviseur.naam']}!` });

    // The one action is the save button itself.
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('1 veld opgeslagen; 1 fout nog op te lossen.')).toBeInTheDocument();
    expect(document.writes[1]).toEqual({ 'raadsadviseur.naam': `${SEED['raadsadviseur.naam']}!` });
    expect(document.values?.['raadsadviseur.naam']).toBe(`${SEED['raadsadviseur.naam']}!`);
  });

  it('offers to restore a field whose control is gone from the document, then saves it', async () => {
    const document = new MemoryDocument(SEED);
    document.missing.add('programma');
    const { user } = renderPane(document);
    await ready();
    const programma = screen.getByRole('combobox', { name: 'Programma' });
    await user.clear(programma);
    await user.paste('Vrije tijd');
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('Niet opgeslagen: Programma')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Velden herstellen en opslaan' }));
    expect(await screen.findByText(/^1 veld opgeslagen/)).toBeInTheDocument();
    expect(document.repairs).toEqual([{ programma: 'Vrije tijd' }]);
    expect(document.values?.programma).toBe('Vrije tijd');
    expect(screen.getByRole('combobox', { name: 'Programma' })).toHaveValue('Vrije tijd');
  });

  it('restores a draft over the document values on open', async () => {
    const drafts = new MemoryDrafts();
    drafts.draft = { onderwerp: 'Concept-onderwerp' };
    renderPane(new MemoryDocument(SEED), 'nl', drafts);
    await ready();
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('Concept-onderwerp');
    expect(screen.getByText('Niet-opgeslagen wijzigingen: 1')).toBeInTheDocument();
  });

  it('offers to insert an annotatie into a document without one', async () => {
    const document = new MemoryDocument(null);
    const { user } = renderPane(document);
    await screen.findByRole('button', { name: 'Annotatie invoegen' });
    // The pane first looks for an old annotatie to convert (its own chunk); the button is the
    // same before and after, but React replaces the element once the check has rendered.
    await waitFor(() => expect(document.legacyReads).toBe(1));
    await user.click(await screen.findByRole('button', { name: 'Annotatie invoegen' }));
    await ready();
    expect(document.inserts).toBe(1);
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('');
  });

  it('shows a read failure with a retry instead of an empty form', async () => {
    const document = new MemoryDocument(SEED);
    document.read = async () => ({
      ok: false,
      failure: { kind: 'connectionLost', operation: 'read', written: [], notWritten: [], uncertain: [] },
    });
    renderPane(document);
    expect(await screen.findByText('De annotatie kon niet worden gelezen.')).toBeInTheDocument();
    expect(screen.getByText(/verbinding met Word is verbroken/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
    await act(async () => undefined);
  });
});
