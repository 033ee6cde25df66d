import type { LegacyInput } from './types';

/**
 * Plain text (a .txt file, or text copied out of a PDF as in the seed) as recogniser input:
 * one paragraph per line, and line breaks treated as layout (reflow), since text taken from a
 * PDF breaks lines where the page was full.
 */
export function textBlocks(text: string): LegacyInput {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { blocks: clean.split(/\r\n|\r|\n/u).map((line) => ({ kind: 'paragraph', text: line })), reflow: true };
}
