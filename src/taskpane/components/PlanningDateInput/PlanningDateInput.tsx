import {
  Button,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { Suspense, lazy, type ReactElement } from 'react';
import type { Language } from '../../../domain/fields';
import { t } from '../../i18n';
import type { PlanningDateInputProps } from './PlanningDateInput.types';
import type { PlanningDateInputState } from './usePlanningDateInput';

/**
 * The calendar is not needed at first paint, and it is the heaviest control of the form (the
 * notes measured +52 KB gzip for the DatePicker): it loads when a calendar is first opened,
 * or earlier when the browser is idle (preloadCalendar).
 */
const loadCalendar = () => import(/* webpackChunkName: "calendar" */ './DateCalendar');
const DateCalendar = lazy(loadCalendar);

export function preloadCalendar(): void {
  void loadCalendar();
}

const useStyles = makeStyles({
  spinner: { padding: tokens.spacingHorizontalL },
});

/**
 * A planning date as text (the domain validates what was typed, including "29 september 2025"),
 * with a calendar button. The "n.v.t." switch is rendered beside the Field by the caller: inside
 * the Field, Fluent would label the switch with the field's label.
 */
export function PlanningDateInput(
  props: PlanningDateInputProps & { readonly state: PlanningDateInputState },
): ReactElement {
  const { id, label, value, language, onChange, onFocus, onBlur, state } = props;
  const styles = useStyles();
  return (
    <Input
      id={id}
      value={value}
      disabled={state.isNvt}
      autoComplete="off"
      placeholder={language === 'nl' ? 'd-m-jjjj' : 'd-m-yyyy'}
      onChange={(_event, data) => onChange(data.value)}
      onFocus={onFocus}
      onBlur={onBlur}
      contentAfter={
        <Popover
          open={state.calendarOpen}
          onOpenChange={(_event, data) => state.setCalendarOpen(data.open)}
          trapFocus
          positioning="below-end"
        >
          <PopoverTrigger disableButtonEnhancement>
            <Button
              appearance="transparent"
              size="small"
              icon={<CalendarRegular />}
              disabled={state.isNvt}
              aria-label={t(language, 'pickDate', { label })}
            />
          </PopoverTrigger>
          <PopoverSurface aria-label={t(language, 'pickDate', { label })}>
            <Suspense fallback={<Spinner className={styles.spinner} size="small" />}>
              <DateCalendar language={language} value={state.calendarValue} onSelect={state.pickDate} />
            </Suspense>
          </PopoverSurface>
        </Popover>
      }
    />
  );
}

export function NvtSwitch(props: {
  readonly label: string;
  readonly language: Language;
  readonly state: PlanningDateInputState;
}): ReactElement {
  const { label, language, state } = props;
  return (
    <Switch
      label={t(language, 'nvt')}
      // The visible text is "n.v.t."; the name says which phase (WCAG 2.5.3: the name contains the label).
      aria-label={t(language, 'nvtFor', { label })}
      checked={state.isNvt}
      onChange={(_event, data) => state.toggleNvt(data.checked)}
    />
  );
}
