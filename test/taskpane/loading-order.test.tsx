/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import type { AnnotatieValues } from '../../src/domain';
import { App } from '../../src/taskpane/components/App';
import type * as Deferred from '../../src/taskpane/deferred';
import { createPaneServices } from '../../src/taskpane/pane-services';
import { DEFAULT_PROFILE } from '../../src/taskpane/wiring';
import seed from '../../src/preview/seed.json';
import { pinClock } from '../support/clock';
import { MemoryDocument, MemoryDrafts } from './memory-document';

/**
 * The pane's loading order (issue 11): the first field is on screen and takes input before the
 * rest of the form (later.ts: sections, choices, summary, save footer, validation core) has
 * arrived, and what was typed meanwhile survives its arrival. The later chunk is the real one;
 * only when it arrives is in the test's hands (the browser test does the same with a slow
 * route: test/e2e/loading-order.e2e.test.ts).
 */

pinClock();
jest.setTimeout(30_000);

jest.mock('../../src/taskpane/later', () => {
  const actual = jest.requireActual<Record<string, unknown>>('../../src/taskpane/later');
  const { deferredChunk } = jest.requireActual<typeof Deferred>('../../src/taskpane/deferred');
  const gate = { open: (): void => undefined };
  const arrival = new Promise<void>((resolve) => {
    gate.open = resolve;
  });
  const later = deferredChunk(() => arrival.then(() => jest.requireActual('../../src/taskpane/form-later')));
  // Every component later.ts offers, from this slow copy of its chunk.
  const components = Object.fromEntries(
    Object.keys(actual)
      .filter((name) => name !== 'later')
      .map((name) => [name, later.component(name as never)]),
  );
  return { ...components, later, gate };
});

const SEED = seed as AnnotatieValues;

function renderPane() {
  const services = createPaneServices({ document: new MemoryDocument(SEED), language: 'nl', drafts: new MemoryDrafts(), profile: DEFAULT_PROFILE });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return { user };
}

describe('the pane before the rest of its form has arrived', () => {
  it('shows the title field, keeps what is typed into it and the focus when the rest arrives, then validates', async () => {
    const { user } = renderPane();
    const title = await screen.findByRole('textbox', { name: 'Onderwerp' });
    expect(title).toHaveValue(SEED.onderwerp);
    // Nothing of the rest yet: no sections, no save button; placeholders hold their place.
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Opslaan in document' })).not.toBeInTheDocument();

    await user.click(title);
    await user.keyboard('{End} (herzien)');
    expect(title).toHaveValue(`${SEED.onderwerp} (herzien)`);

    // No failure notice while it is on its way.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(async () => {
      jest.requireMock<{ gate: { open: () => void } }>('../../src/taskpane/later').gate.open();
    });
    await screen.findByRole('button', { name: 'Opslaan in document' });
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(0);
    const sameTitle = screen.getByRole('textbox', { name: 'Onderwerp' });
    expect(sameTitle).toBe(title);
    expect(sameTitle).toHaveValue(`${SEED.onderwerp} (herzien)`);
    expect(sameTitle).toHaveFocus();
    // Typing carries on into the same field.
    await user.keyboard('!');
    expect(sameTitle).toHaveValue(`${SEED.onderwerp} (herzien)!`);

    // The validation core came with the chunk: a broken address is an error once the field is left.
    const email = screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    await user.clear(email);
    await user.type(email, 'jan@');
    await user.tab();
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });
});
