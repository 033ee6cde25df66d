/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Types only: the modules are required once jsdom has a TextDecoder (see cliExport).
import type * as CliModuleType from '../../src/cli/main';
import type * as OoxmlModuleType from '../../src/document/ooxml';
import type * as MemoryIoModuleType from '../cli/check-memory-io';
import { createWordDocument } from '../../src/document/word';
import { createFakeWord, type FakeWord, type FakeWordOptions, type SnapshotBlock } from '../../src/document/word/fake';
import type { AnnotatieDocument } from '../../src/document/port';
import { FIELDS, type AnnotatieValues, type FieldKey, type Language } from '../../src/domain/fields';
import { DEFAULT_PROFILE, type Profile } from '../../src/domain/profile';
import { App } from '../../src/taskpane/components/App';
import { createServices } from '../../src/taskpane/wiring';
import seed from '../../src/preview/seed.json';
import { MemoryDrafts } from './memory-document';

/**
 * The Controle tab against the real Word layer on the Word fake: what a griffie sees and does
 * with a document that several people edited with track changes on, and on hosts that cannot
 * do everything. Queried by role and Dutch accessible name, as a screen reader user finds it.
 */
jest.setTimeout(60_000);
// A whole pane re-renders after each action; on a loaded 2-core machine that can pass findBy's
// default second. Generous, not a timing assertion.
configure({ asyncUtilTimeout: 5000 });

// The tabs and the Controle tab are lazy chunks; on a loaded 2-core machine their first require
// took longer than findBy's default second. Loaded once here, every test sees them at once.
beforeAll(async () => {
  await Promise.all([import('../../src/taskpane/components/PaneTabs/PaneTabs'), import('../../src/taskpane/components/ReviewTab/ReviewTab')]);
});

const SEED: AnnotatieValues = seed;
const GRIFFIE = 'Griffie Zoetermeer';
const JANSEN = 'J. Jansen';
const WHEN = new Date('2025-09-22T10:00:00Z');
const DOCUMENT_URL = 'https://gemeente.sharepoint.com/griffie/Raadsvoorstel%20arbeidsmigranten.docx';
const DOCUMENT_NAME = 'Raadsvoorstel arbeidsmigranten.docx';

type CliModule = typeof CliModuleType;
type OoxmlModule = typeof OoxmlModuleType;
type MemoryIoModule = typeof MemoryIoModuleType;

interface Setup {
  readonly fake: FakeWord;
  readonly doc: AnnotatieDocument;
}

/**
 * The seed written by the pane (without Advies commissie); then, with track changes on, the
 * griffie fills in Advies commissie and J. Jansen rewrites Programma, both directly in Word.
 */
async function edited(options: FakeWordOptions = {}): Promise<Setup> {
  const fake = createFakeWord({ author: 'Behandelend ambtenaar', now: () => WHEN, ...options });
  fake.user.setParagraphs(['Raadsvoorstel', '']);
  fake.user.placeCursor(1);
  const doc = createWordDocument(fake.host, { newId: () => 'doc-1', now: () => WHEN });
  const { adviesCommissie, ...rest } = SEED;
  const inserted = await doc.insertTemplate(rest, 'cursor');
  if (!inserted.ok) throw new Error(JSON.stringify(inserted.failure));
  fake.user.setTracking('TrackAll');
  fake.user.typeInControl('annotatie.adviesCommissie', adviesCommissie ?? '', { author: GRIFFIE });
  fake.user.editControl('annotatie.programma', { find: 'Alle programma’s', replace: 'Vrije tijd' }, { author: JANSEN });
  return { fake, doc };
}

function renderPane(setup: Setup, language: Language = 'nl') {
  const services = createServices({ document: setup.doc, language, drafts: new MemoryDrafts(), documentUrl: () => DOCUMENT_URL });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return { user };
}

/** Opens the Controle tab and waits for the review. */
async function openReview(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole('tab', { name: 'Controle' }, { timeout: 10_000 }));
  await screen.findByRole('heading', { level: 2, name: /^Bijgehouden wijzigingen/ }, { timeout: 10_000 });
}

function section(name: RegExp): HTMLElement {
  const heading = screen.getByRole('heading', { level: 2, name });
  const item = heading.parentElement;
  if (!item) throw new Error('no accordion item');
  return item;
}

/** The rendered runs of a field's control: text with +[…] insertions and -[…] deletions. */
function marked(fake: FakeWord, key: FieldKey): string {
  const tag = `annotatie.${key}`;
  const find = (blocks: readonly SnapshotBlock[]): string | null => {
    for (const block of blocks) {
      if (block.kind === 'control' && block.tag === tag) {
        return block.blocks
          .flatMap((inner) => (inner.kind === 'paragraph' ? inner.runs : []))
          .map((run) => (run.revision ? `${run.revision.type === 'insert' ? '+' : '-'}[${run.text}]` : run.text))
          .join('');
      }
      const inner = block.kind === 'control' ? block.blocks : block.kind === 'table' ? block.rows.flat(2) : [];
      const found = find(inner);
      if (found !== null) return found;
    }
    return null;
  };
  return find(fake.snapshot().blocks) ?? '(no control)';
}

async function syncsDuring(fake: FakeWord, action: () => Promise<void>): Promise<number> {
  fake.resetStats();
  await action();
  return fake.stats().syncs;
}

describe('the Controle tab', () => {
  // The arrow keys between the tabs are Fluent's (tabster), which needs a real layout: the e2e
  // keyboard test in chromium covers them.
  it('sits beside the form as a second tab, opened with Enter', async () => {
    const { user } = renderPane(await edited());
    const form = await screen.findByRole('tab', { name: 'Invullen' }, { timeout: 10_000 });
    expect(form).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Invullen');
    screen.getByRole('tab', { name: 'Controle' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 2, name: /^Bevindingen/ });
    expect(screen.getByRole('tab', { name: 'Controle' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Controle');
    expect(screen.queryByRole('button', { name: 'Opslaan in document' })).not.toBeInTheDocument();
  });

  it('loads the whole review in one round trip, and reports every finding per section with its fix', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await screen.findByRole('tab', { name: 'Controle' }, { timeout: 10_000 });
    const syncs = await syncsDuring(setup.fake, () => openReview(user));
    expect(syncs).toBe(1);
    const findings = section(/^Bevindingen/);
    expect(within(findings).getByRole('heading', { level: 3, name: /^Contactgegevens \(1 fout\)/ })).toBeInTheDocument();
    expect(within(findings).getByText(/zoetemeer\.nl’ lijkt op een tikfout/)).toBeInTheDocument();
    // The field's name selects its control in the document.
    await user.click(within(findings).getByRole('button', { name: 'E-mail behandelend ambtenaar selecteren in het document' }));
    await waitFor(() => expect(setup.fake.cursorControlTag()).toBe('annotatie.ambtenaar.email'));
    // The fix goes straight into the document: one write, then the review again.
    const fixSyncs = await syncsDuring(setup.fake, async () => {
      await user.click(within(findings).getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }));
      await within(findings).findByText('E-mail behandelend ambtenaar is gewijzigd in het document.');
    });
    expect(fixSyncs).toBe(2);
    expect(setup.fake.controlTexts('annotatie.ambtenaar.email')).toEqual(['a.e.de.vries@zoetermeer.nl']);
    expect(within(findings).queryByText(/tikfout/)).not.toBeInTheDocument();
  });

  it('lists who changed what and when, per field and per author', async () => {
    const { user } = renderPane(await edited());
    await openReview(user);
    const changes = section(/^Bijgehouden wijzigingen/);
    const advies = within(changes).getByRole('group', { name: /^Advies commissie/ });
    expect(within(advies).getByText(GRIFFIE)).toBeInTheDocument();
    expect(within(advies).getByText('Voorstel agenderen als debatstuk')).toBeInTheDocument();
    expect(within(advies).getByText('Ingevoegd')).toBeInTheDocument();
    // In Dutch numeric style, local time (noon UTC is 22 September everywhere).
    expect(within(advies).getAllByText(/^22-9-2025 \d\d:00$/)).not.toHaveLength(0);
    const programma = within(changes).getByRole('group', { name: /^Programma/ });
    expect(within(programma).getByText('Alle programma’s')).toBeInTheDocument();
    expect(within(programma).getByText('Vrije tijd')).toBeInTheDocument();
    expect(within(changes).getByRole('group', { name: GRIFFIE })).toHaveTextContent('1 wijziging in Advies commissie, laatst op 22-9-2025');
    expect(within(changes).getByRole('group', { name: JANSEN })).toHaveTextContent('2 wijzigingen in Programma');
  });

  it('accepts one change in one round trip and tells the outcome; the document has no markup left there', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await openReview(user);
    const syncs = await syncsDuring(setup.fake, async () => {
      await user.click(screen.getByRole('button', { name: 'Accepteren: ingevoegd “Voorstel agenderen als debatstuk” door Griffie Zoetermeer' }));
      await screen.findByText('1 wijziging geaccepteerd.');
    });
    expect(syncs).toBe(1);
    expect(marked(setup.fake, 'adviesCommissie')).toBe('Voorstel agenderen als debatstuk');
    expect(within(section(/^Bijgehouden wijzigingen/)).queryByRole('group', { name: /^Advies commissie/ })).not.toBeInTheDocument();
    // The focus was on the button that went with its change: it lands on the outcome.
    expect(screen.getByText('1 wijziging geaccepteerd.').closest('[tabindex="-1"]')).toHaveFocus();
  });

  it('rejects a whole field, and the form shows the text Word has again', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await openReview(user);
    await user.click(screen.getByRole('button', { name: 'Alles weigeren in Programma' }));
    await screen.findByText('2 wijzigingen geweigerd.');
    expect(marked(setup.fake, 'programma')).toBe('Alle programma’s');
    await user.click(screen.getByRole('tab', { name: 'Invullen' }));
    expect(await screen.findByRole('combobox', { name: 'Programma' })).toHaveValue('Alle programma’s');
  });

  it('accepts every change by one author, and then all that is left', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await openReview(user);
    await user.click(screen.getByRole('button', { name: `Accepteren: alle wijzigingen van ${JANSEN}` }));
    await screen.findByText('2 wijzigingen geaccepteerd.');
    expect(marked(setup.fake, 'programma')).toBe('Vrije tijd');
    expect(marked(setup.fake, 'adviesCommissie')).toBe('+[Voorstel agenderen als debatstuk]');
    await user.click(screen.getByRole('button', { name: 'Alle wijzigingen accepteren' }));
    await screen.findByText('1 wijziging geaccepteerd.');
    expect(marked(setup.fake, 'adviesCommissie')).toBe('Voorstel agenderen als debatstuk');
    expect(within(section(/^Bijgehouden wijzigingen/)).getByText(/^Geen wijzigingen/)).toBeInTheDocument();
  });

  it('in a field with several authors, accepts one author’s changes there', async () => {
    const setup = await edited();
    setup.fake.user.editControl('annotatie.programma', { after: 'Vrije tijd', insert: ' en sport' }, { author: GRIFFIE });
    const { user } = renderPane(setup);
    await openReview(user);
    await user.click(screen.getByRole('button', { name: `Accepteren: de wijzigingen van ${GRIFFIE} in Programma` }));
    await screen.findByText('1 wijziging geaccepteerd.');
    expect(marked(setup.fake, 'programma')).toBe('-[Alle programma’s]+[Vrije tijd] en sport');
  });

  it('marks a locked control, explains why its buttons do nothing, and says what "all" left', async () => {
    const setup = await edited();
    setup.fake.user.lockControl('annotatie.programma', true);
    const { user } = renderPane(setup);
    await openReview(user);
    const programma = within(section(/^Bijgehouden wijzigingen/)).getByRole('group', { name: /^Programma/ });
    expect(within(programma).getByText('Vergrendeld')).toBeInTheDocument();
    const reject = within(programma).getByRole('button', { name: 'Alles weigeren in Programma' });
    expect(reject).toHaveAttribute('aria-disabled', 'true');
    expect(reject).toHaveAccessibleDescription(/in Word vergrendeld/);
    await user.click(screen.getByRole('button', { name: 'Alle wijzigingen accepteren' }));
    await screen.findByText('1 wijziging geaccepteerd.');
    expect(screen.getByText('Niet gedaan in Programma: vergrendeld in Word.')).toBeInTheDocument();
    expect(marked(setup.fake, 'programma')).toBe('-[Alle programma’s]+[Vrije tijd]');
  });

  it('says when a field’s control was deleted after the review, and lists it as missing', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await openReview(user);
    setup.fake.user.setTracking('Off');
    setup.fake.user.deleteControl('annotatie.programma', { unlock: true });
    await user.click(screen.getByRole('button', { name: 'Alles accepteren in Programma' }));
    await screen.findByText('Er is niets geaccepteerd.');
    expect(screen.getByText('Niet gedaan in Programma: het veld staat niet meer in het document.')).toBeInTheDocument();
    const findings = section(/^Bevindingen/);
    expect(within(findings).getByRole('button', { name: 'Programma selecteren in het document' })).toBeInTheDocument();
    expect(within(findings).getByText(/Dit veld ontbreekt in het document/)).toBeInTheDocument();
  });

  it('tells what Word did beyond what was shown, when a co-author added a change meanwhile', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await openReview(user);
    setup.fake.user.editControl('annotatie.programma', { after: 'Vrije tijd', insert: ' en sport' }, { author: GRIFFIE });
    await user.click(screen.getByRole('button', { name: 'Alles accepteren in Programma' }));
    await screen.findByText('3 wijzigingen geaccepteerd.');
    expect(screen.getByText(/Ook geaccepteerd, omdat ze er intussen bij waren gekomen: Programma: ingevoegd “en sport” door Griffie Zoetermeer/)).toBeInTheDocument();
  });

  it('lists the fields changed outside the pane, with what the add-in wrote and what is there now', async () => {
    const setup = await edited();
    setup.fake.user.setTracking('Off');
    setup.fake.user.retypeControl('annotatie.raadsadviseur.naam', 'W.I. van Vaals-de Groot');
    const { user } = renderPane(setup);
    await openReview(user);
    const outside = section(/^Buiten het taakvenster gewijzigd/);
    const card = within(outside).getByRole('group', { name: 'Raadsadviseur' });
    expect(within(card).getByText('W.I. van Vaals')).toBeInTheDocument();
    expect(within(card).getByText('W.I. van Vaals-de Groot')).toBeInTheDocument();
    // Programma and Advies commissie were typed in Word too (tracked), the e-mail was not.
    expect(within(outside).getByRole('group', { name: 'Programma' })).toBeInTheDocument();
    expect(within(outside).getByRole('group', { name: 'Advies commissie' })).toBeInTheDocument();
    expect(within(outside).queryByRole('group', { name: 'E-mail behandelend ambtenaar' })).not.toBeInTheDocument();
  });

  it('on a Word without WordApi 1.6, says so and shows original against current text', async () => {
    const { user } = renderPane(await edited({ wordApi: '1.5' }));
    await openReview(user);
    const changes = section(/^Bijgehouden wijzigingen/);
    expect(within(changes).getByText(/WordApi 1\.6/)).toBeInTheDocument();
    const advies = within(changes).getByRole('group', { name: 'Advies commissie' });
    expect(within(advies).getByText('Oorspronkelijk').nextElementSibling).toHaveTextContent('(leeg)');
    expect(within(advies).getByText('Nu').nextElementSibling).toHaveTextContent('Voorstel agenderen als debatstuk');
    expect(within(changes).queryByRole('button', { name: /^Accepteren/ })).not.toBeInTheDocument();
  });

  it('on a Word without WordApi 1.4, shows the current values only, and no snapshot', async () => {
    const { user } = renderPane(await edited({ wordApi: '1.3' }));
    await openReview(user);
    const changes = section(/^Bijgehouden wijzigingen/);
    expect(within(changes).getByText(/WordApi 1\.4/)).toBeInTheDocument();
    expect(within(changes).getByText('Aard bijeenkomst').nextElementSibling).toHaveTextContent('Reguliere raad');
    expect(within(section(/^Buiten het taakvenster gewijzigd/)).getByText(/kan niet bewaren wat de invoegtoepassing schreef/)).toBeInTheDocument();
  });

  it('shows a failed review plainly, and tries again on request', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await screen.findByRole('tab', { name: 'Controle' }, { timeout: 10_000 });
    setup.fake.disconnect({ when: 'beforeApply' });
    await user.click(screen.getByRole('tab', { name: 'Controle' }));
    expect(await screen.findByText('De controle kon niet worden geladen.')).toBeInTheDocument();
    expect(screen.getByText(/De verbinding met Word is verbroken/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByRole('heading', { level: 2, name: /^Bijgehouden wijzigingen/ });
  });
});

describe('Advies commissie in the Controle tab', () => {
  it('is the same value as in the form, and saving writes only that field', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    // An unsaved edit in the form that the advice's save must leave alone.
    const onderwerp = await screen.findByRole('textbox', { name: 'Onderwerp' });
    await user.type(onderwerp, '!');
    await openReview(user);
    const advies = section(/^Advies commissie/);
    const combobox = within(advies).getByRole('combobox', { name: 'Advies commissie' });
    expect(combobox).toHaveValue('Voorstel agenderen als debatstuk');
    await user.click(combobox);
    await user.click(await screen.findByRole('option', { name: 'Voorstel agenderen als hamerstuk' }));
    expect(combobox).toHaveValue('Voorstel agenderen als hamerstuk');
    const syncs = await syncsDuring(setup.fake, async () => {
      await user.click(within(advies).getByRole('button', { name: 'Advies opslaan in document' }));
      await within(advies).findByText('Het advies staat in het document.');
    });
    expect(syncs).toBe(2); // the write, then the review again
    expect(setup.fake.controlTexts('annotatie.adviesCommissie')).toEqual(['Voorstel agenderen als hamerstuk']);
    expect(setup.fake.controlTexts('annotatie.onderwerp')).toEqual([SEED.onderwerp]);
    await user.click(screen.getByRole('tab', { name: 'Invullen' }));
    expect(await screen.findByRole('combobox', { name: 'Advies commissie' })).toHaveValue('Voorstel agenderen als hamerstuk');
    expect(screen.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue(`${SEED.onderwerp}!`);
  });
});

describe('the hand-off to the RIS', () => {
  const currentValues = (fake: FakeWord): AnnotatieValues =>
    Object.fromEntries(FIELDS.map((field) => [field.key, fake.controlTexts(field.tag)[0] ?? '']).filter(([, value]) => value !== ''));

  /** What `annotatie export FILE --json|--csv|--ori [--calendar CAL.ics]` prints for a .docx holding these values. */
  async function cliExport(values: AnnotatieValues, format: '--json' | '--csv' | '--ori', calendar?: string): Promise<string> {
    // jsdom has no TextDecoder, which the .docx reader needs; Node's is the same standard one.
    Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder });
    const { main } = jest.requireActual<CliModule>('../../src/cli/main');
    const { writeDocx } = jest.requireActual<OoxmlModule>('../../src/document/ooxml');
    const { memoryIo } = jest.requireActual<MemoryIoModule>('../cli/check-memory-io');
    const fs = memoryIo({ [DOCUMENT_NAME]: writeDocx(values), ...(calendar === undefined ? {} : { 'vergaderkalender.ics': calendar }) });
    await main(['export', DOCUMENT_NAME, format, ...(calendar === undefined ? [] : ['--calendar', 'vergaderkalender.ics'])], fs.io);
    expect(fs.stderr()).toBe('');
    return fs.stdout();
  }

  it('copies exactly the JSON and the CSV that annotatie export gives for the document', async () => {
    const setup = await edited();
    // user-event puts a clipboard of its own on navigator (the Clipboard API, as in a browser).
    const { user } = renderPane(setup);
    await openReview(user);
    const handOff = section(/^Doorgeven aan het RIS/);
    expect(within(handOff).getByText(/Nog niet geaccepteerd of geweigerd: 3 wijzigingen\./)).toBeInTheDocument();
    const copied: string[] = [];
    await user.click(within(handOff).getByRole('button', { name: 'JSON kopiëren' }));
    await within(handOff).findByText('JSON staat op het klembord.');
    copied.push(await window.navigator.clipboard.readText());
    await user.click(within(handOff).getByRole('button', { name: 'CSV kopiëren' }));
    await within(handOff).findByText('CSV staat op het klembord.');
    copied.push(await window.navigator.clipboard.readText());
    const values = currentValues(setup.fake);
    expect(copied[0]).toBe(await cliExport(values, '--json'));
    expect(copied[1]).toBe(await cliExport(values, '--csv'));
    expect(JSON.parse(copied[0] ?? '')).toMatchObject({ file: DOCUMENT_NAME, values: { adviesCommissie: 'Voorstel agenderen als debatstuk', programma: 'Vrije tijd' } });
  });

  it('copies exactly the ORI JSON that annotatie export --ori --calendar gives, with the calendar the pane loaded', async () => {
    const ics = readFileSync(join(__dirname, '..', 'fixtures', 'calendar', 'zoetermeer-2025.ics'), 'utf8');
    const setup = await edited();
    const profile: Profile = { ...DEFAULT_PROFILE, calendar: { events: DEFAULT_PROFILE.calendar?.events ?? [], url: 'profiles/vergaderkalender.ics' } };
    const services = createServices({
      document: setup.doc,
      language: 'nl',
      drafts: new MemoryDrafts(),
      documentUrl: () => DOCUMENT_URL,
      profile,
      calendarSource: { pageUrl: 'https://addin.gemeente.test/taskpane.html', fetchText: async () => ({ ok: true, status: 200, text: async () => ics }) },
    });
    const user = userEvent.setup({ delay: null });
    render(<App services={services} theme={webLightTheme} />);
    await openReview(user);
    const handOff = section(/^Doorgeven aan het RIS/);
    await within(handOff).findByText(/neemt per vergadering de UID, naam, tijden en plaats over uit de vergaderkalender/);
    await user.click(within(handOff).getByRole('button', { name: 'ORI-JSON kopiëren' }));
    await within(handOff).findByText('ORI-JSON staat op het klembord.');
    const copied = await window.navigator.clipboard.readText();
    expect(copied).toBe(await cliExport(currentValues(setup.fake), '--ori', ics));
    // The seed's Commissie of 29-9-2025: two that evening, the one matching Aard bijeenkomst, by its UID.
    expect(JSON.parse(copied)).toMatchObject({
      informatieobject: { informatieobjecttype: 'voorstel', gemeente: { gemeentecode: '0637' } },
      vergaderingen: [{ geplandeVergaderdatum: '2025-09-29', vergaderingstype: 'commissievergadering' }, { geplandeVergaderdatum: '2025-10-13', vergaderingstype: 'raadsvergadering' }],
    });
    expect(copied).toMatch(/"id": "[^"]+@raad\.zoetermeer\.test"/);
  });

  it('offers the ORI JSON as a download beside the document’s name, and without a calendar says what it lacks', async () => {
    const setup = await edited();
    const { user } = renderPane(setup);
    await openReview(user);
    const handOff = section(/^Doorgeven aan het RIS/);
    expect(within(handOff).getByText(/geeft per vergadering alleen de datum en de soort: er is geen vergaderkalender/)).toBeInTheDocument();
    // jsdom has no object URLs and does not navigate: the file's text and name are caught here.
    const created: Blob[] = [];
    const url = { createObjectURL: window.URL.createObjectURL, revokeObjectURL: window.URL.revokeObjectURL };
    Object.assign(window.URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:ori'), revokeObjectURL: () => undefined });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      await user.click(within(handOff).getByRole('button', { name: 'ORI-JSON downloaden' }));
      expect(await within(handOff).findByText('Raadsvoorstel arbeidsmigranten.ori.json wordt gedownload.')).toBeInTheDocument();
    } finally {
      click.mockRestore();
      Object.assign(window.URL, url);
    }
    expect(clicked).toEqual(['Raadsvoorstel arbeidsmigranten.ori.json']);
    const [blob] = created;
    const text = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      if (blob) reader.readAsText(blob);
      else reject(new Error('nothing downloaded'));
    });
    expect(blob?.type).toBe('application/json');
    expect(text).toBe(await cliExport(currentValues(setup.fake), '--ori'));
  });

  it('shows the text to copy by hand when the host refuses the clipboard', async () => {
    const { user } = renderPane(await edited());
    // As in an iframe without the clipboard-write permission; jsdom has no execCommand either.
    jest.spyOn(window.navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    await openReview(user);
    const handOff = section(/^Doorgeven aan het RIS/);
    await user.click(within(handOff).getByRole('button', { name: 'JSON kopiëren' }));
    expect(await within(handOff).findByText(/Kopiëren naar het klembord lukte niet/)).toBeInTheDocument();
    const box = within(handOff).getByRole('textbox', { name: 'JSON voor het RIS' });
    expect((box as HTMLTextAreaElement).value).toContain('"schema": "annotatie-raadsvoorstel/1"');
    expect(box).toHaveAttribute('readonly');
  });
});
