import { webLightTheme, type Theme } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { createDraftStore, createWordDocument } from '../document/word';
import { whenOfficeReady, type OfficeReady } from '../document/word/office-ready';
import type { Language } from '../domain/fields';
import { boot } from './boot';
import { App } from './components/App';
import { browserStorage, documentDrafts } from './drafts';
import { languageFromDisplayLanguage } from './i18n';

/**
 * The task pane's entry: boots Office once (through the Word layer), then renders either the
 * form or, outside Word, the page that explains where this runs. Nothing else waits on Office.
 *
 * Split off the initial JS, each loaded in parallel with office.js's handshake and never later
 * than the form needs it: the validation core (date and phone parsing: it only runs once the
 * document has been read), the dark theme (only in a dark Office), the outside-Word page.
 */
const wiring = import(/* webpackChunkName: "validation" */ './wiring');
const OutsideWord = lazy(() =>
  import(/* webpackChunkName: "outside-word" */ './components/OutsideWord/OutsideWord').then((module) => ({
    default: module.OutsideWord,
  })),
);

async function themeFor(name: 'light' | 'dark'): Promise<Theme> {
  if (name === 'light') return webLightTheme;
  return (await import(/* webpackChunkName: "dark-theme" */ './dark-theme')).webDarkTheme;
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  // taskpane.html always has #root; without it there is nothing to render into.
  if (container === null) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);

  const showForm = async (ready: OfficeReady, language: Language): Promise<void> => {
    const annotatie = createWordDocument(ready.host);
    const [{ createServices }, theme, documentId] = await Promise.all([wiring, themeFor(ready.theme), annotatie.identity()]);
    const drafts = documentDrafts(createDraftStore(browserStorage()), documentId);
    root.render(<App services={createServices({ document: annotatie, language, drafts, documentUrl: ready.documentUrl })} theme={theme} />);
  };

  // One Office.onReady for the life of the pane, shared by the boot race and a late answer.
  const officeReady = whenOfficeReady();
  const outcome = await boot(() => officeReady, navigator.language);
  if (outcome.kind === 'word') {
    await showForm(outcome.ready, outcome.language);
    return;
  }
  root.render(
    <Suspense fallback={<p className="boot">{outcome.language === 'en' ? 'This add-in runs inside Microsoft Word.' : 'Deze invoegtoepassing werkt in Microsoft Word.'}</p>}>
      <OutsideWord language={outcome.language} />
    </Suspense>,
  );
  if (outcome.reason === 'timeout') {
    // A cold Word on a slow PC can answer after the timeout: then it is Word after all, and the
    // explanation page gives way to the form.
    const late = await officeReady.catch(() => null);
    if (late !== null) await showForm(late, languageFromDisplayLanguage(late.displayLanguage ?? navigator.language));
  }
}

void main();
