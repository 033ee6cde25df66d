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
 * Info findings (house style) are advice and stay at their field.
 */
export function FindingsSummary(props: {
  readonly language: Language;
  readonly findings: readonly ReportedFinding[];
  readonly counts: ProblemCounts;
  readonly goToField: (field: FieldKey) => void;
}): ReactElement {
  const { language, findings, counts, goToField } = props;
  const styles = useStyles();
  const problems = findings.filter((finding) => finding.severity !== 'info');
  if (problems.length === 0) {
    return (
      <MessageBar intent="success" aria-live="polite">
        <MessageBarBody>{t(language, 'summaryOk')}</MessageBarBody>
      </MessageBar>
    );
  }
  const parts = [
    counts.errors > 0 ? countText(language, 'errorsOne', 'errorsMany', counts.errors) : undefined,
    counts.warnings > 0 ? countText(language, 'warningsOne', 'warningsMany', counts.warnings) : undefined,
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
