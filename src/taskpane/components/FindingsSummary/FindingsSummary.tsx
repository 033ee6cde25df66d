import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { fieldByKey, type FieldKey, type Language } from '../../../domain/fields';
import type { ReportedFinding } from '../../../domain/findings';
import type { ProblemCounts } from '../../form-state';
import { countText, t } from '../../i18n';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The summary at the top: how many errors and warnings, and each problem as a link to its field.
 * Info findings (house style, which saving applies anyway) are no task and stay at their field.
 * Required fields not visited yet are no error yet: a neutral "17 velden nog in te vullen".
 */
export function FindingsSummary(props: {
  readonly language: Language;
  /** The findings the pane shows now (see visibleFindings). */
  readonly findings: readonly ReportedFinding[];
  readonly counts: ProblemCounts;
  /** Required fields still empty that are not flagged yet. */
  readonly pending?: number;
  readonly goToField: (field: FieldKey) => void;
}): ReactElement {
  const { language, findings, counts, goToField, pending = 0 } = props;
  const styles = useStyles();
  const problems = findings.filter((finding) => finding.severity !== 'info');
  const toFill = pending > 0 ? countText(language, 'pendingOne', 'pendingMany', pending) : undefined;
  if (problems.length === 0) {
    return (
      <MessageBar intent={toFill === undefined ? 'success' : 'info'} aria-live="polite">
        <MessageBarBody>{toFill ?? t(language, 'summaryOk')}</MessageBarBody>
      </MessageBar>
    );
  }
  const parts = [
    counts.errors > 0 ? countText(language, 'errorsOne', 'errorsMany', counts.errors) : undefined,
    counts.warnings > 0 ? countText(language, 'warningsOne', 'warningsMany', counts.warnings) : undefined,
    toFill,
  ].filter((part): part is string => part !== undefined);
  return (
    <MessageBar intent={counts.errors > 0 ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{parts.join(', ')}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((finding, index) => {
            const field = finding.field;
            const label = field === null ? t(language, 'annotatieWide') : fieldByKey(field).label[language];
            return (
              <li key={`${field ?? ''}-${finding.code}-${index}`}>
                {field === null ? (
                  <strong>{label}</strong>
                ) : (
                  <Link as="button" inline onClick={() => goToField(field)}>
                    {label}
                  </Link>
                )}
                : {finding.message}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
