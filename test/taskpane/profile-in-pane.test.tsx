/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from '../../src/taskpane/components/App';
import { createServices } from '../../src/taskpane/wiring';
import { loadProfile, type AnnotatieValues } from '../../src/domain';
import seed from '../../src/preview/seed.json';
import { MemoryDocument, MemoryDrafts } from './memory-document';
import { pinClock } from '../support/clock';

pinClock();
// A whole form in jsdom on a loaded 2-core machine: generous, it only catches a hang.
jest.setTimeout(60_000);

const loaded = loadProfile(readFileSync(join(__dirname, '..', '..', 'profiles', 'delft.json'), 'utf8'), 'profiles/delft.json');
if (!loaded.ok) throw new Error(loaded.error);
const delft = loaded.profile;

/** The seed as Delft would have it: its own addresses, and its Thursdays. */
const VALUES: AnnotatieValues = {
  ...(seed as AnnotatieValues),
  'ambtenaar.email': 'a.devries@delft.nl',
  'raadsadviseur.email': 'w.vanvaals@delft.nl',
  aardBijeenkomst: 'Raadsvergadering',
  programma: 'Financiën',
  doelBespreking: 'Ter besluitvorming',
  adviesCommissie: 'Bespreekstuk',
  'planning.oordeelsvorming': '02-10-2025',
  'planning.besluitvorming': '16-10-2025',
};

function renderPane() {
  const services = createServices({ document: new MemoryDocument(VALUES), language: 'nl', drafts: new MemoryDrafts(), profile: delft });
  const user = userEvent.setup({ delay: null });
  render(<App services={services} theme={webLightTheme} />);
  return user;
}

describe('the pane with another municipality’s profile (profiles/delft.json)', () => {
  it('says the profile’s date style in the date inputs', async () => {
    renderPane();
    const input = await screen.findByRole('textbox', { name: 'Besluitvorming' });
    expect(input).toHaveAttribute('placeholder', 'dd-mm-jjjj');
  });

  it('checks against Delft: its domain, its Thursday, its lists, each with a one-click fix', async () => {
    const user = renderPane();
    await screen.findByRole('button', { name: 'Opslaan in document' });
    // The seed's values fit Delft's profile: nothing to report.
    expect(screen.getByText('Geen problemen gevonden.')).toBeInTheDocument();

    const email = screen.getByRole('textbox', { name: 'E-mail behandelend ambtenaar' });
    // Pasted, not typed: each keystroke re-renders the whole form, which jsdom makes slow.
    await user.clear(email);
    await user.paste('a.devries@deflt.nl');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Wijzig in a.devries@delft.nl' }));
    expect(email).toHaveValue('a.devries@delft.nl');

    // Monday 13-10-2025: Delft meets on Thursdays; Thursday 16-10 is 3 days away, 9-10 four.
    // (The planning field shows the suggestion in its message; its own fix button is the form's work.)
    const besluit = screen.getByRole('textbox', { name: 'Besluitvorming' });
    await user.clear(besluit);
    await user.paste('13-10-2025');
    await user.tab();
    expect(screen.getByText('Deze datum valt op een maandag; de raad van Delft vergadert op donderdag. Bedoelt u donderdag 16-10-2025?')).toBeInTheDocument();

    const programma = screen.getByRole('combobox', { name: 'Programma' });
    await user.clear(programma);
    await user.paste('Ruimtelijke ontwikkeling');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Wijzig in Wonen en ruimtelijke ontwikkeling' }));
    expect(programma).toHaveValue('Wonen en ruimtelijke ontwikkeling');
  });
});
