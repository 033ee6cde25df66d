import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

// The tab is read in a 320–350 px task pane: everything stacks, rows wrap, long text breaks.
export const useReviewTabStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalXXL },
  status: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  statusText: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, flexGrow: 1, minWidth: 0 },
  intro: { margin: `0 ${tokens.spacingHorizontalM}` },
  sections: { padding: `0 ${tokens.spacingHorizontalXS}` },
  sectionTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalL}`,
    minWidth: 0,
  },
  subheading: { margin: `${tokens.spacingVerticalXS} 0 0`, ...typographyStyles.body1Strong },
  cardTitle: { margin: 0, ...typographyStyles.body1Strong, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  body: { margin: 0, ...typographyStyles.body1 },
  caption: { margin: 0, ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  itemLine: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // Tracked text as Word marks it: insertions underlined, deletions struck through.
  inserted: { color: tokens.colorPaletteBerryForeground1, textDecorationLine: 'underline', overflowWrap: 'anywhere' },
  deleted: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through', overflowWrap: 'anywhere' },
  quoted: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  author: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
  // Label above value: side by side, a 320 px pane leaves the value a sliver.
  compare: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  // A dt/dd pair wrapped for React's keys (HTML allows div groups in dl).
  compareRow: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  compareLabel: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  compareValue: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  lockNote: { margin: 0, ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  copyBox: { width: '100%' },
  centered: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
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
