/**
 * Human output goes to a terminal, and values come from documents and JSON files written by
 * others: an ESC or BEL in a value would be obeyed by the terminal (clear the screen, retitle
 * the window, fake a line), and a bidi override would make a line read differently from what it
 * says (CVE-2021-42574, "Trojan Source"). So every C0 and C1 control (tab and line break too:
 * our own line structure is added after escaping) and the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) are shown as `\uXXXX`, the way JSON would write them.
 * JSON output does not need this: JSON.stringify already escapes C0 controls, and a JSON reader
 * is not a terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Lines of human output, each made safe, joined and ended with a line break. */
export function humanText(lines: readonly string[]): string {
  return `${lines.map(terminalSafe).join('\n')}\n`;
}
