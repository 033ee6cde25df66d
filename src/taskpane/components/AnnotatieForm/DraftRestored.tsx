import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { fieldByKey, type FieldKey, type Language } from '../../../domain/fields';
import { t } from '../../i18n';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '../../later';

const useStyles = makeStyles({
  bar: { marginTop: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * A draft from an earlier session was put back over the document's text: which fields differ
 * from the document, each a link to the field, and a way to throw each (or all) away. Nothing is
 * discarded unless the user asks; a field drops out of the list once it is saved or discarded.
 */
export function DraftRestored(props: {
  readonly language: Language;
  readonly fields: readonly FieldKey[];
  readonly goToField: (field: FieldKey) => void;
  readonly discard: (fields: readonly FieldKey[]) => void;
}): ReactElement {
  const { language, fields, goToField, discard } = props;
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{t(language, 'draftRestoredTitle')}</MessageBarTitle>
        <div>{t(language, 'draftRestoredBody')}</div>
        <ul className={styles.list}>
          {fields.map((key) => {
            const label = fieldByKey(key).label[language];
            return (
              <li key={key} className={styles.item}>
                <Link as="button" inline onClick={() => goToField(key)}>
                  {label}
                </Link>
                <Button size="small" appearance="subtle" aria-label={t(language, 'discardFor', { label })} onClick={() => discard([key])}>
                  {t(language, 'discard')}
                </Button>
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
      {fields.length > 1 ? (
        <MessageBarActions>
          <Button onClick={() => discard(fields)}>{t(language, 'discardAll')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
