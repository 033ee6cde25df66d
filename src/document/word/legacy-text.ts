/**
 * Reading and removing the text of an annotatie written before the add-in (issue 12): the pane
 * recognises it (src/domain/legacy), inserts the structured annotatie, and only after a second
 * confirmation removes the old text. Kept out of word-document.ts, which only wires it in.
 *
 * - readLegacyText is one round trip: the control scan (is there an annotatie already?), the
 *   body's paragraphs with text, style and table nesting, and the tracking mode, in one batch.
 * - removeLegacyText is two syncs in one Word.run. office.js has no conditional inside a batch:
 *   a delete queued with the read that checks the text would run whatever the text says. So the
 *   first sync reads the paragraphs, the layer checks that the span is still there word for word,
 *   and only then the second sync deletes those paragraphs (the proxies loaded by the first sync
 *   stay valid within the same Word.run). Anything the user typed into the old text since makes
 *   the check fail, and nothing is deleted.
 * - Word tracks Paragraph.delete itself when track changes is on; the layer never switches
 *   tracking on or off.
 */
import { WRAPPER_TAG, fieldByTag } from '../../domain/fields';
import type { LegacyTextOutcome, LegacyTextParagraph, LegacyTextSpan, RemoveLegacyOutcome, WordResult } from '../port';
import type { WordHost } from './api';
import { liveControls } from './gather';
import type { HostSupport } from './gather';

type Guard = <T>(operation: 'readLegacyText' | 'removeLegacyText', work: () => Promise<WordResult<T>>) => Promise<WordResult<T>>;

/** Word's built-in heading styles as styleBuiltIn names them ("Heading1" … "Heading9", "Title"). */
function isHeadingStyle(style: string | undefined): boolean {
  return style !== undefined && (/^Heading\d$/.test(style) || style === 'Title');
}

/** Paragraph.text may end in the paragraph mark on some hosts; a comparison must not care. */
function paragraphText(text: string): string {
  return text.replace(/\r$/, '');
}

/** The non-empty stretch of the paragraphs, first to last, or null when every one is empty. */
export function spanOfText(texts: readonly string[]): LegacyTextSpan | null {
  const first = texts.findIndex((text) => text.trim() !== '');
  if (first < 0) return null;
  let last = texts.length - 1;
  while (last > first && (texts[last] ?? '').trim() === '') last -= 1;
  return { start: first, texts: texts.slice(first, last + 1), after: texts.length - last - 1 };
}

/**
 * Where the span is now in `texts`, or -1. Preferred: the same number of paragraphs after it
 * (the structured annotatie went in before it), then the same start (it went in after); else
 * the one place the paragraphs occur, when there is exactly one. Never a place where the text
 * differs in any paragraph, or where a paragraph was added in between.
 */
export function locateSpan(span: LegacyTextSpan, texts: readonly string[]): number {
  const n = span.texts.length;
  if (n === 0) return -1;
  const matchesAt = (start: number): boolean =>
    start >= 0 && start + n <= texts.length && span.texts.every((text, i) => paragraphText(texts[start + i] ?? '') === paragraphText(text));
  const fromEnd = texts.length - span.after - n;
  if (matchesAt(fromEnd)) return fromEnd;
  if (matchesAt(span.start)) return span.start;
  const found: number[] = [];
  for (let start = 0; start + n <= texts.length; start += 1) if (matchesAt(start)) found.push(start);
  return found.length === 1 ? (found[0] ?? -1) : -1;
}

export function legacyTextOperations(
  host: WordHost,
  support: HostSupport,
  guard: Guard,
): { readLegacyText: () => Promise<WordResult<LegacyTextOutcome>>; removeLegacyText: (span: LegacyTextSpan) => Promise<WordResult<RemoveLegacyOutcome>> } {
  const trackingOf = (mode: string | null): boolean | null => (mode === null ? null : mode !== 'Off');

  const readLegacyText = (): Promise<WordResult<LegacyTextOutcome>> =>
    guard<LegacyTextOutcome>('readLegacyText', () =>
      host.run(async (context) => {
        const document = context.document;
        const controls = liveControls(document.body.contentControls, support).load('items/tag');
        const paragraphs = document.body.paragraphs.load('items/text,items/styleBuiltIn,items/tableNestingLevel');
        const state = support.supports('1.4') ? document.load('changeTrackingMode') : null;
        await context.sync();
        const annotatiePresent = controls.items.some((control) => control.tag === WRAPPER_TAG || fieldByTag(control.tag) !== undefined);
        const found: LegacyTextParagraph[] = annotatiePresent
          ? []
          : paragraphs.items.map((paragraph) => ({
              text: paragraphText(paragraph.text),
              heading: isHeadingStyle(paragraph.styleBuiltIn),
              inTable: (paragraph.tableNestingLevel ?? 0) > 0,
            }));
        return {
          ok: true as const,
          annotatiePresent,
          paragraphs: found,
          span: spanOfText(found.map((paragraph) => paragraph.text)),
          trackingChanges: trackingOf(state ? state.changeTrackingMode : null),
        };
      }),
    );

  const removeLegacyText = (span: LegacyTextSpan): Promise<WordResult<RemoveLegacyOutcome>> =>
    guard<RemoveLegacyOutcome>('removeLegacyText', () =>
      host.run(async (context) => {
        const document = context.document;
        const paragraphs = document.body.paragraphs.load('items/text');
        const state = support.supports('1.4') ? document.load('changeTrackingMode') : null;
        await context.sync();
        const tracked = trackingOf(state ? state.changeTrackingMode : null);
        const at = locateSpan(
          span,
          paragraphs.items.map((paragraph) => paragraph.text),
        );
        if (at < 0) return { ok: true as const, status: 'changed' as const, removed: 0, tracked };
        const doomed = paragraphs.items.slice(at, at + span.texts.length);
        for (const paragraph of doomed) paragraph.delete();
        await context.sync();
        return { ok: true as const, status: 'removed' as const, removed: doomed.length, tracked };
      }),
    );

  return { readLegacyText, removeLegacyText };
}
