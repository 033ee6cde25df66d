import { Card, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ReviewOutcome } from '../../../document/port';
import { fieldByKey } from '../../../domain/fields';
import { t } from '../../i18n-review';
import { changeDateText } from './review-text';
import type { ReviewTabState } from './ReviewTab.types';
import { useReviewTabStyles } from './useReviewTabStyles.styles';

/**
 * "Changed outside the pane": the fields whose text differs from what the add-in last wrote
 * (the snapshot), typed in Word directly by the user or a co-author, with both texts.
 */
export function OutsideEdits(props: { readonly state: ReviewTabState; readonly review: ReviewOutcome }): ReactElement {
  const { state, review } = props;
  const { language } = state;
  const styles = useReviewTabStyles();
  const empty = (text: string) => (text === '' ? t(language, 'emptyValue') : text);
  const info = (text: string, intent: 'info' | 'success' = 'info') => (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
  if (!review.capabilities.snapshot) return info(t(language, 'outsideNotSupported'));
  const { snapshot } = review;
  if (snapshot === null) return info(t(language, 'outsideNoSnapshot'));
  const date = changeDateText(language, snapshot.written);
  if (review.editedOutsidePane.length === 0) return info(t(language, 'outsideNone', { date }), 'success');
  const current = new Map(review.fields.map((field) => [field.key, field.current]));
  return (
    <>
      <p className={styles.body}>{t(language, 'outsideIntro', { date })}</p>
      {review.editedOutsidePane.map((key) => {
        const label = fieldByKey(key).label[language];
        const headingId = `review-outside-${key.replace(/\./g, '-')}`;
        return (
          <Card key={key} size="small" appearance="outline" aria-labelledby={headingId}>
            <h4 id={headingId} className={styles.cardTitle}>
              <Link as="button" inline onClick={() => void state.selectField(key)} aria-label={t(language, 'selectField', { label })}>
                {label}
              </Link>
            </h4>
            <dl className={styles.compare}>
              <dt className={styles.compareLabel}>{t(language, 'outsideWritten')}</dt>
              <dd className={styles.compareValue}>{empty(snapshot.values[key] ?? '')}</dd>
              <dt className={styles.compareLabel}>{t(language, 'outsideNow')}</dt>
              <dd className={styles.compareValue}>{empty(current.get(key) ?? review.values[key] ?? '')}</dd>
            </dl>
          </Card>
        );
      })}
    </>
  );
}
