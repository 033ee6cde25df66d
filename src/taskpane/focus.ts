import { useEffect, useRef } from 'react';

/**
 * Focus helpers of the pane. The form scrolls under a sticky save bar (the footer), and the
 * browser only scrolls a focused control into the viewport, not out from under a sticky
 * element: at 340×700, 8 of 33 Tab stops landed behind the bar. WCAG 2.2 SC 2.4.11 (Focus Not
 * Obscured, AA) asks that a focused control is never entirely hidden by author content.
 */

/** The attribute that marks the sticky save bar; the focused control is kept above it. */
export const FOOTER_ATTRIBUTE = 'data-pane-footer';

/** Room kept between the focused control and the bar, so its focus ring shows too. */
const MARGIN = 8;

/** The nearest ancestor that scrolls vertically (the preview's pane column), else the page. */
function scrollParent(element: Element): Element {
  for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return element.ownerDocument.scrollingElement ?? element.ownerDocument.documentElement;
}

/**
 * Scrolls `element` so it sits between the top of its scroll area and the top of `footer`.
 * A control taller than that room is aligned with its top (where the caret starts). Does
 * nothing when the element is the footer's own or already clear of it.
 */
export function revealAboveFooter(element: Element, footer: Element): void {
  if (footer.contains(element)) return;
  const target = element.getBoundingClientRect();
  const bar = footer.getBoundingClientRect();
  // Not laid out (hidden, or jsdom): nothing to keep clear of.
  if (bar.height === 0) return;
  const container = scrollParent(element);
  const isPage = container === element.ownerDocument.scrollingElement || container === element.ownerDocument.documentElement;
  const top = isPage ? 0 : container.getBoundingClientRect().top;
  const bottomLimit = bar.top - MARGIN;
  let delta = 0;
  if (target.bottom > bottomLimit) delta = Math.min(target.bottom - bottomLimit, target.top - top - MARGIN);
  else if (target.top < top) delta = target.top - top - MARGIN;
  if (delta === 0) return;
  container.scrollTop += delta;
}

/**
 * While mounted, every control that gets focus inside `root` (Tab, a click on a label, a link
 * in the summary, focus handed back by the calendar) is scrolled clear of the sticky footer.
 * Checked at once and again after the next frame: the browser's own scroll-into-view on focus
 * and a section that opens first (goToField) both move things before the frame is drawn.
 */
export function useFocusNotObscured(root: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    let frame = 0;
    const reveal = (target: Element) => {
      const footer = element.querySelector(`[${FOOTER_ATTRIBUTE}]`);
      if (footer !== null && target.isConnected) revealAboveFooter(target, footer);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Element)) return;
      const target = event.target;
      reveal(target);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (target.ownerDocument.activeElement === target) reveal(target);
      });
    };
    element.addEventListener('focusin', onFocusIn);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      cancelAnimationFrame(frame);
    };
  }, [root]);
}

/**
 * Focuses the element with this id once React has drawn it (a form just loaded), unless focus
 * has gone somewhere meanwhile: it only catches focus that fell to <body>, never takes it away.
 */
export function focusById(id: string, ownerDocument: Document = globalThis.document): void {
  requestAnimationFrame(() => {
    const active = ownerDocument.activeElement;
    if (active === null || active === ownerDocument.body) ownerDocument.getElementById(id)?.focus();
  });
}

/**
 * After "Annotatie invoegen" the button goes away with the empty state and focus fell to
 * <body>: once an insert has led to a ready form (inserting, then loading, then ready), focus
 * the first field instead. A failed insert leaves focus where it was.
 */
export function useFocusAfterInsert(status: string, firstFieldId: string): void {
  const inserted = useRef(false);
  useEffect(() => {
    if (status === 'inserting') inserted.current = true;
    else if (status === 'ready' && inserted.current) {
      inserted.current = false;
      focusById(firstFieldId);
    } else if (status !== 'loading') inserted.current = false;
  }, [status, firstFieldId]);
}
