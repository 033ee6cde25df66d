import { useCallback, useRef } from 'react';

/**
 * For a placeholder input that a later-loaded control replaces (FieldControl's open choices,
 * later.ts): when the placeholder leaves the page while it has focus, the control that took
 * its id gets the focus and the caret, so a user typing at that moment just types on. Without
 * this, focus would fall to <body> mid-word.
 */
export function useFocusCarry(id: string): (element: HTMLInputElement | null) => void {
  const attached = useRef<HTMLInputElement | null>(null);
  return useCallback(
    (element: HTMLInputElement | null) => {
      const previous = attached.current;
      attached.current = element;
      // React detaches the ref before it removes the node, so it still knows whether it had focus.
      if (element !== null || previous === null || previous.ownerDocument.activeElement !== previous) return;
      const { selectionStart, selectionEnd, ownerDocument } = previous;
      // After the commit that swapped the two: the successor is in the page by then.
      queueMicrotask(() => {
        const successor = ownerDocument.getElementById(id);
        if (!(successor instanceof HTMLInputElement) || successor === previous) return;
        if (ownerDocument.activeElement !== ownerDocument.body && ownerDocument.activeElement !== null) return;
        successor.focus();
        if (selectionStart !== null && selectionEnd !== null) successor.setSelectionRange(selectionStart, selectionEnd);
      });
    },
    [id],
  );
}
