import { Button, Input } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useRef, type ReactElement } from 'react';
import { datePattern } from '../../../domain/placeholders';
import { t } from '../../i18n';
import { useServices } from '../../services';
import type { PlanningDateInputProps } from './PlanningDateInput.types';
import type { PlanningDateInputState } from './usePlanningDateInput';

/**
 * The calendar (Fluent's Calendar, its popover and date arithmetic) is not needed at first paint
 * and is the heaviest control of the form (the notes measured +52 KB gzip for the DatePicker):
 * it loads when a calendar is first opened, or when the browser is idle (preloadCalendar).
 */
const loadCalendar = () => import(/* webpackChunkName: "calendar" */ './CalendarPopover');
const CalendarPopover = lazy(loadCalendar);

export function preloadCalendar(): void {
  void loadCalendar();
}

/**
 * A planning date as text (the domain validates what was typed, including "29 september 2025"
 * and "n.v.t."), with a calendar button; picking a day replaces "n.v.t." too.
 */
export function PlanningDateInput(
  props: PlanningDateInputProps & { readonly state: PlanningDateInputState },
): ReactElement {
  const { id, label, value, language, onChange, onFocus, onBlur, state, phase } = props;
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const pickLabel = t(language, 'pickDate', { label });
  // The profile's house style ("d-m-jjjj", "dd-mm-jjjj"), as the calendar writes it.
  const dateStyle = useServices().dateStyle ?? 'd-m-yyyy';
  return (
    <Input
      id={id}
      ref={input}
      value={value}
      autoComplete="off"
      placeholder={datePattern(dateStyle, language)}
      onChange={(_event, data) => onChange(data.value)}
      onFocus={onFocus}
      onBlur={onBlur}
      contentAfter={
        <>
          <Button
            ref={button}
            appearance="transparent"
            size="small"
            icon={<CalendarRegular />}
            aria-label={pickLabel}
            aria-haspopup="dialog"
            aria-expanded={state.calendarOpen}
            onClick={() => state.setCalendarOpen(!state.calendarOpen)}
          />
          {state.calendarLoaded ? (
            <Suspense fallback={null}>
              <CalendarPopover
                target={button}
                open={state.calendarOpen}
                label={pickLabel}
                language={language}
                value={value}
                {...(phase === undefined ? {} : { phase, fieldLabel: label.toLocaleLowerCase(language) })}
                onPick={(text) => {
                  state.pickDate(text);
                  // The day button goes away with the calendar (focus fell to <body>); the date
                  // just written is in the input, which is where the user continues.
                  input.current?.focus();
                }}
                onClose={(focusWasInside) => {
                  state.setCalendarOpen(false);
                  // No PopoverTrigger (the popover is loaded later), so give focus back ourselves,
                  // but only when it was in the calendar: a click elsewhere keeps its own focus.
                  // The pane keeps the button clear of the save bar (useFocusNotObscured).
                  if (focusWasInside) button.current?.focus();
                }}
              />
            </Suspense>
          ) : null}
        </>
      }
    />
  );
}
