/**
 * Text as a Word document can hold it. A .docx is XML 1.0, which cannot carry most C0 control
 * characters, U+FFFE/U+FFFF or unpaired surrogates (XML 1.0 §2.2 Char); the .docx layer drops
 * them when it writes (src/document/ooxml/template.ts documentText), so the Word layer drops the
 * same ones before it writes: a value then reads back the same from Word and from the file.
 * Line breaks of any convention become "\n" (one paragraph per line).
 */
export function wordText(value: string): string {
  let out = '';
  for (const char of value.replace(/\r\n|\r/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (
      code === 0x9 ||
      code === 0xa ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff)
    ) {
      out += char;
    }
  }
  return out;
}
