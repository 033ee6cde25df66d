import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement } from 'react';
import type { Language } from '../../../domain/fields';
import type { SaveStatus } from '../../form-state';
import { countText, t } from '../../i18n';

/** How long the confirmation stays: long enough to read, then it makes room (issue 11). */
export const SAVE_STATUS_MS = 6000;

const useStyles = makeStyles({
  // Always in the page and never display:none, empty when there is nothing to say: a live region
  // that exists before its text arrives is announced reliably (one that appears with it often is not).
  status: {
    ...typographyStyles.body1,
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
  },
  // Visible at once, then fading out over the last second before it is removed.
  fading: {
    animationName: { '0%': { opacity: 1 }, '83%': { opacity: 1 }, '100%': { opacity: 0 } },
    animationDuration: `${SAVE_STATUS_MS}ms`,
    animationTimingFunction: 'linear',
    animationFillMode: 'forwards',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
  icon: { flexShrink: 0, fontSize: '20px' },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/**
 * What the last save did, as a transient status (role=status, polite): "3 velden opgeslagen in
 * het document.", or, when errors remain, "15 velden opgeslagen; 2 fouten nog op te lossen." It
 * fades after a few seconds: the summary at the top keeps saying what is still wrong.
 */
export function SaveStatusLine(props: {
  readonly language: Language;
  readonly save: SaveStatus;
  /** Errors the pane shows now (after a save: all of them). */
  readonly errors: number;
}): ReactElement {
  const { language, save, errors } = props;
  const styles = useStyles();
  const [shown, setShown] = useState<SaveStatus | null>(null);
  useEffect(() => {
    if (save.status !== 'saved' && save.status !== 'nothing') {
      setShown(null);
      return undefined;
    }
    setShown(save);
    const timer = setTimeout(() => setShown(null), SAVE_STATUS_MS);
    return () => clearTimeout(timer);
  }, [save]);

  let content: ReactElement | null = null;
  if (shown?.status === 'saved' && errors > 0) {
    const saved = countText(language, 'savedShortOne', 'savedShortMany', shown.count);
    const left = countText(language, 'errorsLeftOne', 'errorsLeftMany', errors);
    content = (
      <>
        <WarningRegular className={mergeClasses(styles.icon, styles.warning)} aria-hidden />
        <span>{`${saved}; ${left}.`}</span>
      </>
    );
  } else if (shown?.status === 'saved') {
    content = (
      <>
        <CheckmarkCircleRegular className={mergeClasses(styles.icon, styles.success)} aria-hidden />
        <span>{shown.count === 1 ? t(language, 'savedOne') : t(language, 'savedMany', { count: shown.count })}</span>
      </>
    );
  } else if (shown?.status === 'nothing') {
    content = (
      <>
        <InfoRegular className={mergeClasses(styles.icon, styles.info)} aria-hidden />
        <span>{t(language, 'nothingToSave')}</span>
      </>
    );
  }
  return (
    <div role="status" aria-live="polite" className={content === null ? styles.status : `${styles.status} ${styles.fading}`}>
      {content}
    </div>
  );
}
