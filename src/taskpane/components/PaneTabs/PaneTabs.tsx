import { Tab, TabList } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Language } from '../../../domain/fields';
import { t } from '../../i18n';
import { PANE_TABS, panelId, tabId, type PaneTab } from './PaneTabs.types';

const LABEL = { form: 'tabForm', review: 'tabReview' } as const;

/**
 * Fluent's TabList: arrow keys move between the tabs, Enter or Space opens one. Not selected on
 * focus (WAI-ARIA APG "manual activation"), because opening the Controle tab reads the whole
 * review from Word; arrowing past it should not. Its own chunk, fetched at start-up in parallel
 * with office.js (see AnnotatieForm), so the pane's initial JS does not grow by TabList's weight
 * (measured: +5.3 KB gzip).
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
