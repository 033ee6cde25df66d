import { Textarea, makeStyles } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type ReactElement } from 'react';

const useStyles = makeStyles({
  // As tall as its text: one line for a short onderwerp, more when it wraps. Chromium sizes it by
  // itself (field-sizing); elsewhere the layout effect below sets the height.
  textarea: { minHeight: 'unset', resize: 'none', overflowY: 'hidden', fieldSizing: 'content' } as Record<string, string>,
});

/** Line breaks are no part of a one-line value (contract §2: onderwerp is text, not multi-line). */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Onderwerp, the title of the annotatie: one line of text in the document, but up to 100
 * characters (the ORI limit) and more, so in a 320 px pane it wraps instead of being cut off.
 * Enter adds no line break (a pasted one becomes a space); Ctrl+Enter still reaches the form.
 */
export function TitleTextarea(props: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}): ReactElement {
  const { id, value, onChange, onFocus, onBlur } = props;
  const styles = useStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || CSS_SIZES_ITSELF) return;
    element.style.height = 'auto';
    if (element.scrollHeight > 0) element.style.height = `${element.scrollHeight}px`;
  }, [value]);
  return (
    <Textarea
      id={id}
      ref={ref}
      rows={1}
      resize="none"
      textarea={{ className: styles.textarea }}
      spellCheck
      autoComplete="off"
      value={value}
      onChange={(_event, data) => onChange(oneLine(data.value))}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault();
      }}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}

const CSS_SIZES_ITSELF = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');
