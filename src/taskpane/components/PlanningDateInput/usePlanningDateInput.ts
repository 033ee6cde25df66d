import { useCallback, useRef, useState } from 'react';
import { formatDate, parseDate, type CalendarDate } from '../../../domain/dates';
import { NVT } from '../../../domain/fields';
import type { PlanningDateInputProps } from './PlanningDateInput.types';

export interface PlanningDateInputState {
  readonly isNvt: boolean;
  /** The date the calendar opens on: the field's date when it holds one. */
  readonly calendarValue: CalendarDate | undefined;
  readonly calendarOpen: boolean;
  readonly setCalendarOpen: (open: boolean) => void;
  readonly pickDate: (date: CalendarDate) => void;
  readonly toggleNvt: (checked: boolean) => void;
}

export function usePlanningDateInput(props: Pick<PlanningDateInputProps, 'value' | 'onChange'>): PlanningDateInputState {
  const { value, onChange } = props;
  const [calendarOpen, setCalendarOpen] = useState(false);
  const parsed = parseDate(value);
  // What the field held before "n.v.t." was switched on, so switching it off gives it back.
  const beforeNvt = useRef('');

  const pickDate = useCallback(
    (date: CalendarDate) => {
      // Dates go into the document in house style (d-m-yyyy, contract §2).
      onChange(formatDate(date));
      setCalendarOpen(false);
    },
    [onChange],
  );

  const toggleNvt = useCallback(
    (checked: boolean) => {
      if (checked) {
        beforeNvt.current = value;
        onChange(NVT);
      } else {
        onChange(beforeNvt.current);
      }
    },
    [onChange, value],
  );

  return {
    isNvt: parsed.kind === 'nvt',
    calendarValue: parsed.kind === 'date' ? parsed : undefined,
    calendarOpen,
    setCalendarOpen,
    pickDate,
    toggleNvt,
  };
}
