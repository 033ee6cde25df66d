import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { messageFor } from '../../../document/port';
import { changedFields } from '../../../domain/document-values';
import type { LegacyTextSpan } from '../../../document/port';
import { FIELDS, SECTIONS, type AnnotatieValues, type FieldKey, type Language } from '../../../domain/fields';
import type { Recognition } from '../../../domain/legacy';
import { t } from '../../i18n';
import { useServices } from '../../services';
import { doubtfulFields, recogniseParagraphs } from './legacy-recognition';

export interface LegacyConversionProps {
  readonly language: Language;
  /** The conversion is over (annotatie inserted, old text removed or kept): the pane reads the document again. */
  readonly onDone: () => void;
  /** The pane's own "no annotatie" view, shown below the offer and whenever there is nothing to convert. */
  readonly children?: ReactNode;
}

/**
 * Where the conversion is. Every step keeps what the user typed (`values`), so a failure never
 * loses a correction: the user can try again from the same values.
 */
type Step =
  | { readonly kind: 'reading' }
  | { readonly kind: 'none' }
  | { readonly kind: 'readFailed'; readonly message: string }
  | { readonly kind: 'offer' }
  | { readonly kind: 'review'; readonly inserting: boolean; readonly error: string | null }
  | { readonly kind: 'inserted'; readonly removing: boolean; readonly error: string | null }
  | { readonly kind: 'finished'; readonly outcome: 'removed' | 'removedTracked' | 'changed'; readonly count: number };

interface Found {
  readonly recognition: Recognition;
  readonly span: LegacyTextSpan;
  readonly tracking: boolean | null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  subtitle: { margin: 0, ...typographyStyles.subtitle2 },
  sectionTitle: { margin: `${tokens.spacingVerticalS} 0 0`, ...typographyStyles.body1Strong },
  body: { margin: 0, ...typographyStyles.body1 },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  unrecognised: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});

/** The id of a field's input in the review, for tests and for the first doubtful field's focus. */
export function legacyControlId(key: FieldKey): string {
  return `legacy-${key.replace(/\./g, '-')}`;
}

function shortened(text: string): string {
  const clean = text.trim();
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/**
 * "Omzetten naar gestructureerde annotatie" (issue 12): shown where the document has no annotatie.
 * It reads the body's text (one round trip), and when the recogniser finds an annotatie there it
 * offers to convert it: the recognised values in a form, low-confidence ones marked, to correct;
 * the first confirmation inserts the structured annotatie at the top; the old text is removed
 * only on a second, explicit confirmation, and only if it is still exactly as read.
 */
export default function LegacyConversion({ language, onDone, children }: LegacyConversionProps): ReactElement | null {
  const { document, profile, drafts } = useServices();
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [found, setFound] = useState<Found | null>(null);
  const [values, setValues] = useState<AnnotatieValues>({});
  const heading = useRef<HTMLHeadingElement>(null);

  const readText = useCallback(async () => {
    setStep({ kind: 'reading' });
    const result = await document.readLegacyText();
    if (!result.ok) {
      setStep({ kind: 'readFailed', message: messageFor(result.failure, language) });
      return;
    }
    const recognition = result.annotatiePresent || result.span === null ? null : recogniseParagraphs(result.paragraphs, profile);
    if (recognition === null || result.span === null) {
      setStep({ kind: 'none' });
      return;
    }
    setFound({ recognition, span: result.span, tracking: result.trackingChanges });
    // Corrections made before the pane was closed come back (they are kept as the document's draft).
    setValues({ ...recognition.values, ...(drafts.load() ?? {}) });
    setStep({ kind: 'offer' });
  }, [document, drafts, language, profile]);

  useEffect(() => {
    void readText();
  }, [readText]);

  // Each step's heading takes the focus, so a screen reader hears where the conversion is.
  useEffect(() => {
    if (step.kind === 'review' || step.kind === 'inserted' || step.kind === 'finished') heading.current?.focus();
  }, [step.kind]);

  // What the user corrected is kept as a draft while they review, so closing the pane loses nothing.
  useEffect(() => {
    if (!found || step.kind !== 'review') return;
    const corrected = changedFields(found.recognition.values, values);
    if (corrected.length > 0) drafts.save(Object.fromEntries(corrected.map((key) => [key, values[key] ?? ''])));
  }, [drafts, found, step.kind, values]);

  const doubtful = useMemo(() => (found ? doubtfulFields(found.recognition) : new Set<FieldKey>()), [found]);

  const insert = useCallback(async () => {
    setStep({ kind: 'review', inserting: true, error: null });
    // At the start: the old annotatie is usually the document's beginning, and the new one goes
    // before it, so the old text stays where it was until it is removed.
    const result = await document.insertTemplate(values, 'start');
    if (!result.ok) {
      setStep({ kind: 'review', inserting: false, error: messageFor(result.failure, language) });
      return;
    }
    // The corrections are in the document now.
    drafts.clear();
    setStep({ kind: 'inserted', removing: false, error: null });
  }, [document, drafts, language, values]);

  const remove = useCallback(async () => {
    if (!found) return;
    setStep({ kind: 'inserted', removing: true, error: null });
    const result = await document.removeLegacyText(found.span);
    if (!result.ok) {
      setStep({ kind: 'inserted', removing: false, error: messageFor(result.failure, language) });
      return;
    }
    const outcome = result.status === 'changed' ? 'changed' : result.tracked ? 'removedTracked' : 'removed';
    setStep({ kind: 'finished', outcome, count: result.removed });
  }, [document, found, language]);

  switch (step.kind) {
    case 'reading':
    case 'none':
      return <>{children}</>;
    case 'readFailed':
      return (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t(language, 'legacyReadFailed')} {step.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void readText()}>{t(language, 'tryAgain')}</Button>
            </MessageBarActions>
          </MessageBar>
          {children}
        </>
      );
    case 'offer':
      return (
        <>
          <section className={styles.root} aria-labelledby="legacy-found-title">
            <h2 id="legacy-found-title" className={styles.subtitle}>
              {t(language, 'legacyFoundTitle')}
            </h2>
            <p className={styles.body}>{t(language, 'legacyFoundBody', { count: Object.keys(found?.recognition.values ?? {}).length })}</p>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => setStep({ kind: 'review', inserting: false, error: null })}>
                {t(language, 'legacyConvert')}
              </Button>
            </div>
          </section>
          {children}
        </>
      );
    case 'review':
      return (
        <section className={styles.root} aria-labelledby="legacy-review-title">
          <h2 id="legacy-review-title" ref={heading} tabIndex={-1} className={styles.subtitle}>
            {t(language, 'legacyReviewTitle')}
          </h2>
          <p className={styles.body}>{t(language, 'legacyReviewBody', { count: doubtful.size })}</p>
          <div className={styles.fields}>
            {SECTIONS.map((section) => (
              <div key={section.id} role="group" aria-labelledby={`legacy-section-${section.id}`} className={styles.fields}>
                <h3 id={`legacy-section-${section.id}`} className={styles.sectionTitle}>
                  {section.title[language]}
                </h3>
                {FIELDS.filter((field) => field.section === section.id).map((field) => {
                  const value = values[field.key] ?? '';
                  const onChange = (next: string): void => setValues((current) => ({ ...current, [field.key]: next }));
                  const multiline = field.kind === 'richText' || field.kind === 'names';
                  return (
                    <Field
                      key={field.key}
                      label={field.label[language]}
                      {...(doubtful.has(field.key) ? { validationState: 'warning' as const, validationMessage: t(language, 'legacyLowConfidence') } : {})}
                    >
                      {multiline ? (
                        <Textarea id={legacyControlId(field.key)} resize="vertical" rows={field.kind === 'names' ? 2 : 4} value={value} onChange={(_event, data) => onChange(data.value)} />
                      ) : (
                        <Input id={legacyControlId(field.key)} value={value} onChange={(_event, data) => onChange(data.value)} />
                      )}
                    </Field>
                  );
                })}
              </div>
            ))}
          </div>
          {found && found.recognition.unrecognised.length > 0 ? (
            <div>
              <h3 className={styles.sectionTitle}>{t(language, 'legacyUnrecognisedTitle', { count: found.recognition.unrecognised.length })}</h3>
              <p className={styles.body}>{t(language, 'legacyUnrecognisedBody')}</p>
              <ul className={styles.unrecognised}>
                {found.recognition.unrecognised.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {step.error !== null ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(language, 'legacyInsertFailed')}</MessageBarTitle>
                {step.error}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={step.inserting} icon={step.inserting ? <Spinner size="tiny" /> : undefined} onClick={() => void insert()}>
              {step.inserting ? t(language, 'legacyInserting') : t(language, 'legacyInsert')}
            </Button>
            <Button disabled={step.inserting} onClick={() => setStep({ kind: 'offer' })}>
              {t(language, 'legacyCancel')}
            </Button>
          </div>
        </section>
      );
    case 'inserted': {
      const texts = found?.span.texts ?? [];
      return (
        <section className={styles.root} aria-labelledby="legacy-inserted-title">
          <h2 id="legacy-inserted-title" ref={heading} tabIndex={-1} className={styles.subtitle}>
            {t(language, 'legacyInsertedTitle')}
          </h2>
          <p className={styles.body}>
            {t(language, 'legacyRemoveBody', { count: texts.length, first: shortened(texts[0] ?? ''), last: shortened(texts[texts.length - 1] ?? '') })}
          </p>
          {found?.tracking !== null && found?.tracking !== undefined ? (
            <p className={styles.body}>{t(language, found.tracking ? 'legacyRemoveTracked' : 'legacyRemoveUntracked')}</p>
          ) : null}
          {step.error !== null ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(language, 'legacyRemoveFailed')}</MessageBarTitle>
                {step.error}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={step.removing} icon={step.removing ? <Spinner size="tiny" /> : undefined} onClick={() => void remove()}>
              {step.removing ? t(language, 'legacyRemoving') : t(language, 'legacyRemove')}
            </Button>
            <Button disabled={step.removing} onClick={onDone}>
              {t(language, 'legacyKeep')}
            </Button>
          </div>
        </section>
      );
    }
    case 'finished':
      return (
        <section className={styles.root} aria-labelledby="legacy-finished-title">
          <h2 id="legacy-finished-title" ref={heading} tabIndex={-1} className={styles.subtitle}>
            {t(language, 'legacyInsertedTitle')}
          </h2>
          <MessageBar intent={step.outcome === 'changed' ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              {step.outcome === 'changed'
                ? t(language, 'legacyChanged')
                : t(language, step.outcome === 'removedTracked' ? 'legacyRemovedTracked' : 'legacyRemoved', { count: step.count })}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={onDone}>
              {t(language, 'legacyToForm')}
            </Button>
          </div>
        </section>
      );
  }
}
