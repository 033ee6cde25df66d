import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons/svg/arrow-download';
import { CopyRegular } from '@fluentui/react-icons/svg/copy';
import { useMemo, useState, type ReactElement } from 'react';
import type { ReviewOutcome } from '../../../document/port';
import { exportCsvText, exportEntry, exportJsonText } from '../../../domain/export';
import { oriExport, oriJsonText } from '../../../domain/ori';
import { countText, t } from '../../i18n-review';
import { meetingCalendarOf, usePaneCalendarValue } from '../../pane-calendar';
import { useServices } from '../../services';
import { copyText, downloadText, handOffFileName } from './hand-off';
import type { ReviewTabState } from './ReviewTab.types';
import { useReviewTabStyles } from './useReviewTabStyles.styles';

type Format = 'JSON' | 'CSV' | 'ORI';

const FORMATS: readonly Format[] = ['JSON', 'CSV', 'ORI'];

/** The words per format: what the buttons say, and the format's name in the notices. */
const WORDS = {
  JSON: { copy: 'copyJson', download: 'downloadJson', name: 'JSON', extension: 'json', type: 'application/json' },
  CSV: { copy: 'copyCsv', download: 'downloadCsv', name: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  ORI: { copy: 'copyOri', download: 'downloadOri', name: 'ORI-JSON', extension: 'ori.json', type: 'application/json' },
} as const;

type HandOffNotice =
  | { readonly kind: 'copied'; readonly format: Format }
  | { readonly kind: 'downloading'; readonly file: string }
  /** The host refused: the text is shown to copy by hand. */
  | { readonly kind: 'manual'; readonly format: Format };

/**
 * The hand-off to the RIS: the document's values typed as `annotatie export --json` and `--csv`
 * give them (one implementation, src/domain/export.ts), and in the shapes of VNG's Open
 * Raadsinformatie as `--ori` gives them (src/domain/ori, with the meeting calendar when the pane
 * has it, as `--ori --calendar`), copied or downloaded. The values are the
 * document's current text, as the CLI reads it: pending changes as if accepted, unsaved edits in
 * the form not included (each said when it applies).
 */
export function HandOff(props: { readonly state: ReviewTabState; readonly review: ReviewOutcome }): ReactElement {
  const { state, review } = props;
  const { language, findings, unsaved } = state;
  const { profile, documentName } = useServices();
  const styles = useReviewTabStyles();
  const [notice, setNotice] = useState<HandOffNotice | null>(null);
  const file = documentName();
  const paneCalendar = usePaneCalendarValue();
  const calendar = meetingCalendarOf(paneCalendar);
  const texts = useMemo(() => {
    const entry = exportEntry(file, review.values, profile);
    return { JSON: exportJsonText(entry), CSV: exportCsvText([entry]), ORI: oriJsonText(oriExport(review.values, profile, calendar)) } as const;
  }, [file, profile, review.values, calendar]);
  // The standard's Gemeente needs the CBS code; `annotatie export --ori` refuses without it too.
  const oriMissing = profile.gemeentecode === undefined;
  const errors = findings.filter((finding) => finding.severity === 'error').length;

  const copy = async (format: Format) => {
    setNotice(null);
    setNotice((await copyText(texts[format])) ? { kind: 'copied', format } : { kind: 'manual', format });
  };
  const download = (format: Format) => {
    const name = handOffFileName(file, WORDS[format].extension);
    setNotice(downloadText(name, texts[format], WORDS[format].type) ? { kind: 'downloading', file: name } : { kind: 'manual', format });
  };

  return (
    <>
      <p className={styles.caption}>{t(language, 'handOffIntro')}</p>
      {errors > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(language, 'handOffErrors', { errors: countText(language, 'errorsOne', 'errorsMany', errors) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {review.changes.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t(language, 'handOffPending', { changes: countText(language, 'changesOne', 'changesMany', review.changes.length) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {unsaved > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t(language, 'handOffUnsaved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {FORMATS.filter((format) => format !== 'ORI' || !oriMissing).map((format) => (
        <div key={format} className={styles.actions}>
          <Button icon={<CopyRegular />} onClick={() => void copy(format)}>
            {t(language, WORDS[format].copy)}
          </Button>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowDownloadRegular />}
            aria-label={t(language, WORDS[format].download)}
            onClick={() => download(format)}
          >
            {t(language, 'download')}
          </Button>
        </div>
      ))}
      {oriMissing ? (
        <p className={styles.caption}>{t(language, 'oriNoGemeentecode', { gemeente: profile.gemeente })}</p>
      ) : paneCalendar.status === 'loading' ? null : (
        // Whether the vergaderingen carry the calendar's UIDs: what a RIS matches them on.
        <p className={styles.caption}>{t(language, calendar === undefined ? 'oriWithoutCalendar' : 'oriWithCalendar')}</p>
      )}
      <div aria-live="polite">
        {notice?.kind === 'copied' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t(language, 'copied', { format: WORDS[notice.format].name })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {notice?.kind === 'downloading' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t(language, 'downloading', { file: notice.file })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {notice?.kind === 'manual' ? (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t(language, 'copyFailed')}</MessageBarBody>
          </MessageBar>
          <Field label={t(language, 'copyBox', { format: WORDS[notice.format].name })}>
            <Textarea
              className={styles.copyBox}
              readOnly
              resize="vertical"
              rows={8}
              value={texts[notice.format]}
              // Selected at once, so Ctrl+C is all that is left to do.
              onFocus={(event) => event.currentTarget.select()}
            />
          </Field>
        </>
      ) : null}
    </>
  );
}
