import { FluentProvider, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Language } from '../../../domain/fields';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: '42em',
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  paragraph: { margin: 0 },
  details: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  detailsBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
});

const TEXT = {
  nl: {
    title: 'Annotatie raadsvoorstel',
    lead: 'Dit is de invoegtoepassing Annotatie raadsvoorstel. In Microsoft Word vult u daarmee de annotatie van een raadsvoorstel in en controleert u die voordat het voorstel naar de raad gaat.',
    outside: 'Deze pagina is buiten Word geopend. Dit taakvenster werkt in Microsoft Word. Hier kan het geen document lezen of schrijven.',
    askTitle: 'Zo gebruikt u het',
    ask: [
      'Open uw raadsvoorstel in Word en kies op het tabblad Start de knop Annotatie (groep Raadsvoorstel).',
      'Staat de knop er niet? Vraag de functioneel beheerder van uw gemeente om de invoegtoepassing voor u beschikbaar te maken.',
    ],
    previewLead: 'Wilt u het eerst proberen zonder Word?',
    preview: 'Open het voorbeeld met een gesimuleerd document',
    developerTitle: 'Voor beheerders en ontwikkelaars: de invoegtoepassing zelf laden',
    webTitle: 'Word op het web:',
    web: [
      'Open een document in Word op het web.',
      'Kies Start › Invoegtoepassingen › Meer invoegtoepassingen › Mijn invoegtoepassingen › Mijn invoegtoepassing uploaden.',
      'Kies het bestand manifest.xml uit deze map en klik op Uploaden.',
    ],
    desktopTitle: 'Word voor Windows of Mac:',
    desktop: [
      'Windows: zet manifest.xml in een gedeelde netwerkmap, voeg die map toe als vertrouwde invoegtoepassingscatalogus (Bestand › Opties › Vertrouwenscentrum) en kies Invoegtoepassingen › Gedeelde map.',
      'Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Word/Data/Documents/wef en start Word opnieuw.',
    ],
    manifest: 'manifest.xml downloaden',
  },
  en: {
    title: 'Council proposal annotation',
    lead: 'This is the Council proposal annotation add-in. In Microsoft Word you use it to fill in the annotation of a council proposal and check it before the proposal goes to the council.',
    outside: 'This page was opened outside Word. This task pane runs inside Microsoft Word. Here it cannot read or write a document.',
    askTitle: 'How to use it',
    ask: [
      'Open your council proposal in Word and choose Annotation on the Home tab (group Council proposal).',
      'No such button? Ask your municipality’s functional administrator (functioneel beheerder) to make the add-in available to you.',
    ],
    previewLead: 'Want to try it without Word first?',
    preview: 'Open the preview with a simulated document',
    developerTitle: 'For administrators and developers: loading the add-in yourself',
    webTitle: 'Word on the web:',
    web: [
      'Open a document in Word on the web.',
      'Choose Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in.',
      'Pick manifest.xml from this folder and choose Upload.',
    ],
    desktopTitle: 'Word for Windows or Mac:',
    desktop: [
      'Windows: put manifest.xml in a shared network folder, add that folder as a trusted add-in catalog (File › Options › Trust Center) and choose Add-ins › Shared Folder.',
      'Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef and restart Word.',
    ],
    manifest: 'Download manifest.xml',
  },
} as const;

/**
 * What taskpane.html shows in a plain browser (no Office host, or office.js did not load). The
 * reader is most likely an ambtenaar who followed a link: what the add-in is, where it lives in
 * Word and who to ask (the functioneel beheerder). How to sideload it is for the people who
 * install it, behind a disclosure. Never a blank page.
 */
export function OutsideWord(props: { readonly language: Language }): ReactElement {
  const styles = useStyles();
  const text = TEXT[props.language];
  return (
    <FluentProvider theme={webLightTheme} lang={props.language}>
      <main className={styles.root}>
        <Text as="h1" size={600} weight="semibold">
          {text.title}
        </Text>
        <Text as="p" className={styles.paragraph}>
          {text.lead}
        </Text>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.outside}</MessageBarBody>
        </MessageBar>
        <Text as="h2" size={400} weight="semibold">
          {text.askTitle}
        </Text>
        <ul className={styles.list}>
          {text.ask.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <Text as="p" className={styles.paragraph}>
          {text.previewLead}{' '}
          <Link href="preview.html?demo=seed">{text.preview}</Link>
        </Text>
        <details className={styles.details}>
          <summary className={styles.summary}>{text.developerTitle}</summary>
          <div className={styles.detailsBody}>
            <Text as="h3" size={300} weight="semibold">
              {text.webTitle}
            </Text>
            <ol className={styles.list}>
              {text.web.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <Text as="h3" size={300} weight="semibold">
              {text.desktopTitle}
            </Text>
            <ul className={styles.list}>
              {text.desktop.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
            <Link href="manifest.xml" download>
              {text.manifest}
            </Link>
          </div>
        </details>
      </main>
    </FluentProvider>
  );
}
