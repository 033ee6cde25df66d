import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Language } from '../../../domain/fields';
import type { ProfileProblem as Problem } from '../../profile-source';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '42em',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0 },
  paragraph: { margin: 0 },
  details: {
    alignSelf: 'stretch',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

interface Texts {
  readonly title: string;
  readonly what: (problem: Problem) => string;
  readonly why: string;
  readonly safe: string;
  readonly forAdmin: string;
  readonly details: (problem: Problem) => string;
  readonly retry: string;
  readonly retrying: string;
}

const TEXT: Readonly<Record<Language, Texts>> = {
  nl: {
    title: 'Het gemeenteprofiel kon niet worden geladen',
    what: (problem) => {
      switch (problem.kind) {
        case 'refused':
          return `Het adres van het profiel, ‘${problem.name}’, wijst buiten de website van de invoegtoepassing. Het taakvenster haalt zijn profiel alleen van zijn eigen site; het manifest van uw gemeente moet een pad noemen, zoals taskpane.html?profile=profiles/gemeente.json.`;
        case 'unreachable':
          return problem.status === undefined
            ? `Het profiel ‘${problem.name}’ kon niet worden opgehaald: de website van de invoegtoepassing gaf geen antwoord. Controleer de netwerkverbinding en probeer het opnieuw.`
            : `Het profiel ‘${problem.name}’ is niet gevonden op de website van de invoegtoepassing.`;
        case 'invalid':
          return `Het profiel ‘${problem.name}’ bevat een fout, zodat het taakvenster het niet kan gebruiken.`;
      }
    },
    why: 'Zonder het profiel van uw gemeente kan het taakvenster de annotatie niet controleren: het e-maildomein, de vergaderdag en de keuzelijsten staan erin. Neem contact op met de functioneel beheerder van de invoegtoepassing in uw gemeente en geef de melding hieronder door.',
    safe: 'Er gaat niets verloren: het document is niet gewijzigd, en wat u eerder in dit venster invulde maar nog niet opsloeg, blijft bewaard en komt terug zodra het profiel laadt.',
    forAdmin: 'Voor de functioneel beheerder',
    details: (problem) => {
      switch (problem.kind) {
        case 'refused':
          return `Parameter profile in het manifest: ${problem.name}\nAlleen een relatief pad op dezelfde site wordt geladen.`;
        case 'unreachable':
          return `Profiel: ${problem.name}\nAdres: ${problem.url}\n${problem.status === undefined ? 'Geen antwoord van de server.' : `HTTP-status ${problem.status}.`}`;
        case 'invalid':
          return problem.error;
      }
    },
    retry: 'Opnieuw proberen',
    retrying: 'Bezig met laden…',
  },
  en: {
    title: 'The municipal profile could not be loaded',
    what: (problem) => {
      switch (problem.kind) {
        case 'refused':
          return `The profile’s address, ‘${problem.name}’, points outside the add-in’s website. The task pane only loads its profile from its own site; your municipality’s manifest must name a path, such as taskpane.html?profile=profiles/municipality.json.`;
        case 'unreachable':
          return problem.status === undefined
            ? `The profile ‘${problem.name}’ could not be fetched: the add-in’s website did not answer. Check the network connection and try again.`
            : `The profile ‘${problem.name}’ was not found on the add-in’s website.`;
        case 'invalid':
          return `The profile ‘${problem.name}’ contains an error, so the task pane cannot use it.`;
      }
    },
    why: 'Without your municipality’s profile the task pane cannot check the annotation: the e-mail domain, the meeting day and the choice lists are in it. Contact the functional administrator (functioneel beheerder) of the add-in in your municipality and pass on the message below.',
    safe: 'Nothing is lost: the document has not been changed, and anything you entered in this pane earlier without saving is kept and comes back once the profile loads.',
    forAdmin: 'For the functional administrator',
    details: (problem) => {
      switch (problem.kind) {
        case 'refused':
          return `Parameter profile in the manifest: ${problem.name}\nOnly a relative path on the same site is loaded.`;
        case 'unreachable':
          return `Profile: ${problem.name}\nAddress: ${problem.url}\n${problem.status === undefined ? 'No answer from the server.' : `HTTP status ${problem.status}.`}`;
        case 'invalid':
          return problem.error;
      }
    },
    retry: 'Try again',
    retrying: 'Loading…',
  },
};

/**
 * What the pane shows instead of the form when its municipal profile cannot be used: what is
 * wrong, who can fix it, that nothing is lost, and the technical detail the functioneel
 * beheerder needs. A retry for problems that can go away while the pane is open (a server that
 * did not answer, a file being fixed); a manifest pointing elsewhere does not.
 */
export default function ProfileProblem(props: {
  readonly problem: Problem;
  readonly language: Language;
  readonly theme: Theme;
  readonly onRetry?: () => Promise<void>;
}): ReactElement {
  const { problem, language, theme, onRetry } = props;
  const styles = useStyles();
  const text = TEXT[language];
  const [retrying, setRetrying] = useState(false);
  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {text.title}
        </Text>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text.what(problem)}</MessageBarBody>
        </MessageBar>
        <p className={styles.paragraph}>{text.why}</p>
        <p className={styles.paragraph}>{text.safe}</p>
        <Text as="h2" size={300} weight="semibold" className={styles.title}>
          {text.forAdmin}
        </Text>
        <pre className={styles.details}>{text.details(problem)}</pre>
        {onRetry !== undefined && problem.kind !== 'refused' ? (
          <Button
            appearance="primary"
            disabledFocusable={retrying}
            onClick={() => {
              setRetrying(true);
              void onRetry().finally(() => setRetrying(false));
            }}
          >
            {retrying ? text.retrying : text.retry}
          </Button>
        ) : null}
      </main>
    </FluentProvider>
  );
}
