import type { ReactElement } from 'react';
import type { Language } from '../../../domain/fields';
import { t } from '../../i18n';
import { MessageBar, MessageBarBody } from '../../later';
import type { PaneCalendar } from '../../pane-calendar';

/**
 * When the profile's meeting calendar cannot be had: what went wrong, and that the planning is
 * checked as without a calendar. Informational, not an error: nothing the user did is wrong and
 * the form works as before. The HTTP status is for the beheerder, in the sentence's detail.
 */
export function CalendarNotice(props: { readonly calendar: PaneCalendar; readonly language: Language }): ReactElement | null {
  const { calendar, language } = props;
  if (calendar.status !== 'failed') return null;
  const { problem } = calendar;
  const what =
    problem.kind === 'refused'
      ? t(language, 'calendarRefused', { name: problem.name })
      : problem.kind === 'unreachable'
        ? t(language, 'calendarUnreachable', { name: problem.name, status: problem.status === undefined ? '' : ` (HTTP ${problem.status})` })
        : t(language, 'calendarInvalid', { name: problem.name, reason: problem.reason });
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {what} {t(language, 'calendarFallback')}
      </MessageBarBody>
    </MessageBar>
  );
}
