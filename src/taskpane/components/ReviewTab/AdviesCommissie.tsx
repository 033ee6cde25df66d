import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { fieldByKey } from '../../../domain/fields';
import { t } from '../../i18n-review';
import { useServices } from '../../services';
import type { FieldWriteResult } from '../AnnotatieForm/AnnotatieForm.types';
import { FieldControl } from '../FieldControl/FieldControl';
import type { ReviewTabProps, ReviewTabState } from './ReviewTab.types';
import { useReviewTabStyles } from './useReviewTabStyles.styles';

const FIELD = fieldByKey('adviesCommissie');

/**
 * The griffie's own field, edited here with the same open-choice control as in the form and on
 * the same form state (what is typed here shows in Invullen and back). Saving writes this one
 * field, in one round trip, and leaves any other unsaved edit in the form alone.
 */
export function AdviesCommissie(props: ReviewTabProps & { readonly state: ReviewTabState }): ReactElement {
  const { form, state } = props;
  const { language } = form;
  const { options } = useServices();
  const styles = useReviewTabStyles();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<FieldWriteResult | null>(null);
  const value = form.values.adviesCommissie ?? '';

  const save = async () => {
    setSaving(true);
    setResult(null);
    const outcome = await form.writeFields({ adviesCommissie: value });
    setSaving(false);
    setResult(outcome);
    // The document changed (with track changes on, a change of ours is added): review again.
    if (outcome.status !== 'nothing') await state.afterWrite();
  };

  return (
    <>
      <p className={styles.caption}>{t(language, 'adviesIntro')}</p>
      <FieldControl
        field={FIELD}
        value={value}
        findings={form.findingsFor(FIELD.key)}
        language={language}
        options={FIELD.choices ? options[FIELD.choices] : []}
        onChange={(field, next) => {
          setResult(null);
          form.onChange(field, next);
        }}
        onFocus={form.onFocus}
        onBlur={form.onBlur}
      />
      <div className={styles.actions}>
        <Button appearance="primary" icon={saving ? <Spinner size="tiny" /> : <SaveRegular />} disabledFocusable={saving || state.busy !== null} onClick={() => void save()}>
          {saving ? t(language, 'saving') : t(language, 'adviesSave')}
        </Button>
      </div>
      {result?.status === 'saved' ? (
        <MessageBar intent="success">
          <MessageBarBody>{t(language, 'adviesSaved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.status === 'nothing' ? (
        <MessageBar intent="info">
          <MessageBarBody>{t(language, 'adviesNothing')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t(language, 'adviesFailed')} {result.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
