import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createDraftStore, createWordDocument } from '../document/word';
import { createFakeWord } from '../document/word/fake';
import { App } from '../taskpane/components/App';
import { browserStorage, documentDrafts } from '../taskpane/drafts';
import { languageFromDisplayLanguage } from '../taskpane/i18n';
import { createServices } from '../taskpane/wiring';
import { DEMO_DOCUMENT_NAMES, PREVIEW_AUTHOR, rememberingWrites, savedEdits, setUpDemo, type DemoName } from './demo';
import { PreviewPage } from './PreviewPage';

/**
 * preview.html: the real task pane and the real Word layer, over the Word fake instead of Word.
 * Query: demo=seed|empty (default seed), theme=light|dark, lang=nl|en, pane=only (just the pane,
 * as narrow as the window: for screenshots at task-pane widths).
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const demo: DemoName = params.get('demo') === 'empty' ? 'empty' : 'seed';
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  // Dutch by default, as the pane in a Dutch Office; ?lang=en stands in for an English Office.
  const language = languageFromDisplayLanguage(params.get('lang') ?? 'nl');
  const container = document.getElementById('root');
  if (container === null) throw new Error('preview.html has no #root element');

  // Word on the web answers a sync in tens of ms; the preview waits that long per round trip so
  // it feels like the real thing (and the pane's loading states are visible).
  const fake = createFakeWord({ latencyMs: 40, realDelay: true, author: PREVIEW_AUTHOR });
  const word = createWordDocument(fake.host, { newId: () => `preview-${demo}` });
  const storage = browserStorage();
  const edits = savedEdits(storage, demo);
  await setUpDemo(fake, word, demo);
  const earlier = edits.load();
  if (Object.keys(earlier).length > 0) await word.write(earlier);

  const annotatie = rememberingWrites(word, edits);
  const drafts = documentDrafts(createDraftStore(storage), await annotatie.identity());
  // Where a real Word document would live: the hand-off's `file` is its name.
  const documentUrl = () => `https://gemeente.example/raadsvoorstellen/${encodeURIComponent(DEMO_DOCUMENT_NAMES[demo])}`;
  const services = createServices({ document: annotatie, language, drafts, documentUrl });
  const restart = () => {
    edits.clear();
    drafts.clear();
    window.location.reload();
  };
  createRoot(container).render(
    params.get('pane') === 'only' ? (
      <App services={services} theme={theme === 'dark' ? webDarkTheme : webLightTheme} />
    ) : (
      <PreviewPage fake={fake} services={services} theme={theme} language={language} onRestart={restart} />
    ),
  );
}

void main();
