import { Button, FluentProvider, Link, Spinner, Switch, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ReactElement } from 'react';
import type { FakeWord } from '../document/word/fake';
import type { Language } from '../domain/fields';
import type { MessageSet } from '../domain/i18n';
import { App } from '../taskpane/components/App';
import type { TaskpaneServices } from '../taskpane/services';

const DocumentView = lazy(() => import(/* webpackChunkName: "document-view" */ './DocumentView'));

const TEXT = {
  nl: {
    documentTitle: 'Voorbeeld – Annotatie raadsvoorstel',
    title: 'Voorbeeld: de annotatie zonder Word',
    lead: 'Een gesimuleerd Word-document en het echte taakvenster (op een smal scherm eerst het taakvenster). Wat u opslaat, komt in het document; klik op de tekst van een veld in het document om die daar zelf te wijzigen, zoals in Word.',
    document: 'Gesimuleerd Word-document',
    documentScroll: 'Document (scrollen met de pijltoetsen)',
    pane: 'Taakvenster',
    tracking: 'Wijzigingen bijhouden staat aan: ingevoegde tekst is onderstreept, verwijderde doorgehaald.',
    edit: '{title} bewerken',
    hintSingle: 'Enter: in het document zetten · Esc: annuleren',
    hintMulti: 'Enter: in het document zetten · Shift+Enter: nieuwe alinea · Esc: annuleren',
    refused: 'Word staat wijzigen hier niet toe: het document is beveiligd of het veld is vergrendeld.',
    restart: 'Opnieuw beginnen',
    protect: 'Document beveiligd (Word weigert wijzigingen)',
    seed: 'Annotatie uit het voorbeeld',
    empty: 'Leeg document',
    legacy: 'Annotatie in de oude vorm',
  },
  en: {
    documentTitle: 'Preview – Council proposal annotation',
    title: 'Preview: the annotation without Word',
    lead: 'A simulated Word document and the real task pane (on a narrow screen the pane comes first). What you save goes into the document; click a field’s text in the document to change it there yourself, as in Word.',
    document: 'Simulated Word document',
    documentScroll: 'Document (scroll with the arrow keys)',
    pane: 'Task pane',
    tracking: 'Track changes is on: inserted text is underlined, deleted text struck through.',
    edit: 'Edit {title}',
    hintSingle: 'Enter: put it in the document · Esc: cancel',
    hintMulti: 'Enter: put it in the document · Shift+Enter: new paragraph · Esc: cancel',
    refused: 'Word does not allow changes here: the document is protected or the field is locked.',
    restart: 'Start again',
    protect: 'Document protected (Word refuses changes)',
    seed: 'Annotation from the seed',
    empty: 'Empty document',
    legacy: 'Annotation in the old form',
  },
} as const;

/** The page's words as a message set (src/domain/i18n): typed so a key missing in English fails tsc. */
export const PREVIEW_TEXTS: MessageSet<keyof (typeof TEXT)['nl']> = TEXT;

/** The page's title in the preview's language (preview.html's own <title> is the Dutch one). */
export function previewTitle(language: Language): string {
  return TEXT[language].documentTitle;
}

/** A link to another demo that keeps the rest of the query (the profile, the language, the theme). */
function demoHref(demo: 'seed' | 'empty' | 'legacy'): string {
  const params = new URLSearchParams(window.location.search);
  params.set('demo', demo);
  return `?${params.toString()}`;
}

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 360px',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    // The pane comes first in the page (so first on a narrow screen, where the columns stack, and
    // first for keyboard and screen-reader users everywhere); on a wide screen it is drawn on the
    // right of the document, where Word puts a task pane.
    gridTemplateAreas: '"header header" "document pane"',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    '@media (max-width: 760px)': { display: 'block', height: 'auto' },
  },
  header: {
    gridArea: 'header',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  document: { gridArea: 'document', overflowY: 'auto', minHeight: 0 },
  pane: {
    gridArea: 'pane',
    overflowY: 'auto',
    minHeight: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

export function PreviewPage(props: {
  readonly fake: FakeWord;
  readonly services: TaskpaneServices;
  readonly theme: 'light' | 'dark';
  readonly language: Language;
  readonly onRestart: () => void;
}): ReactElement {
  const { fake, services, theme, language, onRestart } = props;
  const styles = useStyles();
  const text = TEXT[language];
  // Playing a Word user who protects the document: the pane's next save fails with Word's
  // AccessDenied, so anyone can see what the pane does then (message bar, retry, draft kept).
  const [protectedDocument, setProtectedDocument] = useState(false);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={language}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" size={400} weight="semibold" className={styles.title}>
            {text.title}
          </Text>
          <Text size={200}>{text.lead}</Text>
          <span className={styles.links}>
            <Link href={demoHref('seed')}>{text.seed}</Link>
            <Link href={demoHref('empty')}>{text.empty}</Link>
            <Link href={demoHref('legacy')}>{text.legacy}</Link>
            <Button size="small" onClick={onRestart}>
              {text.restart}
            </Button>
            <Switch
              label={text.protect}
              checked={protectedDocument}
              onChange={(_event, data) => {
                fake.user.setProtected(data.checked);
                setProtectedDocument(data.checked);
              }}
            />
          </span>
        </header>
        {/* Before the document in the page: at 320 px the stacked document pushed the form 5,400 px down. */}
        <aside className={styles.pane} aria-label={text.pane}>
          <App services={services} theme={theme === 'dark' ? webDarkTheme : webLightTheme} />
        </aside>
        {/* Focusable so keyboard users can scroll the document (axe: scrollable-region-focusable). */}
        <div className={styles.document} tabIndex={0} role="region" aria-label={text.documentScroll}>
          <Suspense fallback={<Spinner size="small" />}>
            <DocumentView fake={fake} label={text.document} text={text} />
          </Suspense>
        </div>
      </div>
    </FluentProvider>
  );
}
