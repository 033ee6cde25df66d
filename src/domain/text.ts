/**
 * Small text helpers shared by the parsers and rules. Everything here is linear in the input
 * length: validation runs on every keystroke and must survive megabyte pastes, and the command
 * line runs it on documents from anywhere.
 *
 * Regexes over user text, here and in the rest of src/ (audited for issue 8; each is a single
 * character class, anchored with bounded repetition, or run only on input of bounded length, so
 * none can backtrack more than linearly — test/domain/linear-time.test.ts runs each public entry
 * point on 50 000-character adversarial input in a child process with a timeout):
 * - here: squash, foldChoice, quoteable, UNWRITABLE, DROPPED, writableText: one
 *   character class each (with or without +); isBlank is a loop (see there).
 * - dates.ts: every pattern anchored ^…$ with bounded or disjoint repetition, and readDate
 *   refuses text over 80 characters before any of them runs.
 * - phone/phones.ts: classes and anchored prefixes; readPhone and phoneProblem stop above 64.
 * - email.ts: LOCAL is one class; DOMAIN's labels end in a dot no label contains, so there is one
 *   way to split; parseEmail stops above 254. rules/email-format.ts: repair() stops above 254 and
 *   no longer uses \s*([@.])\s* or \.+$ (quadratic on a long run of spaces or dots); the list
 *   split in addressCount is one class and stops above 2 032.
 * - messages/index.ts INVISIBLE, cli/terminal.ts UNSAFE, cli/commands/check.ts oneLine, export.ts
 *   CSV quoting, taskpane/i18n.ts {name} placeholders: one class or a literal each.
 * - profile.ts host names: a length lookahead (?=.{4,253}$) bounds the rest.
 * - document/ooxml: the tokenizer scans with indexOf and charCodeAt; its few regexes are one class
 *   or run on at most 64 characters (references) or 512 (the XML declaration).
 * - document/word/fake/engine.ts matches our own OOXML in tests, never user text.
 */

/**
 * True for text that holds nothing but whitespace: no-break and zero-width spaces, and control
 * characters Word's Range.text leaves behind (\u0007 end-of-cell marks in table cells, \u000b
 * manual line breaks, \u000c page breaks).
 *
 * A loop, not a regex: the alternation this replaced, /^(?:\s|[\u0000-\u001f\u007f]|…|\ufeff)*$/u,
 * matched a tab, newline, CR or U+FEFF by two alternatives, so text starting with n of them and
 * then anything else backtracked 2^n ways (40 tabs: minutes), and ten million blanks overflowed
 * the regex stack. The set is exactly that pattern's: JavaScript's \s, C0 controls, DEL, U+200B–
 * U+200D and U+2060 (test/domain/text.test.ts compares them code unit by code unit).
 */
export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (!isBlankCode(text.charCodeAt(index))) return false;
  }
  return true;
}

function isBlankCode(code: number): boolean {
  if (code <= 0x20) return true; // C0 controls (tab, LF, VT, FF, CR among them) and space
  if (code < 0x7f) return false;
  return (
    code === 0x7f ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) || // en quad … hair space (\s), then ZWSP, ZWNJ, ZWJ
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
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

/**
 * A value short enough to quote in a message; users paste whole paragraphs into the wrong field.
 * Only real whitespace is flattened: zero-width characters stay, so the message layer can show
 * them (⟨U+200B⟩) instead of a space that is not in the value ("jan@zoetermeer .nl").
 */
export function quoteable(text: string, max = 60): string {
  // [^\S\ufeff]: \s and trim() count U+FEFF as whitespace, but it is invisible, not a space.
  const flat = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/[^\S\ufeff]+/gu, ' ').replace(/^ | $/g, '');
  if (flat.length <= max) return flat;
  // Never cut a surrogate pair in two: the half would show as a character that is not in the value.
  const cut = /[\ud800-\udbff]/.test(flat.charAt(max - 2)) ? max - 2 : max - 1;
  return `${flat.slice(0, cut)}…`;
}

/**
 * Characters a .docx cannot hold: XML 1.0 §2.2 Char excludes the C0 controls except tab, line
 * feed and carriage return, U+FFFE/U+FFFF and surrogates. With the u flag a surrogate range only
 * matches a lone surrogate (a paired one is read as its astral code point), which is exactly the
 * unpaired kind XML forbids.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/u;

/**
 * What text_invalid_characters removes: UNWRITABLE, plus the bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069). Those are writable but invisible, and they make text
 * display differently from what it holds (a right-to-left override turns "gpj.exe" around); a
 * name or address never needs one.
 */
// eslint-disable-next-line no-control-regex -- see UNWRITABLE
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]/gu;

/** Whether `text` holds characters a document cannot hold (severity error in text_invalid_characters). */
export function hasUnwritableCharacters(text: string): boolean {
  return UNWRITABLE.test(text);
}

const UNWRITABLE_ALL = new RegExp(UNWRITABLE.source, 'gu');

/**
 * The value as a document holds it: line breaks of any convention as "\n", and the characters
 * XML 1.0 cannot carry (UNWRITABLE) dropped. Both writers — the .docx template and the Word
 * layer — write exactly this, so a value reads back the same from Word and from the file.
 */
export function writableText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNWRITABLE_ALL, '');
}

/**
 * The text with every character of text_invalid_characters removed (DROPPED): the finding's
 * suggestion, and the ORI title's text. The writers do not call it: they write writableText,
 * which drops only what XML cannot hold and keeps bidi controls, so accepting the suggestion is
 * what takes those out of the document. Returns `text` itself when there is nothing to remove
 * (no copy of a megabyte paste).
 */
export function cleanText(text: string): string {
  DROPPED.lastIndex = 0;
  return DROPPED.test(text) ? text.replace(DROPPED, '') : text;
}

/** The distinct dropped characters of `text` as U+XXXX, in order of first appearance, at most `max`. */
export function droppedCharacters(text: string, max = 5): readonly string[] {
  const found: string[] = [];
  for (const match of text.matchAll(DROPPED)) {
    const name = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    if (!found.includes(name)) found.push(name);
    if (found.length >= max) break;
  }
  return found;
}
