import { webLightTheme, type Theme } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { createDraftStore, createWordDocument } from '../document/word';
import { whenOfficeReady } from '../document/word/office-ready';
import { boot } from './boot';
import { App } from './components/App';
import { browserStorage, documentDrafts } from './drafts';

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

  const outcome = await boot(whenOfficeReady, navigator.language);
  if (outcome.kind === 'outside') {
    root.render(
      <Suspense fallback={<p className="boot">{outcome.language === 'en' ? 'This add-in runs inside Microsoft Word.' : 'Deze invoegtoepassing werkt in Microsoft Word.'}</p>}>
        <OutsideWord language={outcome.language} />
      </Suspense>,
    );
    return;
  }
  const annotatie = createWordDocument(outcome.ready.host);
  const [{ createServices }, theme, documentId] = await Promise.all([
    wiring,
    themeFor(outcome.ready.theme),
    annotatie.identity(),
  ]);
  const drafts = documentDrafts(createDraftStore(browserStorage()), documentId);
  const services = createServices({ document: annotatie, language: outcome.language, drafts });
  root.render(<App services={services} theme={theme} />);
}

void main();
