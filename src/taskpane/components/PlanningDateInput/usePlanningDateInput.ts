import { useCallback, useState } from 'react';
import type { PlanningDateInputProps } from './PlanningDateInput.types';

export interface PlanningDateInputState {
  readonly calendarOpen: boolean;
  /** Once opened, the calendar stays mounted (closed) so reopening does not reload it. */
  readonly calendarLoaded: boolean;
  readonly setCalendarOpen: (open: boolean) => void;
  /** The house-style text of a date picked in the calendar. */
  readonly pickDate: (text: string) => void;
}

export function usePlanningDateInput(props: Pick<PlanningDateInputProps, 'value' | 'onChange'>): PlanningDateInputState {
  const { onChange } = props;
  const [calendarOpen, setOpen] = useState(false);
  const [calendarLoaded, setLoaded] = useState(false);

  const setCalendarOpen = useCallback((open: boolean) => {
    if (open) setLoaded(true);
    setOpen(open);
  }, []);

  const pickDate = useCallback(
    (text: string) => {
      onChange(text);
      setOpen(false);
    },
    [onChange],
  );

  return { calendarOpen, calendarLoaded, setCalendarOpen, pickDate };
}
