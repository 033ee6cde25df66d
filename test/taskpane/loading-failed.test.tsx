/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
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
 * When the rest of the form (later.ts) cannot be fetched (the add-in's server went away after
 * the first chunks): the pane says so with a way to reload, the title field keeps working, and
 * what was typed is in the draft, so the reload brings it back.
 */

pinClock();
jest.setTimeout(30_000);

jest.mock('../../src/taskpane/later', () => {
  const actual = jest.requireActual<Record<string, unknown>>('../../src/taskpane/later');
  const { deferredChunk } = jest.requireActual<typeof Deferred>('../../src/taskpane/deferred');
  const later = deferredChunk(() => Promise.reject(new Error('ChunkLoadError: Loading chunk form-later failed')));
  const components = Object.fromEntries(
    Object.keys(actual)
      .filter((name) => name !== 'later')
      .map((name) => [name, later.component(name as never)]),
  );
  return { ...components, later };
});

const SEED = seed as AnnotatieValues;

it('says the pane could not be loaded completely, and keeps the title field and its draft', async () => {
  const drafts = new MemoryDrafts();
  const services = createPaneServices({ document: new MemoryDocument(SEED), language: 'nl', drafts, profile: DEFAULT_PROFILE });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  await screen.findByRole('alert');
  expect(screen.getByRole('alert')).toHaveTextContent('Het taakvenster kon niet volledig worden geladen');
  expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeInTheDocument();
  const title = await screen.findByRole('textbox', { name: 'Onderwerp' });
  await user.type(title, ' (herzien)');
  expect(title).toHaveValue(`${SEED.onderwerp} (herzien)`);
  expect(drafts.load()).toEqual({ onderwerp: `${SEED.onderwerp} (herzien)` });
});
