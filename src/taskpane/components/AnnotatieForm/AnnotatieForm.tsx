import { Button, Spinner } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import {
  Suspense,
  lazy,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import { SECTIONS, fieldByKey, type FieldDefinition } from '../../../domain/fields';
import { TITLE_FIELD, fieldsOfSection } from '../../form-state';
import { FOOTER_ATTRIBUTE, useFocusAfterInsert, useFocusNotObscured } from '../../focus';
import { countText, t } from '../../i18n';
import { DraftRestored } from './DraftRestored';
import { SaveStatusLine } from './SaveStatusLine';
import { awaitsValidation } from '../../pane-services';
import { useServices } from '../../services';
import { CalendarNotice } from '../CalendarNotice/CalendarNotice';
import { FieldControl } from '../FieldControl/FieldControl';
import { preloadCalendar } from '../PlanningDateInput/PlanningDateInput';
// What the first field does not wait for (later.ts): placeholders hold their place meanwhile.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  FindingsSummary,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  SectionPanel,
  WhenLoaded,
} from '../../later';
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
// Converting an old annotatie (issue 12) needs the recogniser: its own chunk, fetched only when a
// document has no annotatie.
const LegacyConversion = lazy(() => import(/* webpackChunkName: "legacy-conversion" */ '../LegacyConversion/LegacyConversion'));
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
  // Ctrl+Enter (Cmd+Enter on a Mac) saves from anywhere in the form, as in a mail client; not
  // before the validation core is there (pane-services.ts), since saving writes house style.
  const pendingValidation = awaitsValidation(useServices());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!ready || pendingValidation || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (form.save.status !== 'saving') void form.saveToDocument();
  };
  return (
    <main ref={main} className={styles.root} lang={language}>
      <header className={styles.header}>
        {/* Office's pane title shows the add-in's name already: the heading is for screen readers. */}
        <h1 className={styles.visuallyHidden}>{t(language, 'appTitle')}</h1>
        {ready ? (
          <Suspense fallback={<div className={styles.tabsPlaceholder} />}>
            <PaneTabs language={language} selected={shown} onSelect={setTab} className={styles.tabs} />
          </Suspense>
        ) : null}
      </header>
      {shown === 'form' ? (
        <div
          className={styles.panel}
          onKeyDown={onKeyDown}
          {...(ready ? { role: 'tabpanel', id: panelId('form'), 'aria-labelledby': tabId('form') } : {})}
        >
          {ready ? (
            <div className={styles.summary}>
              <Suspense fallback={<div className={styles.summaryPlaceholder} />}>
                <FindingsSummary
                  language={language}
                  findings={form.visibleFindings}
                  counts={form.counts}
                  pending={form.pendingFields.length}
                  goToField={form.goToField}
                />
                {form.restoredFields.length > 0 ? (
                  <DraftRestored language={language} fields={form.restoredFields} goToField={form.goToField} discard={form.discard} />
                ) : null}
                <CalendarNotice calendar={form.calendar} language={language} />
              </Suspense>
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
          <Suspense fallback={<p role="alert">{load.message}</p>}>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(language, 'readFailed')}</MessageBarTitle>
                {load.message}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void form.reload()}>{t(language, 'tryAgain')}</Button>
              </MessageBarActions>
            </MessageBar>
          </Suspense>
        </div>
      );
    case 'absent':
    case 'inserting': {
      const absent = (
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
      return (
        <Suspense fallback={absent}>
          <LegacyConversion language={language} onDone={() => void form.reload()}>
            {absent}
          </LegacyConversion>
        </Suspense>
      );
    }
    case 'ready':
      return (
        <>
          {/* The title of the annotatie, above its sections (see TITLE_FIELD). */}
          <div className={styles.titleField}>{fieldControl(TITLE)}</div>
          <Suspense fallback={<div className={styles.sections} />}>
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
                    <AccordionHeader as="h2" expandIconPosition="end" className={styles.sectionHeader}>
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
          </Suspense>
          {/* The save button arrives with the validation core: saving puts values in house style. */}
          <Suspense fallback={<SaveFooterPlaceholder />}>
            <WhenLoaded>
              <SaveFooter form={form} />
            </WhenLoaded>
          </Suspense>
        </>
      );
  }
}

/** The footer's size while its chunk arrives (one button row), so the form does not move. */
function SaveFooterPlaceholder(): ReactElement {
  const styles = useAnnotatieFormStyles();
  return (
    <footer className={styles.footer}>
      <div className={styles.footerPlaceholder} />
    </footer>
  );
}

/** Ctrl+Enter, or Cmd+Enter on a Mac: as the user's keyboard says it, and as aria-keyshortcuts wants it. */
function shortcut(): { readonly shown: string; readonly aria: string } {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  return mac ? { shown: '⌘+Enter', aria: 'Meta+Enter' } : { shown: 'Ctrl+Enter', aria: 'Control+Enter' };
}

function SaveFooter({ form }: { readonly form: AnnotatieFormState }): ReactElement {
  const styles = useAnnotatieFormStyles();
  const { language, save } = form;
  const keys = shortcut();
  const saveButton = useRef<HTMLButtonElement>(null);
  // The message's own button goes away when the save starts: keep focus in the bar.
  const focusSave = () => saveButton.current?.focus();
  return (
    <footer className={styles.footer} {...{ [FOOTER_ATTRIBUTE]: '' }}>
      {save.status === 'failed' ? (
        // One short bar: which fields (once), what happened, and one action. Without a repair to
        // offer, the action is the save button right below it: no second button doing the same.
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(language, 'saveFailedNamed', {
                fields: save.notWritten.map((key) => fieldByKey(key).label[language]).join(', '),
              })}
            </MessageBarTitle>{' '}
            {save.reason} {save.canRepair ? t(language, 'inputKept') : t(language, 'retryWithSave')}
          </MessageBarBody>
          {save.canRepair ? (
            <MessageBarActions>
              <Button
                onClick={() => {
                  focusSave();
                  void form.repairAndSave();
                }}
              >{t(language, 'repair')}</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      <SaveStatusLine language={language} save={save} errors={form.counts.errors} />
      <div className={styles.footerRow}>
        <Button
          ref={saveButton}
          appearance="primary"
          icon={save.status === 'saving' ? <Spinner size="tiny" /> : <SaveRegular />}
          // Not `disabled`: the button disabling itself dropped keyboard focus to <body>.
          disabledFocusable={save.status === 'saving'}
          title={t(language, 'saveShortcut', { keys: keys.shown })}
          aria-keyshortcuts={keys.aria}
          onClick={() => void form.saveToDocument()}
        >
          {save.status === 'saving' ? t(language, 'saving') : t(language, 'save')}
        </Button>
        {form.changedCount > 0 ? (
          <span className={styles.caption}>{t(language, 'unsavedChanges', { count: form.changedCount })}</span>
        ) : null}
        <span className={styles.caption}>{t(language, 'shortcutHint', { keys: keys.shown })}</span>
      </div>
    </footer>
  );
}
