import { makeStyles, tokens } from '@fluentui/react-components';

export const useFieldControlStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Multi-line text grows with its content up to a point; the user can drag it taller.
  textarea: { minHeight: '96px' },
  fix: { alignSelf: 'flex-start' },
});
