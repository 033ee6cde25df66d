import { Badge, Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { SECTIONS, fieldByKey, type FieldKey, type Language } from '../../../domain/fields';
import type { ReportedFinding, Severity } from '../../../domain/findings';
import { countText, t, type ReviewStringKey as StringKey } from '../../i18n-review';
import type { ReviewTabState } from './ReviewTab.types';
import { useReviewTabStyles } from './useReviewTabStyles.styles';

const SEVERITY: Readonly<Record<Severity, { readonly label: StringKey; readonly color: 'danger' | 'warning' | 'informative' }>> = {
  error: { label: 'severityError', color: 'danger' },
  warning: { label: 'severityWarning', color: 'warning' },
  info: { label: 'severityInfo', color: 'informative' },
};

/** "1 fout, 2 waarschuwingen, 1 tip": only the severities there are. */
export function severityCounts(language: Language, findings: readonly ReportedFinding[]): string {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const parts: string[] = [];
  if (count('error') > 0) parts.push(countText(language, 'errorsOne', 'errorsMany', count('error')));
  if (count('warning') > 0) parts.push(countText(language, 'warningsOne', 'warningsMany', count('warning')));
  if (count('info') > 0) parts.push(countText(language, 'infoOne', 'infoMany', count('info')));
  return parts.join(', ');
}

interface Group {
  readonly id: string;
  readonly title: string;
  readonly findings: readonly ReportedFinding[];
}

/** Findings per section of the annotatie (the domain's SECTIONS), the whole-annotatie ones last. */
function groups(language: Language, findings: readonly ReportedFinding[]): readonly Group[] {
  const out: Group[] = SECTIONS.map((section) => ({
    id: section.id,
    title: section.title[language],
    findings: findings.filter((finding) => finding.field !== null && fieldByKey(finding.field).section === section.id),
  }));
  out.push({ id: 'annotatie', title: t(language, 'annotatieWide'), findings: findings.filter((finding) => finding.field === null) });
  return out.filter((group) => group.findings.length > 0);
}

/**
 * The report: every finding about the document, grouped by section with its counts. A field's
 * name selects its control in the document; a finding with a suggestion (the e-mail typo) offers
 * its fix, written straight into the document.
 */
export function FindingsReport(props: { readonly state: ReviewTabState; readonly values: Readonly<Partial<Record<FieldKey, string>>> }): ReactElement {
  const { state, values } = props;
  const { language, findings, fieldNotice, busy } = state;
  const styles = useReviewTabStyles();
  const notice = fieldNotice ? <FieldNoticeBar language={language} notice={fieldNotice} /> : null;
  if (findings.length === 0) {
    return (
      <>
        {notice}
        <MessageBar intent="success">
          <MessageBarBody>{t(language, 'findingsNone')}</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  return (
    <>
      <p className={styles.body}>{severityCounts(language, findings)}</p>
      {notice}
      {groups(language, findings).map((group) => (
        <section key={group.id} aria-labelledby={`review-findings-${group.id}`} className={styles.item}>
          <h3 id={`review-findings-${group.id}`} className={styles.subheading}>
            {group.title} <span className={styles.caption}>({severityCounts(language, group.findings)})</span>
          </h3>
          <ul className={styles.list}>
            {group.findings.map((finding, index) => {
              const severity = SEVERITY[finding.severity];
              const field = finding.field;
              const suggestion = finding.suggestion;
              const label = field === null ? t(language, 'annotatieWide') : fieldByKey(field).label[language];
              return (
                <li key={`${field ?? ''}-${finding.code}-${index}`} className={styles.item}>
                  <div className={styles.itemLine}>
                    <Badge appearance="tint" color={severity.color} size="small">
                      {t(language, severity.label)}
                    </Badge>
                    {field === null ? (
                      <strong>{label}</strong>
                    ) : (
                      <Link as="button" inline onClick={() => void state.selectField(field)} aria-label={t(language, 'selectField', { label })}>
                        {label}
                      </Link>
                    )}
                  </div>
                  <p className={styles.body}>{finding.message}</p>
                  {field !== null && suggestion !== undefined && suggestion !== (values[field] ?? '') ? (
                    <div className={styles.actions}>
                      <Button
                        size="small"
                        icon={<WrenchRegular />}
                        disabledFocusable={busy !== null}
                        onClick={() => void state.applyFix(field, suggestion)}
                      >
                        {t(language, 'applySuggestion', { suggestion })}
                      </Button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

function FieldNoticeBar(props: { readonly language: Language; readonly notice: NonNullable<ReviewTabState['fieldNotice']> }): ReactElement {
  const { language, notice } = props;
  const label = fieldByKey(notice.field).label[language];
  switch (notice.kind) {
    case 'fixed':
      return (
        <MessageBar intent="success">
          <MessageBarBody>{t(language, 'fixSaved', { label })}</MessageBarBody>
        </MessageBar>
      );
    case 'fixFailed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t(language, 'fixFailed', { label })} {notice.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'selectFailed':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(language, 'selectFailed', { label })} {notice.message}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
