/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import ProfileProblem from '../../src/taskpane/components/ProfileProblem/ProfileProblem';
import type { ProfileProblem as Problem } from '../../src/taskpane/profile-source';

const UNREACHABLE: Problem = { kind: 'unreachable', name: 'profiles/delft.json', url: 'https://a.nl/profiles/delft.json' };

describe('the pane without a usable profile', () => {
  it.each<[Problem, RegExp]>([
    [{ kind: 'refused', name: 'https://elders.nl/p.json' }, /wijst buiten de website van de invoegtoepassing/],
    [UNREACHABLE, /kon niet worden opgehaald: de website van de invoegtoepassing gaf geen antwoord/],
    [{ ...UNREACHABLE, status: 404 }, /is niet gevonden op de website van de invoegtoepassing/],
    [{ kind: 'invalid', name: 'profiles/delft.json', error: 'profiles/delft.json: options.programma[2] moet tekst zijn' }, /bevat een fout/],
  ])('%j: says what is wrong and who to ask', (problem, what) => {
    render(<ProfileProblem problem={problem} language="nl" theme={webLightTheme} onRetry={async () => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Het gemeenteprofiel kon niet worden geladen' })).toBeInTheDocument();
    expect(screen.getByText(what)).toBeInTheDocument();
    expect(screen.getByText(/Neem contact op met de functioneel beheerder/)).toBeInTheDocument();
    expect(screen.getByText(/Er gaat niets verloren/)).toBeInTheDocument();
    // A manifest pointing elsewhere does not get better by trying again.
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' }) === null).toBe(problem.kind === 'refused');
  });

  it('gives the functioneel beheerder the detail: the property, or the address and status', () => {
    const { unmount } = render(<ProfileProblem problem={{ kind: 'invalid', name: 'p.json', error: 'p.json: meetingWeekday moet een van ‘zondag’ zijn' }} language="nl" theme={webLightTheme} />);
    expect(screen.getByText('p.json: meetingWeekday moet een van ‘zondag’ zijn')).toBeInTheDocument();
    unmount();
    render(<ProfileProblem problem={{ ...UNREACHABLE, status: 500 }} language="en" theme={webLightTheme} />);
    expect(screen.getByText(/Address: https:\/\/a\.nl\/profiles\/delft\.json\s+HTTP status 500\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'The municipal profile could not be loaded' })).toBeInTheDocument();
  });

  it('tries again on request, and says it is busy meanwhile', async () => {
    let finish: () => void = () => undefined;
    const onRetry = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ProfileProblem problem={UNREACHABLE} language="nl" theme={webLightTheme} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Bezig met laden…' })).toHaveAttribute('aria-disabled', 'true');
    finish();
    expect(await screen.findByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});
