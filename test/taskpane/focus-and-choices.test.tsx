/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { FluentProvider } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { App } from '../../src/taskpane/components/App';
import { FieldControl } from '../../src/taskpane/components/FieldControl/FieldControl';
import { ServicesContext } from '../../src/taskpane/services';
import { createServices } from '../../src/taskpane/wiring';
import { DEFAULT_PROFILE, FIELDS, fieldByKey, type AnnotatieValues, type FieldKey } from '../../src/domain';
import seed from '../../src/preview/seed.json';
import { MemoryDocument, MemoryDrafts } from './memory-document';
import { pinClock } from '../support/clock';

/**
 * Issue 11, points 3, 4 and 6: open choices keep what was typed, focus never falls to <body>,
 * and a label's `for` names its control. Through the whole pane, as a keyboard user works it.
 */

pinClock();
// The whole form renders in 0.3–0.6 s in jsdom; on a loaded 2-core machine far slower.
jest.setTimeout(60_000);
const SLOW = { timeout: 10_000 };

const SEED = seed as AnnotatieValues;

function renderPane(document: MemoryDocument) {
  const services = createServices({ document, language: 'nl', drafts: new MemoryDrafts() });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return user;
}

async function ready(): Promise<void> {
  await screen.findByRole('button', { name: 'Opslaan in document' }, SLOW);
}

/**
 * One field alone, as the form renders it, holding its own value: quicker than the whole pane
 * (seconds on a loaded machine), for what happens inside the control.
 */
function renderField(key: FieldKey, initial: string) {
  const services = createServices({ document: new MemoryDocument(null), language: 'nl', drafts: new MemoryDrafts() });
  const changes: string[] = [];
  function Harness(): ReactElement {
    const [value, setValue] = useState(initial);
    const field = fieldByKey(key);
    return (
      <FieldControl
        field={field}
        value={value}
        findings={[]}
        language="nl"
        options={field.choices ? DEFAULT_PROFILE.options[field.choices] : []}
        onChange={(_key, next) => {
          changes.push(next);
          setValue(next);
        }}
        onFocus={() => undefined}
        onBlur={() => undefined}
      />
    );
  }
  render(
    <ServicesContext.Provider value={services}>
      <FluentProvider theme={webLightTheme}>
        <Harness />
      </FluentProvider>
    </ServicesContext.Provider>,
  );
  return { user: userEvent.setup({ delay: null }), changes };
}

/** A document whose next write waits until the test lets it go, so the "saving" state can be seen. */
class SlowDocument extends MemoryDocument {
  release: () => void = () => undefined;
  override async write(changes: AnnotatieValues): ReturnType<MemoryDocument['write']> {
    await new Promise<void>((resolve) => {
      this.release = resolve;
    });
    return super.write(changes);
  }
}

describe('labels', () => {
  it('point at an element that exists, and clicking one focuses its control', async () => {
    const user = renderPane(new MemoryDocument(SEED));
    await ready();
    const labels = [...document.querySelectorAll('label[for]')];
    // One per field at least (a field's label, wherever its control is).
    expect(labels.length).toBeGreaterThanOrEqual(FIELDS.length);
    // Fluent pointed every field label at an id of its own making (`field-r4__control`).
    expect(labels.map((label) => label.getAttribute('for')).filter((id) => document.getElementById(id ?? '') === null)).toEqual([]);
    for (const [text, role] of [
      ['Onderwerp', 'textbox'],
      ['Aard bijeenkomst', 'combobox'],
      ['Oordeelsvorming', 'textbox'],
      ['Inleiding', 'textbox'],
    ] as const) {
      const label = labels.find((element) => element.textContent?.replace(/\s*\*$/, '') === text);
      if (label === undefined) throw new Error(`no label ${text}`);
      await user.click(label);
      expect(document.activeElement).toBe(screen.getByRole(role, { name: text }));
    }
  });
});

describe('an open choice (freeform combobox)', () => {
  it('keeps typed text on Enter, filters the list, and highlights nothing that was not chosen', async () => {
    const { user } = renderField('aardBijeenkomst', 'Reguliere raad');
    const aard = screen.getByRole('combobox', { name: 'Aard bijeenkomst' });
    await user.clear(aard);
    await user.type(aard, 'Raadsconferentie');
    // Nothing matches: the list says so, and no option is highlighted.
    const listbox = await screen.findByRole('listbox');
    const [only, ...others] = within(listbox).getAllByRole('option');
    expect(others).toEqual([]);
    expect(only).toHaveTextContent('Geen keuze in de lijst past');
    expect(only).toHaveAttribute('aria-disabled', 'true');
    expect(aard).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    expect(aard).toHaveValue('Raadsconferentie');

    // A prefix of an option: Fluent highlights "Commissie Plenair" by itself; Enter keeps the text.
    await user.clear(aard);
    await user.type(aard, 'commissie');
    const filtered = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(filtered.map((option) => option.textContent)).toEqual(['Commissie Plenair', 'Commissie Stad', 'Commissie Samenleving']);
    await user.keyboard('{Enter}');
    expect(aard).toHaveValue('commissie');

    // Contains, not only starts with: "raad" finds both meetings of the council.
    await user.clear(aard);
    await user.type(aard, 'raad');
    expect(within(await screen.findByRole('listbox')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Reguliere raad',
      'Extra raadsvergadering',
    ]);
    // Moving to an option is choosing it: ArrowDown, ArrowDown, Enter takes the second.
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(aard).toHaveValue('Extra raadsvergadering');

    // Reopened, the list is whole again, not filtered by the value it holds.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(within(await screen.findByRole('listbox')).getAllByRole('option')).toHaveLength(6);
    await user.keyboard('{Escape}');

    // Tab over a highlight the user did not move to keeps the text too.
    await user.clear(aard);
    await user.type(aard, 'Stads');
    await user.tab();
    expect(aard).toHaveValue('Stads');
  });
});

describe('focus lands on something sensible, never on <body>', () => {
  it('after the one-click e-mail fix: on the fixed field', async () => {
    const user = renderPane(new MemoryDocument(SEED));
    await ready();
    await user.click(screen.getByRole('button', { name: 'Wijzig in a.e.de.vries@zoetermeer.nl' }));
    const email = screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(email).toHaveValue('a.e.de.vries@zoetermeer.nl');
    expect(screen.queryByRole('button', { name: /^Wijzig in/ })).not.toBeInTheDocument();
  });

  it('after picking a day with Enter: on the date input; after Escape: on the calendar button', async () => {
    const { user, changes } = renderField('planning.oordeelsvorming', '15-9-2025');
    const field = screen.getByRole('textbox', { name: 'Oordeelsvorming' });
    const button = screen.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' });
    await user.click(button);
    const calendar = await screen.findByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' }, SLOW);
    // The calendar puts focus on the field's day (the cell of 15 September) as it opens.
    const day = await within(calendar).findByRole('button', { name: '15, september, 2025' }, SLOW);
    await waitFor(() => expect(document.activeElement?.contains(day)).toBe(true), SLOW);
    // (Arrow keys between days need layout, which jsdom lacks; the e2e walks them.)
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(changes).toEqual(['15-9-2025']);
    expect(document.activeElement).toBe(field);

    await user.click(button);
    await screen.findByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' }, SLOW);
    await waitFor(() => expect(document.activeElement?.closest('[role="dialog"]')).not.toBeNull(), SLOW);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(document.activeElement).toBe(button);
    expect(changes).toEqual(['15-9-2025']);
  });

  it('a click outside the open calendar keeps the focus it gave, instead of pulling it back', async () => {
    const { user } = renderField('planning.oordeelsvorming', '15-9-2025');
    const field = screen.getByRole('textbox', { name: 'Oordeelsvorming' });
    await user.click(screen.getByRole('button', { name: 'Kies een datum voor Oordeelsvorming' }));
    await screen.findByRole('dialog', { name: 'Kies een datum voor Oordeelsvorming' }, SLOW);
    await waitFor(() => expect(document.activeElement?.closest('[role="dialog"]')).not.toBeNull(), SLOW);
    await user.click(field);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(document.activeElement).toBe(field);
  });

  it('while saving and after: on the save button, which says it is busy instead of disabling itself', async () => {
    const document_ = new SlowDocument(SEED);
    const user = renderPane(document_);
    await ready();
    const onderwerp = screen.getByRole('textbox', { name: 'Onderwerp' });
    await user.type(onderwerp, '!');
    const save = screen.getByRole('button', { name: 'Opslaan in document' });
    save.focus();
    await user.keyboard('{Enter}');
    const busy = await screen.findByRole('button', { name: /Bezig met opslaan/ });
    expect(busy).toBe(save);
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(busy);
    // A second Enter while busy does not start a second write.
    await user.keyboard('{Enter}');
    document_.release();
    // The seed's e-mail typo is still there: "1 veld opgeslagen; 1 fout nog op te lossen."
    expect(await screen.findByText(/^1 veld opgeslagen/, {}, SLOW)).toBeInTheDocument();
    expect(document_.writes).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Opslaan in document' }));
  });

  it('after retrying a failed save: on the save button', async () => {
    const document_ = new MemoryDocument(SEED);
    const user = renderPane(document_);
    await ready();
    await user.type(screen.getByRole('textbox', { name: 'Onderwerp' }), '!');
    document_.failNextWriteFor = ['onderwerp'];
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    // The failure bar has no retry of its own: the save button is the one action.
    expect(await screen.findByText('Niet opgeslagen: Onderwerp', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan in document' }));
    expect(await screen.findByText(/^1 veld opgeslagen/, {}, SLOW)).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Opslaan in document' }));
  });

  it('after inserting the annotatie: on its first field, Onderwerp', async () => {
    const document_ = new MemoryDocument(null);
    const user = renderPane(document_);
    const insert = await screen.findByRole('button', { name: 'Annotatie invoegen' }, SLOW);
    await user.click(insert);
    const onderwerp = await screen.findByRole('textbox', { name: 'Onderwerp' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(onderwerp), SLOW);
    expect(document_.inserts).toBe(1);
  });
});
