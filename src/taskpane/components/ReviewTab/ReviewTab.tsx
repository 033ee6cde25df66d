import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
// Icons by their own module: through the package's index they share modules with the form's
// icons, and the initial JS would carry them (measured: +0.7 KB gzip for CopyRegular alone).
import { ArrowClockwiseRegular } from '@fluentui/react-icons/svg/arrow-clockwise';
import type { ReactElement, ReactNode } from 'react';
import { fieldByKey } from '../../../domain/fields';
import { countText, t } from '../../i18n-review';
import { SectionPanel } from '../SectionPanel/SectionPanel';
import { AdviesCommissie } from './AdviesCommissie';
import { ChangesReview } from './ChangesReview';
import { FindingsReport, severityCounts } from './FindingsReport';
import { HandOff } from './HandOff';
import { OutsideEdits } from './OutsideEdits';
import type { ReviewTabProps } from './ReviewTab.types';
import { useReviewTab } from './useReviewTab';
import { useReviewTabStyles } from './useReviewTabStyles.styles';

const SECTIONS = ['findings', 'changes', 'outside', 'advies', 'handOff'] as const;

function timeText(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The Controle tab (the griffie's review), loaded lazily: what is wrong, what changed and by
 * whom with accept and reject, what was changed outside the pane, the committee's advice, and
 * the hand-off to the RIS. One review() when it opens; every action's outcome carries the next.
 */
export default function ReviewTab(props: ReviewTabProps): ReactElement {
  const state = useReviewTab(props);
  const styles = useReviewTabStyles();
  const { language, load } = state;

  if (load.status === 'loading') {
    return (
      <div className={styles.centered}>
        <Spinner size="small" label={t(language, 'reviewLoading')} />
      </div>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className={styles.centered}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(language, 'reviewFailed')}</MessageBarTitle>
            {load.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void state.refresh()}>{t(language, 'tryAgain')}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }

  const { review } = load;
  const problems = state.findings.filter((finding) => finding.severity !== 'info');
  const tracking = review.trackingChanges === null ? null : t(language, review.trackingChanges ? 'trackingOn' : 'trackingOff');
  const heading = (title: string, count: number | null, countLabel?: string): ReactNode => (
    <span className={styles.sectionTitle}>
      {title}
      {count !== null && count > 0 ? (
        <>
          <Badge size="small" appearance="filled" color="informative" aria-hidden>
            {count}
          </Badge>
          <span className={styles.visuallyHidden}>({countLabel})</span>
        </>
      ) : null}
    </span>
  );

  return (
    <div className={styles.root} aria-busy={load.refreshing || state.busy !== null}>
      <div className={styles.status}>
        <span className={styles.statusText}>
          {t(language, 'reviewUpdatedAt', { time: timeText(load.at) })}
          {tracking ? ` · ${tracking}` : null}
        </span>
        <Button
          size="small"
          appearance="subtle"
          icon={load.refreshing ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />}
          disabledFocusable={load.refreshing || state.busy !== null}
          onClick={() => void state.refresh()}
        >
          {load.refreshing ? t(language, 'working') : t(language, 'reviewRefresh')}
        </Button>
      </div>
      {state.unsaved > 0 ? (
        <div className={styles.intro}>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t(language, 'reviewUnsaved', { count: state.unsaved })}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      <Accordion className={styles.sections} multiple collapsible defaultOpenItems={[...SECTIONS]}>
        <AccordionItem value="findings">
          <AccordionHeader as="h2" expandIconPosition="end">
            {heading(t(language, 'sectionFindings'), problems.length, severityCounts(language, problems))}
          </AccordionHeader>
          <SectionPanel className={styles.panel}>
            <FindingsReport state={state} values={review.values} />
          </SectionPanel>
        </AccordionItem>
        <AccordionItem value="changes">
          <AccordionHeader as="h2" expandIconPosition="end">
            {heading(t(language, 'sectionChanges'), review.changes.length, countText(language, 'changesOne', 'changesMany', review.changes.length))}
          </AccordionHeader>
          <SectionPanel className={styles.panel}>
            <ChangesReview state={state} review={review} />
          </SectionPanel>
        </AccordionItem>
        <AccordionItem value="outside">
          <AccordionHeader as="h2" expandIconPosition="end">
            {heading(
              t(language, 'sectionOutside'),
              review.editedOutsidePane.length,
              countText(language, 'fieldsOne', 'fieldsMany', review.editedOutsidePane.length),
            )}
          </AccordionHeader>
          <SectionPanel className={styles.panel}>
            <OutsideEdits state={state} review={review} />
          </SectionPanel>
        </AccordionItem>
        <AccordionItem value="advies">
          <AccordionHeader as="h2" expandIconPosition="end">
            {heading(fieldByKey('adviesCommissie').label[language], null)}
          </AccordionHeader>
          <SectionPanel className={styles.panel}>
            <AdviesCommissie form={props.form} state={state} />
          </SectionPanel>
        </AccordionItem>
        <AccordionItem value="handOff">
          <AccordionHeader as="h2" expandIconPosition="end">
            {heading(t(language, 'sectionHandOff'), null)}
          </AccordionHeader>
          <SectionPanel className={styles.panel}>
            <HandOff state={state} review={review} />
          </SectionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
