import { Popover, PopoverSurface } from '@fluentui/react-components';
import { Calendar, DayOfWeek, FirstWeekOfYear, type CalendarStrings, type DateFormatting, type ICalendar } from '@fluentui/react-calendar-compat';
import { useEffect, useRef, type ReactElement, type RefObject } from 'react';
import { formatDate, parseDate, type CalendarDate } from '../../../domain/dates';
import type { Language } from '../../../domain/fields';
import type { Phase } from '../../../domain/phases';
import { CALENDAR_NAMES, t } from '../../i18n';
import { usePaneCalendarValue } from '../../pane-calendar';
import { useServices } from '../../services';

function stringsFor(language: Language, marked: string | undefined): CalendarStrings {
  const names = CALENDAR_NAMES[language];
  return {
    // Fluent names a marked day "29, september, 2025, " + this (CalendarGridDayCell); its dot is aria-hidden.
    ...(marked === undefined ? {} : { dayMarkedAriaLabel: marked }),
    months: [...names.months],
    shortMonths: [...names.shortMonths],
    days: [...names.days],
    shortDays: [...names.shortDays],
    goToToday: names.goToToday,
    prevMonthAriaLabel: names.prevMonth,
    nextMonthAriaLabel: names.nextMonth,
    prevYearAriaLabel: names.prevYear,
    nextYearAriaLabel: names.nextYear,
    closeButtonAriaLabel: names.close,
  };
}

/**
 * The calendar's default formatter is American ("October 6, 2025") and names every day button
 * that way; Dutch readers and screen readers expect "6 oktober 2025".
 */
function formatterFor(language: Language): DateFormatting {
  const { months, shortMonths } = CALENDAR_NAMES[language];
  const month = (date: Date) => months[date.getMonth()] ?? '';
  return {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date) => month(date),
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) =>
      language === 'nl'
        ? `${date.getDate()} ${month(date)} ${date.getFullYear()}`
        : `${month(date)} ${date.getDate()}, ${date.getFullYear()}`,
    // The header is narrow: "september 2025" was cut off to "september 20…".
    formatMonthYear: (date) => `${shortMonths[date.getMonth()] ?? ''} ${date.getFullYear()}`,
  };
}

const dateOf = (date: Date): CalendarDate => ({ kind: 'date', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
const localDate = (date: CalendarDate): Date => new Date(date.year, date.month - 1, date.day);

/**
 * Loaded on demand (see PlanningDateInput): the calendar in a popover under the field's button.
 * Dutch names, weeks start on Monday and are numbered ISO-style, as Dutch calendars do.
 */
export default function CalendarPopover(props: {
  readonly target: RefObject<HTMLButtonElement | null>;
  readonly open: boolean;
  readonly label: string;
  readonly language: Language;
  /** The field's text: the calendar opens on its date when it holds one. */
  readonly value: string;
  /** The field's BOB phase: with a meeting calendar, that phase's meeting days are marked. */
  readonly phase?: Phase;
  /** The field's own label ("Oordeelsvorming"), for the marked days' accessible name. */
  readonly fieldLabel?: string;
  readonly onPick: (text: string) => void;
  /** `focusWasInside`: focus was in the calendar (Escape), not moved elsewhere by a click. */
  readonly onClose: (focusWasInside: boolean) => void;
}): ReactElement {
  const { target, open, label, language, value, phase, fieldLabel, onPick, onClose } = props;
  const paneCalendar = usePaneCalendarValue();
  const meetings = paneCalendar.status === 'ready' && phase !== undefined ? paneCalendar.calendar : undefined;
  const calendar = useRef<ICalendar>(null);
  const surface = useRef<HTMLDivElement>(null);
  const close = () => {
    const active = surface.current?.ownerDocument.activeElement ?? null;
    const inside = active === null || active === active.ownerDocument.body || surface.current?.contains(active) === true;
    onClose(inside);
  };
  const dateStyle = useServices().dateStyle;
  // Without a PopoverTrigger nothing moves focus into the popover, and Escape only closes it
  // from inside: put focus on the selected (or today's) day as the popover opens.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => calendar.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  const parsed = parseDate(value);
  const selected = parsed.kind === 'date' ? new Date(parsed.year, parsed.month - 1, parsed.day) : undefined;
  return (
    <Popover
      open={open}
      onOpenChange={(_event, data) => {
        if (!data.open) close();
      }}
      positioning={{ target: target.current, position: 'below', align: 'end' }}
      trapFocus
    >
      <PopoverSurface ref={surface} aria-label={label}>
        <Calendar
          componentRef={calendar}
          onDismiss={close}
          value={selected}
          firstDayOfWeek={DayOfWeek.Monday}
          firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
          strings={stringsFor(language, meetings === undefined ? undefined : t(language, 'meetingDay', { label: fieldLabel ?? label }))}
          {...(meetings === undefined || phase === undefined
            ? {}
            : { calendarDayProps: { getMarkedDays: (first: Date, last: Date) => meetings.meetingDays(phase, dateOf(first), dateOf(last)).map(localDate) } })}
          dateTimeFormatter={formatterFor(language)}
          showGoToToday
          // Day grid only: the month grid beside it doubles the width (too wide for a 320 px
          // pane), and its short month names ("mrt") are not in the buttons' accessible names
          // (axe, see notes). The arrows page through months.
          isMonthPickerVisible={false}
          onSelectDate={(date) =>
            // Into the document in the profile's house style (contract §2: d-m-yyyy in Zoetermeer).
            onPick(formatDate({ kind: 'date', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }, dateStyle))
          }
        />
      </PopoverSurface>
    </Popover>
  );
}
