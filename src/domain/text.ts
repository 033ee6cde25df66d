/**
 * Small text helpers shared by the parsers and rules. Everything here is linear in the input
 * length: validation runs on every keystroke and must survive megabyte pastes.
 */

/**
 * True for text that holds nothing but whitespace: no-break and zero-width spaces, and control
 * characters Word's Range.text leaves behind (\u0007 end-of-cell marks in table cells, \u000b
 * manual line breaks, \u000c page breaks).
 */
export function isBlank(text: string): boolean {
  // Alternation, not a class: a zero-width joiner inside a class trips no-misleading-character-class.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
  return /^(?:\s|[\u0000-\u001f\u007f]|\u200b|\u200c|\u200d|\u2060|\ufeff)*$/u.test(text);
}

/** Trim, and collapse inner runs of whitespace (Word's non-breaking spaces included) to one space. */
export function squash(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/gu, ' ').trim();
}

/**
 * The comparison form of a choice value: case, spacing and apostrophe style do not make a
 * different choice ("Alle programma's" typed on a keyboard is Word's autocorrected "Alle programma’s").
 */
export function foldChoice(text: string): string {
  // NFC: a pasted "é" may be e + combining accent (macOS, PDFs), which must equal the listed "é".
  return squash(text)
    .normalize('NFC')
    .replace(/[’‘`´ʼ]/gu, "'")
    .replace(/[‐‑‒–—]/gu, '-')
    // Plain toLowerCase: Dutch has no locale-specific case rules (ij → ij either way), and the
    // locale-aware variant goes through ICU at several µs per call, on every keystroke.
    .toLowerCase();
}

const FOLDED_OPTIONS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The folded forms of a profile's option list, computed once per list (profiles are immutable). */
export function foldedOptions(options: readonly string[]): ReadonlySet<string> {
  let folded = FOLDED_OPTIONS.get(options);
  if (!folded) {
    folded = new Set(options.map(foldChoice));
    FOLDED_OPTIONS.set(options, folded);
  }
  return folded;
}

/** A value short enough to quote in a message; users paste whole paragraphs into the wrong field. */
export function quoteable(text: string, max = 60): string {
  const flat = squash(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
