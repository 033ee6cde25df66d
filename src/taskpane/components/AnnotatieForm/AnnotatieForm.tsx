import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useEffect, useRef, useState, type ComponentProps, type ReactElement } from 'react';
import { SECTIONS, fieldByKey, type FieldDefinition } from '../../../domain/fields';
import { TITLE_FIELD, fieldsOfSection } from '../../form-state';
import { FOOTER_ATTRIBUTE, useFocusAfterInsert, useFocusNotObscured } from '../../focus';
import { countText, t } from '../../i18n';
import { useServices } from '../../services';
import { FieldControl } from '../FieldControl/FieldControl';
import { FindingsSummary } from '../FindingsSummary/FindingsSummary';
import { preloadCalendar } from '../PlanningDateInput/PlanningDateInput';
import { SectionPanel } from '../SectionPanel/SectionPanel';
import { panelId, tabId, type PaneTab } from '../PaneTabs/PaneTabs.types';
import type * as PaneTabsChunk from '../PaneTabs/PaneTabs';
import type { AnnotatieFormState } from './AnnotatieForm.types';
import { controlId, useAnnotatieForm } from './useAnnotatieForm';
import { useAnnotatieFormStyles } from './useAnnotatieFormStyles.styles';

const TITLE = fieldByKey(TITLE_FIELD);

// The tabs' chunk (the tab strip, the Controle tab's panel and their words) is fetched as soon
// as the pane starts (this module runs at start-up), in parallel with office.js and the first
// read, so it is there when the form is; it stays out of the initial JS (see PaneTabs). If it
// cannot be fetched (the add-in's server went away), the pane is just the form.
const tabsChunk = import(/* webpackChunkName: "pane-tabs" */ '../PaneTabs/PaneTabs').catch(() => ({
  default: (_props: ComponentProps<typeof PaneTabsChunk.default>): ReactElement => <></>,
  ReviewPanel: (_props: ComponentProps<typeof PaneTabsChunk.ReviewPanel>): ReactElement => <></>,
  preloadReview: () => undefined,
}));
const PaneTabs = lazy(() => tabsChunk);
const ReviewPanel = lazy(() => tabsChunk.then((chunk) => ({ default: chunk.ReviewPanel })));

/**
 * The task pane: reads the annotatie and shows it in two tabs, the form ("Invullen", in document
 * order, saving the changes) and the griffie's review ("Controle"). Both work on the one form
 * state of useAnnotatieForm, so the two never disagree about a value.
 */
export function AnnotatieForm(): ReactElement {
  const form = useAnnotatieForm();
  const styles = useAnnotatieFormStyles();
  const { language } = form;
  const [tab, setTab] = useState<PaneTab>('form');
  const ready = form.load.status === 'ready';
  // Focus wiring (see focus.ts): focused controls stay clear of the save bar; after an insert
  // focus goes to the first field.
  const main = useRef<HTMLElement>(null);
  useFocusNotObscured(main);
  useFocusAfterInsert(form.load.status, controlId(TITLE_FIELD));

  useEffect(() => {
    // Fetch the calendar and review chunks once the form is up, so the first click does not wait.
    if (!ready) return;
    const calendar = setTimeout(preloadCalendar, 1500);
    const review = setTimeout(() => void tabsChunk.then((chunk) => chunk.preloadReview()), 2500);
    return () => {
      clearTimeout(calendar);
      clearTimeout(review);
    };
  }, [ready]);

  const shown: PaneTab = ready ? tab : 'form';
  return (
    <main ref={main} className={styles.root} lang={language}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t(language, 'appTitle')}</h1>
        {ready ? (
          <Suspense fallback={<div className={styles.tabsPlaceholder} />}>
            <PaneTabs language={language} selected={shown} onSelect={setTab} className={styles.tabs} />
          </Suspense>
        ) : null}
      </header>
      {shown === 'form' ? (
        <div className={styles.panel} {...(ready ? { role: 'tabpanel', id: panelId('form'), 'aria-labelledby': tabId('form') } : {})}>
          {ready ? (
            <div className={styles.summary}>
              <FindingsSummary language={language} findings={form.findings} counts={form.counts} goToField={form.goToField} />
            </div>
          ) : null}
          <Body form={form} />
        </div>
      ) : (
        <Suspense fallback={null}>
          <ReviewPanel form={form} className={styles.panel} />
        </Suspense>
      )}
    </main>
  );
}

function Body({ form }: { readonly form: AnnotatieFormState }): ReactElement {
  const styles = useAnnotatieFormStyles();
  const { options } = useServices();
  const { language, load } = form;
  const fieldControl = (field: FieldDefinition): ReactElement => (
    <FieldControl
      key={field.key}
      field={field}
      value={form.values[field.key] ?? ''}
      findings={form.findingsFor(field.key)}
      language={language}
      options={field.choices ? options[field.choices] : []}
      onChange={form.onChange}
      onFocus={form.onFocus}
      onBlur={form.onBlur}
    />
  );

  switch (load.status) {
    case 'loading':
      return (
        <div className={styles.centered}>
          <Spinner size="small" label={t(language, 'loading')} />
        </div>
      );
    case 'failed':
      return (
        <div className={styles.centered}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t(language, 'readFailed')}</MessageBarTitle>
              {load.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void form.reload()}>{t(language, 'tryAgain')}</Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      );
    case 'absent':
    case 'inserting':
      return (
        <div className={styles.centered}>
          <h2 className={styles.subtitle}>{t(language, 'noAnnotatieTitle')}</h2>
          <p className={styles.body}>{t(language, 'noAnnotatieBody')}</p>
          <Button
            appearance="primary"
            // Not `disabled`: a disabled button drops keyboard focus to <body>.
            disabledFocusable={load.status === 'inserting'}
            onClick={() => void form.insertAnnotatie()}
          >
            {load.status === 'inserting' ? t(language, 'inserting') : t(language, 'insert')}
          </Button>
        </div>
      );
    case 'ready':
      return (
        <>
          {/* The title of the annotatie, above its sections (see TITLE_FIELD). */}
          <div className={styles.titleField}>{fieldControl(TITLE)}</div>
          <Accordion
            className={styles.sections}
            multiple
            collapsible
            openItems={[...form.openSections]}
            onToggle={form.onToggleSection}
          >
            {SECTIONS.map((section) => {
              const problems = form.sectionProblems[section.id];
              return (
                <AccordionItem key={section.id} value={section.id}>
                  <AccordionHeader as="h2" expandIconPosition="end">
                    <span className={styles.sectionTitle}>
                      {section.title[language]}
                      {problems > 0 ? (
                        <>
                          <span className={styles.count} aria-hidden>
                            {problems}
                          </span>
                          <span className={styles.visuallyHidden}>
                            ({countText(language, 'problemsOne', 'problemsMany', problems)})
                          </span>
                        </>
                      ) : null}
                    </span>
                  </AccordionHeader>
                  <SectionPanel className={styles.sectionPanel}>
                    {fieldsOfSection(section.id).map(fieldControl)}
                  </SectionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
          <SaveFooter form={form} />
        </>
      );
  }
}

function SaveFooter({ form }: { readonly form: AnnotatieFormState }): ReactElement {
  const styles = useAnnotatieFormStyles();
  const { language, save } = form;
  const saveButton = useRef<HTMLButtonElement>(null);
  // The message's own button goes away when the save starts: keep focus in the bar.
  const focusSave = () => saveButton.current?.focus();
  return (
    <footer className={styles.footer} {...{ [FOOTER_ATTRIBUTE]: '' }}>
      {save.status === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(language, 'saveFailedTitle')}</MessageBarTitle>
            {t(language, 'saveFailedBody', {
              fields: save.notWritten.map((key) => fieldByKey(key).label[language]).join(', '),
            })}{' '}
            {save.message}
          </MessageBarBody>
          <MessageBarActions>
            {save.canRepair ? (
              <Button onClick={() => {
                focusSave();
                void form.repairAndSave();
              }}>{t(language, 'repair')}</Button>
            ) : (
              <Button onClick={() => {
                focusSave();
                void form.saveToDocument();
              }}>{t(language, 'tryAgain')}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {save.status === 'saved' ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {save.count === 1 ? t(language, 'savedOne') : t(language, 'savedMany', { count: save.count })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {save.status === 'nothing' ? (
        <MessageBar intent="info">
          <MessageBarBody>{t(language, 'nothingToSave')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.footerRow}>
        <Button
          ref={saveButton}
          appearance="primary"
          icon={save.status === 'saving' ? <Spinner size="tiny" /> : <SaveRegular />}
          // Not `disabled`: the button disabling itself dropped keyboard focus to <body>.
          disabledFocusable={save.status === 'saving'}
          onClick={() => void form.saveToDocument()}
        >
          {save.status === 'saving' ? t(language, 'saving') : t(language, 'save')}
        </Button>
        {form.changedCount > 0 ? (
          <span className={styles.caption}>{t(language, 'unsavedChanges', { count: form.changedCount })}</span>
        ) : null}
      </div>
    </footer>
  );
}
