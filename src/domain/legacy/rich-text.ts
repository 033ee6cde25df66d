/**
 * The text of a rich-text field (Toelichting, Behandeladvies, Achtergrondinformatie) from the
 * lines it was found in: lines joined into paragraphs where the line breaks are layout (PDF
 * text), bullet lines marked, sub-headings found.
 *
 * Decisions (documented in README.md):
 * - A bullet line is written "• " + the item's text as written. OCR turns the bullet glyph into
 *   "e", "o", "·" or "-"; that glyph is the list's formatting, not the author's word, so it is
 *   replaced by the one bullet the form shows. Everything after it is kept letter for letter.
 * - Reflowed lines are joined with one space; a line ending in a hyphen after a letter is joined
 *   without one, hyphen kept ("Mede-" + "portefeuillehouder"): we cannot tell a broken word
 *   from a compound, so nothing is removed.
 * - A paragraph ends at a blank line, before and after a sub-heading, at a bullet, after a line
 *   ending in ':', and after a clearly short line ending a sentence (a PDF without blank lines).
 */

export interface SourceLine {
  readonly text: string;
  readonly blank: boolean;
  readonly heading: boolean;
  readonly listItem: boolean;
}

export interface Paragraph {
  readonly text: string;
  readonly heading: boolean;
  readonly bullet: boolean;
}

export const BULLET = '•';

/**
 * A line that starts with a bullet: a real glyph ("•", "-", "▪", Symbol-font "") before any
 * word, or a lone "e"/"o" — OCR's usual misreading of "•" and "◦" — before a capital or digit
 * ("e Wat is de aard…", "o  Welke…"), or before any word inside a list (after a line ending in
 * ":" or ";", or another bullet). "o.a." and "e-mail" do not match: the glyph stands alone.
 */
const GLYPH_BULLET = /^(?:[•·▪■◦○●\-–*»➢]|\uf0b7|\uf0a7)\s+(?=\S)/u;
const LETTER_BULLET = /^[eo]\s+(?=[\p{Lu}\d‘'"(])/u;
const LETTER_BULLET_IN_LIST = /^[eo]\s+(?=\p{L})/u;

function bulletText(line: string, inList = false): string | null {
  const match = GLYPH_BULLET.exec(line) ?? LETTER_BULLET.exec(line) ?? (inList ? LETTER_BULLET_IN_LIST.exec(line) : null);
  return match ? line.slice(match[0].length) : null;
}

const SENTENCE_END = /[.!?:;]["'’”)]*$/u;
const HEADING_END = /[.,;:!?]$/u;

function looksLikeHeading(text: string): boolean {
  if (text.length > 60 || HEADING_END.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  return text.split(/\s+/).length <= 8;
}

/**
 * Paragraphs of a field. `reflow`: whether single line breaks are layout (see LegacyInput).
 * The first paragraph is a sub-heading only where `firstMayBeHeading` (the Overige toelichting,
 * which often starts with one): elsewhere the field's own label was the heading above it.
 */
export function paragraphs(lines: readonly SourceLine[], reflow: boolean, lineWidth: number, firstMayBeHeading = false): readonly Paragraph[] {
  const out: Paragraph[] = [];
  let current: { text: string; bullet: boolean } | null = null;
  let inBullet = false;
  let previousEnded = true; // the previous line ended a sentence, or there was none / a blank
  const close = (): void => {
    if (current && current.text !== '') out.push({ text: current.text, heading: false, bullet: current.bullet });
    current = null;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line) continue;
    if (line.blank) {
      close();
      previousEnded = true;
      continue;
    }
    const text = line.text;
    const next = lines[index + 1];
    // A heading stands above text; a blank line between them does not change that.
    const followedByText = lines.slice(index + 1, index + 3).some((later) => !later.blank);
    const firstContent = !firstMayBeHeading && out.length === 0 && current === null;
    const heading = !firstContent && !line.listItem && (line.heading || (previousEnded && looksLikeHeading(text) && (followedByText || !reflow)));
    if (heading) {
      close();
      out.push({ text, heading: true, bullet: false });
      previousEnded = true;
      continue;
    }
    const inList: boolean = inBullet || /[:;]$/u.test(lines[index - 1]?.text ?? '');
    const bullet: string | null = line.listItem ? text : bulletText(text, inList);
    inBullet = bullet !== null || (inBullet && /^\p{Ll}/u.test(text));
    if (bullet !== null) {
      close();
      current = { text: bullet, bullet: true };
    } else if (!reflow || current === null) {
      close();
      current = { text, bullet: false };
    } else if (current.bullet && !/^[\p{Ll}]/u.test(text)) {
      // A bullet item continues only with a lower-case word; anything else is the next paragraph.
      close();
      current = { text, bullet: false };
    } else {
      current.text = joinLines(current.text, text);
    }
    previousEnded = SENTENCE_END.test(text);
    // A line after which the next line's first word would still have fitted was ended by its
    // author, not by the margin: when a sentence ends there, or the next line starts anew (a list
    // of document titles), the paragraph ends. 0.9: characters are not all equally wide.
    const nextWord = next === undefined || next.blank ? '' : (next.text.split(/\s/u)[0] ?? '');
    const fits = reflow && lineWidth > 40 && nextWord !== '' && text.length + 1 + nextWord.length < lineWidth * 0.9;
    const nextStarts = /^[\p{Lu}\d•]/u.test(nextWord);
    if (!reflow || text.endsWith(':') || (fits && (/[.!?]["'’”)]*$/u.test(text) || nextStarts))) close();
  }
  close();
  return out;
}

export function joinLines(before: string, after: string): string {
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before + after;
  return `${before} ${after}`;
}

/** A field's value from its paragraphs: one line each, bullets as "• text". */
export function paragraphText(list: readonly Paragraph[]): string {
  return list.map((paragraph) => (paragraph.bullet ? `${BULLET} ${paragraph.text}` : paragraph.text)).join('\n');
}
