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
});

const TEXT = {
  nl: {
    title: 'Annotatie raadsvoorstel',
    lead: 'Dit taakvenster werkt in Microsoft Word. Hier, buiten Word, kan het geen document lezen of schrijven.',
    webTitle: 'Zo laadt u de invoegtoepassing in Word op het web:',
    web: [
      'Open een document in Word op het web.',
      'Kies Start › Invoegtoepassingen › Meer invoegtoepassingen › Mijn invoegtoepassingen › Mijn invoegtoepassing uploaden.',
      'Kies het bestand manifest.xml uit deze map en klik op Uploaden.',
    ],
    desktopTitle: 'In Word voor Windows of Mac:',
    desktop: [
      'Windows: zet manifest.xml in een gedeelde netwerkmap, voeg die map toe als vertrouwde invoegtoepassingscatalogus (Bestand › Opties › Vertrouwenscentrum) en kies Invoegtoepassingen › Gedeelde map.',
      'Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Word/Data/Documents/wef en start Word opnieuw.',
    ],
    previewLead: 'Wilt u het eerst proberen zonder Word?',
    preview: 'Open het voorbeeld met een gesimuleerd document',
    manifest: 'manifest.xml downloaden',
  },
  en: {
    title: 'Council proposal annotation',
    lead: 'This task pane runs inside Microsoft Word. Here, outside Word, it cannot read or write a document.',
    webTitle: 'To load the add-in in Word on the web:',
    web: [
      'Open a document in Word on the web.',
      'Choose Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in.',
      'Pick manifest.xml from this folder and choose Upload.',
    ],
    desktopTitle: 'In Word for Windows or Mac:',
    desktop: [
      'Windows: put manifest.xml in a shared network folder, add that folder as a trusted add-in catalog (File › Options › Trust Center) and choose Add-ins › Shared Folder.',
      'Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef and restart Word.',
    ],
    previewLead: 'Want to try it without Word first?',
    preview: 'Open the preview with a simulated document',
    manifest: 'Download manifest.xml',
  },
} as const;

/**
 * What taskpane.html shows in a plain browser (no Office host, or office.js did not load): what
 * this is, how to sideload it, and the preview. Never a blank page.
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
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.lead}</MessageBarBody>
        </MessageBar>
        <Text as="h2" size={400} weight="semibold">
          {text.webTitle}
        </Text>
        <ol className={styles.list}>
          {text.web.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <Text as="h2" size={400} weight="semibold">
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
        <Text>
          {text.previewLead}{' '}
          <Link href="preview.html?demo=seed">{text.preview}</Link>
        </Text>
      </main>
    </FluentProvider>
  );
}
