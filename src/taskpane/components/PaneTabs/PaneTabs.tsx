import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, type ReactElement } from 'react';
import type { Language } from '../../../domain/fields';
import { t } from '../../i18n-review';
import type { AnnotatieFormState } from '../AnnotatieForm/AnnotatieForm.types';
import { PANE_TABS, panelId, tabId, type PaneTab } from './PaneTabs.types';

/**
 * Everything the tabs add to the form, in one chunk that AnnotatieForm fetches at start-up, in
 * parallel with office.js and the first read (so it is there when the form is), and not in the
 * pane's initial JS, which must not grow (TabList alone measured +5.3 KB gzip): the tab strip,
 * the Controle tab's panel (whose content is a lazy chunk of its own), and their words.
 */

const LABEL = { form: 'tabForm', review: 'tabReview' } as const;

const useStyles = makeStyles({
  centered: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', padding: tokens.spacingHorizontalL },
});

/**
 * Fluent's TabList: arrow keys move between the tabs, Enter or Space opens one. Not selected on
 * focus (WAI-ARIA APG "manual activation"), because opening the Controle tab reads the whole
 * review from Word; arrowing past it should not.
 */
export default function PaneTabs(props: {
  readonly language: Language;
  readonly selected: PaneTab;
  readonly onSelect: (tab: PaneTab) => void;
  readonly className?: string;
}): ReactElement {
  const { language, selected, onSelect, className } = props;
  return (
    <TabList
      className={className}
      selectedValue={selected}
      onTabSelect={(_event, data) => {
        const tab = PANE_TABS.find((candidate) => candidate === data.value);
        if (tab) onSelect(tab);
      }}
      aria-label={t(language, 'tabsLabel')}
    >
      {PANE_TABS.map((tab) => (
        // aria-controls only on the selected tab: the other panel is not in the page, and a
        // reference to a missing id is an error for assistive technology (axe aria-valid-attr-value).
        <Tab key={tab} id={tabId(tab)} value={tab} aria-controls={tab === selected ? panelId(tab) : undefined}>
          {t(language, LABEL[tab])}
        </Tab>
      ))}
    </TabList>
  );
}

const loadReviewTab = () => import(/* webpackChunkName: "review" */ '../ReviewTab/ReviewTab');

/** Fetches the Controle tab's chunk ahead of the first click (the pane calls it when idle). */
export function preloadReview(): void {
  void loadReviewTab().catch(() => undefined);
}

// A chunk that cannot be fetched (the add-in's server went away) must not take the pane down.
const ReviewTab = lazy(() => loadReviewTab().catch(() => ({ default: ReviewUnavailable })));

function ReviewUnavailable(props: { readonly form: AnnotatieFormState }): ReactElement {
  return <p className={useStyles().centered}>{t(props.form.language, 'chunkFailed')}</p>;
}

/** The Controle tab's panel: the review once its chunk is there, a spinner until then. */
export function ReviewPanel(props: { readonly form: AnnotatieFormState; readonly className?: string }): ReactElement {
  const { form, className } = props;
  const styles = useStyles();
  return (
    <div className={className} role="tabpanel" id={panelId('review')} aria-labelledby={tabId('review')}>
      <Suspense
        fallback={
          <div className={styles.centered}>
            <Spinner size="small" label={t(form.language, 'reviewLoading')} />
          </div>
        }
      >
        <ReviewTab form={form} />
      </Suspense>
    </div>
  );
}
