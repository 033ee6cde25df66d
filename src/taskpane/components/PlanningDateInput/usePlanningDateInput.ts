import { useCallback, useRef, useState } from 'react';
import { NVT } from '../../../domain/fields';
import type { PlanningDateInputProps } from './PlanningDateInput.types';

export interface PlanningDateInputState {
  readonly isNvt: boolean;
  readonly calendarOpen: boolean;
  /** Once opened, the calendar stays mounted (closed) so reopening does not reload it. */
  readonly calendarLoaded: boolean;
  readonly setCalendarOpen: (open: boolean) => void;
  /** The house-style text of a date picked in the calendar. */
  readonly pickDate: (text: string) => void;
  readonly toggleNvt: (checked: boolean) => void;
}

export function usePlanningDateInput(props: Pick<PlanningDateInputProps, 'value' | 'onChange'>): PlanningDateInputState {
  const { value, onChange } = props;
  const [calendarOpen, setOpen] = useState(false);
  const [calendarLoaded, setLoaded] = useState(false);
  // What the field held before "n.v.t." was switched on, so switching it off gives it back.
  const beforeNvt = useRef('');

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

  // The switch shows the house-style literal it writes. Not the domain's isNvt(), which also
  // accepts "nvt" and "niet van toepassing": it lives beside the date parser, and importing it
  // pulled date-fns (10 KB gzip) into the pane's initial JS; other spellings get the domain's
  // house-style suggestion at the field instead.
  return { isNvt: value.trim() === NVT, calendarOpen, calendarLoaded, setCalendarOpen, pickDate, toggleNvt };
}
