import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState, type ReactElement } from 'react';
import type { FakeWord } from '../document/word/fake';

/**
 * The document held by the Word fake, rendered as a page. Always light, like Word's page in a
 * dark Office theme. Loaded after the pane (its own chunk): the pane's first field comes first.
 */
const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '21cm',
    margin: `${tokens.spacingVerticalL} auto`,
    padding: '1.5cm 1.8cm',
    // A phone-wide window has no room for Word's page margins: the text would get a third of it.
    '@media (max-width: 760px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`, margin: 0 },
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    fontFamily: 'Calibri, Carlito, "Segoe UI", sans-serif',
    fontSize: '11pt',
    lineHeight: 1.4,
    '& h1': { fontSize: '16pt', margin: '0 0 8pt' },
    '& h2': { fontSize: '13pt', margin: '10pt 0 4pt' },
    '& h3': { fontSize: '11pt', margin: '8pt 0 2pt' },
    '& p': { margin: '0 0 4pt' },
    // Tables keep to the page, as Word's fixed-width tables do: with automatic layout a cell holding
    // a tracked deletion plus its insertion (two e-mail addresses without a space) grew the
    // contact table past the page and under the pane. Fixed layout shares the width out in equal
    // percentages, and a long address breaks anywhere instead of pushing the column wider.
    '& table': { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%', maxWidth: '100%', margin: '4pt 0' },
    '& td': {
      border: `1px solid ${tokens.colorNeutralStroke1}`,
      verticalAlign: 'top',
      padding: '2pt 4pt',
      overflowWrap: 'anywhere',
    },
    // The first column holds short labels and names; the other two the e-mail addresses, which
    // at an equal third broke inside "zoetermeer.nl" on the untouched seed.
    '& td:first-child': { width: '28%' },
    // Content controls as Word draws them with BoundingBox appearance: a thin frame, and the
    // title on hover (the `title` attribute carries it).
    '& .cc': { outline: `1px dotted ${tokens.colorNeutralStroke1}`, outlineOffset: '1px', margin: '2px 0' },
    '& .cc:hover': { outline: `1px solid ${tokens.colorBrandStroke1}` },
    '& .cc-deleted': { opacity: 0.6 },
    '& .placeholder': { color: tokens.colorNeutralForeground3 },
    // Tracked changes as Word shows them in "All Markup": insertions underlined, deletions struck.
    '& ins': { color: tokens.colorPaletteBerryForeground1, textDecorationLine: 'underline' },
    '& del': { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  },
  status: { display: 'block', padding: `0 ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground2 },
});

export default function DocumentView(props: { readonly fake: FakeWord; readonly label: string; readonly trackingLabel: string }): ReactElement {
  const { fake, label, trackingLabel } = props;
  const styles = useStyles();
  const [html, setHtml] = useState(() => fake.renderHtml());
  const [tracking, setTracking] = useState(() => fake.snapshot().trackingMode !== 'Off');
  useEffect(
    () =>
      fake.subscribe(() => {
        setHtml(fake.renderHtml());
        setTracking(fake.snapshot().trackingMode !== 'Off');
      }),
    [fake],
  );
  return (
    <FluentProvider theme={webLightTheme}>
      {tracking ? (
        <Text size={200} className={styles.status}>
          {trackingLabel}
        </Text>
      ) : null}
      <section
        aria-label={label}
        className={styles.page}
        // The fake's renderer escapes every piece of document text (renderSnapshotHtml).
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </FluentProvider>
  );
}
