/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { OutsideWord } from '../../src/taskpane/components/OutsideWord/OutsideWord';
import { SAVE_STATUS_MS } from '../../src/taskpane/components/AnnotatieForm/SaveStatusLine';
import { createServices } from '../../src/taskpane/wiring';
import { FIELDS, type AnnotatieValues, type FieldDefinition, type Language } from '../../src/domain';
import seed from '../../src/preview/seed.json';
import { MemoryDocument, MemoryDrafts } from './memory-document';
import { pinClock } from '../support/clock';

/**
 * Issue 11, points 1 and 5–8: a fresh annotatie opens calm, a failed save says it once, the
 * save status is transient and says what is still wrong, a restored draft can be discarded,
 * Onderwerp wraps, Ctrl+Enter saves, the page outside Word speaks to an ambtenaar, suggestions
 * are one click, and house style that saving applies anyway is no task.
 */
pinClock();
jest.setTimeout(30_000);

const SEED = seed as AnnotatieValues;

function renderPane(document: MemoryDocument, options: { language?: Language; drafts?: MemoryDrafts } = {}) {
  const drafts = options.drafts ?? new MemoryDrafts();
  const services = createServices({ document, language: options.language ?? 'nl', drafts });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return { user, drafts };
}

const ready = () => screen.findByRole('button', { name: 'Opslaan in document' });
const roleOf = (field: FieldDefinition) => (field.kind === 'choice' ? 'combobox' : 'textbox');
const invalidControls = () => FIELDS.filter((field) => screen.getByRole(roleOf(field), { name: field.label.nl }).getAttribute('aria-invalid') === 'true');
const REQUIRED = FIELDS.filter((field) => field.required === 'error' || field.required === 'warning');

describe('a fresh annotatie', () => {
  async function freshPane() {
    const document = new MemoryDocument(null);
    const pane = renderPane(document);
    await pane.user.click(await screen.findByRole('button', { name: 'Annotatie invoegen' }));
    await ready();
    return { ...pane, document };
  }

  it('opens calm: no field red, a neutral count of what is still to fill in', async () => {
    await freshPane();
    expect(REQUIRED).toHaveLength(17);
    expect(invalidControls()).toEqual([]);
    expect(screen.getByText('17 velden nog in te vullen')).toBeInTheDocument();
    expect(screen.queryByText(/fout/)).not.toBeInTheDocument();
    // No red counts in the section headers either.
    expect(screen.queryByRole('button', { name: /probleem|problemen/ })).not.toBeInTheDocument();
  });

  it('flags a required field once the user has left it, and every field on an attempt to save', async () => {
    const { user } = await freshPane();
    const onderwerp = screen.getByRole('textbox', { name: 'Onderwerp' });
    await user.click(onderwerp);
    expect(onderwerp).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(onderwerp).toHaveAttribute('aria-invalid', 'true');
    expect(invalidControls().map((field) => field.key)).toEqual(['onderwerp']);
    expect(screen.getByText('1 fout, 16 velden nog in te vullen')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText('14 fouten, 3 waarschuwingen')).toBeInTheDocument();
    expect(invalidControls()).toHaveLength(14);
    expect(screen.queryByText(/nog in te vullen/)).not.toBeInTheDocument();
  });

  it('still shows at once what is wrong with text that is there (the seed’s e-mail typo)', async () => {
    renderPane(new MemoryDocument({ ...SEED, 'raadsadviseur.naam': '' }));
    await ready();
    expect(screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('1 fout, 1 veld nog in te vullen')).toBeInTheDocument();
  });
});

describe('a failed save', () => {
  it('is one short bar: the fields once, what happened, and no second retry button', async () => {
    const document = new MemoryDocument(SEED);
    const { user } = renderPane(document);
    await ready();
    await user.type(screen.getByRole('textbox', { name: 'Raadsadviseur' }), '!');
    document.failNextWriteFor = ['raadsadviseur.naam'];
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    const title = await screen.findByText('Niet opgeslagen: Raadsadviseur');
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    expect(bar).not.toBeNull();
    expect(bar.textContent?.match(/Raadsadviseur/g)).toHaveLength(1);
    expect(bar).toHaveTextContent(/beveiligd/);
    expect(bar).toHaveTextContent(/probeer het opnieuw met Opslaan in document/);
    expect(within(bar).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
  });
});

describe('the save status', () => {
  it('says what is still wrong after a save with errors', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    await user.type(screen.getByRole('textbox', { name: 'Raadsadviseur' }), '!');
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 veld opgeslagen; 1 fout nog op te lossen.');
  });

  it('is a transient status: announced, then gone after a few seconds', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    await user.click(screen.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }));
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    await waitFor(() => expect(status).toHaveTextContent('1 veld opgeslagen in het document.'));
    expect(status).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(status).toBeEmptyDOMElement(), { timeout: SAVE_STATUS_MS + 3000 });
  });
});

describe('a restored draft', () => {
  function withDraft(draft: AnnotatieValues) {
    const drafts = new MemoryDrafts();
    drafts.draft = draft;
    return renderPane(new MemoryDocument(SEED), { drafts });
  }

  it('says which fields differ from the document and discards one when asked', async () => {
    const { user, drafts } = withDraft({ onderwerp: 'Concept-onderwerp', 'raadsadviseur.naam': 'P. Jansen' });
    await ready();
    const title = screen.getByText('Niet-opgeslagen invoer teruggezet');
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    expect(within(bar).getByRole('button', { name: 'Onderwerp' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Raadsadviseur' })).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Wijziging in Onderwerp verwerpen' }));
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(SEED.onderwerp);
    // The other restored field is kept, in the form and in the draft.
    expect(screen.getByRole('textbox', { name: 'Raadsadviseur' })).toHaveValue('P. Jansen');
    expect(drafts.draft).toEqual({ 'raadsadviseur.naam': 'P. Jansen' });
    expect(within(bar).queryByRole('button', { name: 'Onderwerp' })).not.toBeInTheDocument();
  });

  it('discards all of them with one button, and then the bar is gone', async () => {
    const { user, drafts } = withDraft({ onderwerp: 'Concept-onderwerp', 'raadsadviseur.naam': 'P. Jansen' });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Alles verwerpen' }));
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(SEED.onderwerp);
    expect(screen.getByRole('textbox', { name: 'Raadsadviseur' })).toHaveValue(SEED['raadsadviseur.naam']);
    expect(screen.queryByText('Niet-opgeslagen invoer teruggezet')).not.toBeInTheDocument();
    expect(drafts.draft).toBeUndefined();
  });

  it('shows no bar for a draft that equals the document', async () => {
    withDraft({ onderwerp: SEED.onderwerp ?? '' });
    await ready();
    expect(screen.queryByText('Niet-opgeslagen invoer teruggezet')).not.toBeInTheDocument();
  });
});

describe('Onderwerp', () => {
  it('wraps (a growing text area) and stays one line of text', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const onderwerp = screen.getByRole('textbox', { name: 'Onderwerp' });
    expect(onderwerp.tagName).toBe('TEXTAREA');
    await user.click(onderwerp);
    await user.keyboard('{End}{Enter}');
    expect(onderwerp).toHaveValue(SEED.onderwerp);
    await user.clear(onderwerp);
    await user.paste('Eerste regel\nTweede regel');
    expect(onderwerp).toHaveValue('Eerste regel Tweede regel');
  });
});

describe('the keyboard shortcut', () => {
  it('saves with Ctrl+Enter from inside a field, and the save button says so', async () => {
    const document = new MemoryDocument(SEED);
    const { user } = renderPane(document);
    const save = await ready();
    expect(save).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
    expect(save).toHaveAttribute('title', 'Opslaan in document (Ctrl+Enter)');
    expect(screen.getByText(/Ctrl\+Enter slaat op/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Raadsadviseur' }), '!');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(document.writes).toEqual([{ 'raadsadviseur.naam': `${SEED['raadsadviseur.naam']}!` }]));
  });
});

describe('the pane’s headings', () => {
  it('has the add-in name once, for screen readers, and the sections as level-2 headings', async () => {
    renderPane(new MemoryDocument(SEED));
    await ready();
    const [title, ...others] = screen.getAllByRole('heading', { level: 1 });
    expect(others).toEqual([]);
    expect(title).toHaveTextContent('Annotatie raadsvoorstel');
    // Not drawn: Office's pane title shows the name (a clipped 1 px box, as Fluent's visually hidden).
    expect(getComputedStyle(title as HTMLElement).position).toBe('absolute');
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(3);
  });
});

describe('suggestions', () => {
  it('offers the nearest listed value for an unlisted one, in one click', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const programma = screen.getByRole('combobox', { name: 'Programma' });
    await user.clear(programma);
    await user.paste('Inrichting stad');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Wijzig in Inrichting van de stad' }));
    expect(programma).toHaveValue('Inrichting van de stad');
  });

  it('offers the nearest meeting day for a date on another weekday, in one click', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const oordeel = screen.getByRole('textbox', { name: 'Oordeelsvorming' });
    await user.clear(oordeel);
    await user.paste('30-9-2025'); // a Tuesday; the raad of Zoetermeer meets on Monday
    await user.tab();
    expect(oordeel).toHaveAccessibleDescription(/dinsdag/);
    await user.click(screen.getByRole('button', { name: 'Wijzig in 29-9-2025' }));
    expect(oordeel).toHaveValue('29-9-2025');
    expect(oordeel).not.toHaveAttribute('aria-invalid');
  });

  it('makes no task of house style that saving applies anyway', async () => {
    const { user } = renderPane(new MemoryDocument(SEED));
    await ready();
    const telefoon = screen.getByRole('textbox', { name: 'Telefoon behandelend ambtenaar' });
    await user.clear(telefoon);
    await user.paste('079-346 80 00');
    await user.tab();
    expect(screen.queryByRole('button', { name: 'Wijzig in +31 79 3468000' })).not.toBeInTheDocument();
    expect(telefoon).toHaveAccessibleDescription('Bij opslaan wordt dit ‘+31 79 3468000’ (huisstijl).');
    expect(telefoon).not.toHaveAttribute('aria-invalid');
  });
});

describe('taskpane.html outside Word', () => {
  it('tells an ambtenaar what this is and who to ask, with the developer steps folded away', () => {
    render(<OutsideWord language="nl" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Annotatie raadsvoorstel' })).toBeInTheDocument();
    expect(screen.getByText(/Dit is de invoegtoepassing Annotatie raadsvoorstel/)).toBeInTheDocument();
    expect(screen.getByText(/Vraag de functioneel beheerder van uw gemeente/)).toBeInTheDocument();
    const sideload = screen.getByText(/Mijn invoegtoepassing uploaden/);
    const details = sideload.closest('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText(/Voor beheerders en ontwikkelaars/).tagName).toBe('SUMMARY');
    expect(screen.getByRole('link', { name: 'Open het voorbeeld met een gesimuleerd document' })).toHaveAttribute('href', 'preview.html?demo=seed');
  });

  it('does so in English too', () => {
    render(<OutsideWord language="en" />);
    expect(screen.getByText(/functional administrator/)).toBeInTheDocument();
  });
});
