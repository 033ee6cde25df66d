import { Calendar, DayOfWeek, FirstWeekOfYear, type CalendarStrings } from '@fluentui/react-calendar-compat';
import type { ReactElement } from 'react';
import type { CalendarDate } from '../../../domain/dates';
import type { Language } from '../../../domain/fields';
import { CALENDAR_NAMES } from '../../i18n';

function stringsFor(language: Language): CalendarStrings {
  const names = CALENDAR_NAMES[language];
  return {
    months: [...names.months],
    // Full month names: the short ones ("mrt") do not end up in the month buttons' accessible
    // names, which axe flags (see notes), and the month grid has room for them.
    shortMonths: [...names.months],
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

/** Loaded on demand (see PlanningDateInput): Dutch names, and weeks start on Monday as in NL. */
export default function DateCalendar(props: {
  readonly language: Language;
  readonly value: CalendarDate | undefined;
  readonly onSelect: (date: CalendarDate) => void;
}): ReactElement {
  const { language, value, onSelect } = props;
  const selected = value ? new Date(value.year, value.month - 1, value.day) : undefined;
  return (
    <Calendar
      value={selected}
      firstDayOfWeek={DayOfWeek.Monday}
      // ISO 8601 weeks, as Dutch calendars number them.
      firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
      strings={stringsFor(language)}
      showGoToToday
      highlightSelectedMonth
      onSelectDate={(date) =>
        onSelect({ kind: 'date', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() })
      }
    />
  );
}
