import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

// Plain elements with Fluent's type ramp instead of <Text> and <CounterBadge>: the same look,
// and two components fewer in the pane's initial JS (measured with the UI bench).

export const useAnnotatieFormStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  // Fluent's tabs have their own inner padding: lined up with the title, the text starts flush.
  tabs: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalMNudge})` },
  // While the tab strip's chunk arrives (rarely seen: it is fetched at start-up), its height.
  tabsPlaceholder: { height: '44px' },
  // A tab's content: grows so the form's save footer stays at the bottom of a short pane.
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
  summary: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  // While the summary's chunk arrives (later.ts): a one-line MessageBar's height.
  summaryPlaceholder: { minHeight: '36px' },
  subtitle: { margin: 0, ...typographyStyles.subtitle2 },
  body: { margin: 0, ...typographyStyles.body1 },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  // The problem count in a section header, drawn like Fluent's small danger CounterBadge.
  count: {
    ...typographyStyles.caption2Strong,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '16px',
    height: '16px',
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  // Lined up with the heading and the summary, not indented like a section's fields: it is the title.
  titleField: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
  sections: { flexGrow: 1, padding: `0 ${tokens.spacingHorizontalXS}` },
  // A section header reads as a heading, not as one more field label: larger and bolder than the
  // labels (body1), with a rule above it that separates the sections.
  sectionHeader: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  sectionTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, ...typographyStyles.subtitle2 },
  sectionPanel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL}`,
  },
  // The save button stays in reach while the user scrolls the long form (pane heights are small).
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // While the footer's chunk arrives: the height of its button row (a medium Button).
  footerPlaceholder: { height: '32px' },
  footerRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  centered: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
