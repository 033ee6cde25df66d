import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { createWordDocument } from '../document/word';
import { createFakeWord } from '../document/word/fake';
import { App } from '../taskpane/components/App';
import { browserStorage, documentDrafts, draftsByDocument } from '../taskpane/drafts';
import { languageFromDisplayLanguage } from '../taskpane/i18n';
import { fetchProfile, paneProfile, profileRequest } from '../taskpane/profile-source';
import { DEFAULT_PROFILE, createServices, loadProfile } from '../taskpane/wiring';
import { DEMO_DOCUMENT_NAMES, PREVIEW_AUTHOR, rememberingWrites, savedEdits, setUpDemo, withDemoCalendar, type DemoName } from './demo';
import { PreviewPage, previewTitle } from './PreviewPage';

const ProfileProblem = lazy(() => import(/* webpackChunkName: "profile-problem" */ '../taskpane/components/ProfileProblem/ProfileProblem'));

/**
 * preview.html: the real task pane and the real Word layer, over the Word fake instead of Word.
 * Query: demo=seed|empty|legacy (default seed; legacy: an annotatie written before the add-in,
 * text only, for the pane to convert), theme=light|dark, lang=nl|en, pane=only (just the pane,
 * as narrow as the window: for screenshots at task-pane widths), profile=profiles/NAME.json (a
 * municipality's profile from this site, as taskpane.html takes it; default Zoetermeer's),
 * tracking=on (track changes on from the start).
 */
async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const asked = params.get('demo');
  const demo: DemoName = asked === 'empty' || asked === 'legacy' ? asked : 'seed';
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  // Dutch by default, as the pane in a Dutch Office; ?lang=en stands in for an English Office.
  const language = languageFromDisplayLanguage(params.get('lang') ?? 'nl');
  document.documentElement.lang = language;
  document.title = previewTitle(language);
  const container = document.getElementById('root');
  if (container === null) throw new Error('preview.html has no #root element');
  const root = createRoot(container);
  const fluentTheme = theme === 'dark' ? webDarkTheme : webLightTheme;

  const request = profileRequest(window.location.search, window.location.href);
  const profile = paneProfile(await fetchProfile(request), language, { embedded: DEFAULT_PROFILE, load: loadProfile });
  if (!profile.ok) {
    root.render(
      <Suspense fallback={null}>
        <ProfileProblem problem={profile.problem} language={language} theme={fluentTheme} onRetry={async () => window.location.reload()} />
      </Suspense>,
    );
    return;
  }

  // Word on the web answers a sync in tens of ms; the preview waits that long per round trip so
  // it feels like the real thing (and the pane's loading states are visible).
  const fake = createFakeWord({ latencyMs: 40, realDelay: true, author: PREVIEW_AUTHOR });
  // Per demo and profile: a document saved under one municipality is not replayed under another.
  const documentName = request.kind === 'file' ? `${demo}.${request.name}` : demo;
  const word = createWordDocument(fake.host, { newId: () => `preview-${documentName}`, dateStyle: profile.profile.houseStyle.date });
  const storage = browserStorage();
  const edits = savedEdits(storage, documentName);
  await setUpDemo(fake, word, demo);
  // ?tracking=on: the document comes with track changes on (Word's Review > Track Changes), so
  // what the pane writes or removes shows as tracked changes.
  if (params.get('tracking') === 'on') fake.user.setTracking('TrackAll');
  const earlier = edits.load();
  if (Object.keys(earlier).length > 0) await word.write(earlier);

  const annotatie = rememberingWrites(word, edits);
  const drafts = documentDrafts(draftsByDocument(storage), await annotatie.identity());
  // Where a real Word document would live: the hand-off's `file` is its name.
  const documentUrl = () => `https://gemeente.example/raadsvoorstellen/${encodeURIComponent(DEMO_DOCUMENT_NAMES[demo])}`;
  // Zoetermeer's embedded profile names no calendar; the preview lends it the demo one.
  const demoProfile = request.kind === 'embedded' ? withDemoCalendar(profile.profile) : profile.profile;
  const services = createServices({ document: annotatie, language, drafts, profile: demoProfile, documentUrl, calendarSource: { pageUrl: window.location.href } });
  const restart = () => {
    edits.clear();
    drafts.clear();
    window.location.reload();
  };
  root.render(
    params.get('pane') === 'only' ? (
      <App services={services} theme={fluentTheme} />
    ) : (
      <PreviewPage fake={fake} services={services} theme={theme} language={language} onRestart={restart} />
    ),
  );
}

void main();
