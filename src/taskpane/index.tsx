import type { Theme } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { loadOfficeScript } from '../document/word/office-script';
import { whenOfficeReady, type OfficeReady } from '../document/word/office-ready';
import type { Language } from '../domain/fields';
import { boot } from './boot';
import { ENTRY_TEXTS } from './entry-texts';
import { LoadFailed } from './load-failed';
import { languageFromDisplayLanguage } from './i18n';
import { fetchProfile, paneProfile, profileRequest, type FetchedProfile } from './profile-source';

/**
 * The task pane's entry: boots Office once (through the Word layer), then renders the form, or
 * what stands in its way (no usable municipal profile; outside Word, the page that explains
 * where this runs). Nothing else waits on Office.
 *
 * This chunk is only what must run first: React, the boot decision, and starting everything
 * else at once, in parallel with office.js's handshake, so each piece is there when Office
 * answers: office.js itself (from Microsoft's CDN, else the bundled copy), the municipal profile
 * (`?profile=profiles/NAME.json`), and what the form's first field needs: Fluent's provider,
 * Field and Input, the form's state and the Word layer (form.ts). Once that is there, the rest
 * of the form: its sections, choices, summary and the validation core (later.ts), which the
 * title field does not wait for. Later, on demand: the dark theme (only in a dark Office), the
 * outside-Word page, the profile-problem page.
 */
const officeScript = loadOfficeScript();
const profileFile = fetchProfile(profileRequest(window.location.search, window.location.href));
const form = import(/* webpackChunkName: "form" */ './form');
// A chunk that fails to arrive surfaces where it is awaited (LoadFailed), not as an unhandled rejection before.
// The rest of the form (later.ts) is fetched once the form's own chunk is there, so it does not
// compete with what the first field waits for; it usually arrives while Office reads the document.
void form.then((chunk) => chunk.later.load(), () => undefined);

const OutsideWord = lazy(() =>
  import(/* webpackChunkName: "outside-word" */ './components/OutsideWord/OutsideWord').then((module) => ({
    default: module.OutsideWord,
  })),
);
const ProfileProblem = lazy(() => import(/* webpackChunkName: "profile-problem" */ './components/ProfileProblem/ProfileProblem'));

async function themeFor(name: 'light' | 'dark'): Promise<Theme> {
  if (name === 'light') return (await form).webLightTheme;
  return (await import(/* webpackChunkName: "dark-theme" */ './dark-theme')).webDarkTheme;
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  // taskpane.html always has #root; without it there is nothing to render into.
  if (container === null) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);

  const showForm = async (ready: OfficeReady, language: Language, fetched: FetchedProfile): Promise<void> => {
    document.documentElement.lang = language;
    try {
      const chunk = await form;
      const profile = paneProfile(fetched, language, { embedded: chunk.DEFAULT_PROFILE, load: chunk.loadProfile });
      if (!profile.ok) {
        // The form needs the profile (domains, meeting day, lists); the drafts wait in storage.
        const retry = async () => showForm(ready, language, await fetchProfile(profileRequest(window.location.search, window.location.href)));
        const theme = await themeFor(ready.theme);
        root.render(
          <Suspense fallback={null}>
            <ProfileProblem problem={profile.problem} language={language} theme={theme} onRetry={retry} />
          </Suspense>,
        );
        return;
      }
      const annotatie = chunk.createWordDocument(ready.host, { dateStyle: profile.profile.houseStyle.date });
      // The document's identity (a round trip to Word) while a dark theme's chunk loads.
      const [theme, documentId] = await Promise.all([themeFor(ready.theme), annotatie.identity()]);
      const drafts = chunk.documentDrafts(chunk.draftsByDocument(chunk.browserStorage()), documentId);
      root.render(<chunk.App services={chunk.createPaneServices({ document: annotatie, language, drafts, profile: profile.profile, documentUrl: ready.documentUrl, calendarSource: { pageUrl: window.location.href } })} theme={theme} />);
    } catch {
      root.render(
        <main>
          <LoadFailed language={language} />
        </main>,
      );
    }
  };

  // office.js first (the CDN or the bundled copy), then one Office.onReady for the life of the
  // pane, shared by the boot race and a late answer. The boot timeout starts once office.js is
  // there: a slow CDN has its own timeout (office-script.ts).
  const source = await officeScript;
  document.documentElement.dataset['officeJs'] = source;
  const officeReady = whenOfficeReady();
  const outcome = await boot(() => officeReady, navigator.language);
  if (outcome.kind === 'word') {
    await showForm(outcome.ready, outcome.language, await profileFile);
    return;
  }
  document.documentElement.lang = outcome.language;
  root.render(
    <Suspense fallback={<p className="boot">{ENTRY_TEXTS[outcome.language].runsInWord}</p>}>
      <OutsideWord language={outcome.language} />
    </Suspense>,
  );
  if (outcome.reason === 'timeout') {
    // A cold Word on a slow PC can answer after the timeout: then it is Word after all, and the
    // explanation page gives way to the form.
    const late = await officeReady.catch(() => null);
    if (late !== null) await showForm(late, languageFromDisplayLanguage(late.displayLanguage ?? navigator.language), await profileFile);
  }
}

void main();
