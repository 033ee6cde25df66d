/**
 * A small, strict, non-validating XML tokenizer for the parts of a .docx.
 *
 * Why hand-written instead of saxes: the reader only needs element starts/ends and the text of a
 * few elements, and a charCodeAt loop over the whole part is several times faster than a general
 * SAX parser (see bench/docx.bench.ts). Why strict about DTDs: WordprocessingML never has one
 * (ECMA-376 Part 2 §8.1 forbids DTDs in OPC parts), and a DOCTYPE is how XXE and billion-laughs
 * attacks start. So a DOCTYPE is refused outright, and no entity is ever expanded except the five
 * predefined ones and numeric character references (XML 1.0 §4.6, §4.1).
 *
 * Expected failures are values: tokenize() returns an XmlError, it never throws on input.
 */

export type XmlErrorKind = 'dtd' | 'entity' | 'malformed';

export interface XmlError {
  readonly kind: XmlErrorKind;
  readonly message: string;
  readonly offset: number;
}

export interface XmlHandler {
  /** `attrs` is flat: name, value, name, value… with entity references decoded. */
  readonly open: (name: string, attrs: readonly string[], selfClosing: boolean) => void;
  readonly close: (name: string) => void;
  /** Character data (decoded). Whitespace between elements is reported too. */
  readonly text: (text: string) => void;
}

const GT = 62; // >
const SLASH = 47; // /
const QMARK = 63; // ?
const BANG = 33; // !
const EQ = 61; // =
const DQUOTE = 34;
const SQUOTE = 39;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isNameEnd(code: number): boolean {
  return isSpace(code) || code === GT || code === SLASH || code === EQ || Number.isNaN(code);
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlFailure {
  constructor(readonly error: XmlError) {}
}

function fail(kind: XmlErrorKind, message: string, offset: number): never {
  // Internal control flow only: caught in tokenize() and returned as a value.
  throw new XmlFailure({ kind, message, offset });
}

function decodeEntities(raw: string, offset: number): string {
  if (raw.indexOf('&') < 0) return raw;
  let out = '';
  let last = 0;
  let at = raw.indexOf('&');
  while (at >= 0) {
    const end = raw.indexOf(';', at);
    if (end < 0 || end - at > 12) fail('malformed', 'a "&" that does not start a character reference', offset + at);
    out += raw.slice(last, at);
    const name = raw.slice(at + 1, end);
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120; /* x */
      const digits = name.slice(hex ? 2 : 1);
      const code = digits.length === 0 ? Number.NaN : Number.parseInt(digits, hex ? 16 : 10);
      const valid = /^[0-9a-fA-F]+$/.test(digits) && (hex || /^[0-9]+$/.test(digits));
      if (!valid || !isXmlChar(code)) fail('malformed', `invalid character reference &${name};`, offset + at);
      out += String.fromCodePoint(code);
    } else {
      const value = PREDEFINED[name];
      // Any other entity would need a DTD to define it; we never expand one (XXE, billion laughs).
      if (value === undefined) fail('entity', `undefined entity &${name};`, offset + at);
      out += value;
    }
    last = end + 1;
    at = raw.indexOf('&', last);
  }
  return out + raw.slice(last);
}

/** XML 1.0 §2.2 Char production. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Tokenizes `xml`, calling `handler`; returns an error for anything that is not well-formed. */
export function tokenize(xml: string, handler: XmlHandler): XmlError | undefined {
  try {
    run(xml, handler);
    return undefined;
  } catch (caught) {
    if (caught instanceof XmlFailure) return caught.error;
    throw caught;
  }
}

function run(xml: string, handler: XmlHandler): void {
  const length = xml.length;
  const stack: string[] = [];
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seenRoot = false;
  while (pos < length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      if (stack.length > 0) handler.text(decodeEntities(xml.slice(pos, textEnd), pos));
      else if (xml.slice(pos, textEnd).trim() !== '') fail('malformed', 'text outside the root element', pos);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QMARK) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) fail('malformed', 'unterminated processing instruction', lt);
      pos = end + 2;
    } else if (next === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) fail('malformed', 'unterminated comment', lt);
        pos = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) fail('malformed', 'unterminated CDATA section', lt);
        if (stack.length === 0) fail('malformed', 'CDATA outside the root element', lt);
        handler.text(xml.slice(lt + 9, end));
        pos = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        fail('dtd', 'a document type declaration (DTD) is not allowed in a .docx part', lt);
      } else {
        fail('malformed', 'unexpected markup declaration', lt);
      }
    } else if (next === SLASH) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) fail('malformed', 'unterminated end tag', lt);
      const name = xml.slice(lt + 2, end).trimEnd();
      const open = stack.pop();
      if (open !== name) fail('malformed', `end tag </${name}> does not match <${open ?? ''}>`, lt);
      handler.close(name);
      pos = end + 1;
    } else {
      // A second root element is not well-formed (XML 1.0 §2.1).
      if (seenRoot && stack.length === 0) fail('malformed', 'more than one root element', lt);
      pos = startTag(xml, lt, stack, handler);
      seenRoot = true;
    }
  }
  if (stack.length > 0) fail('malformed', `unexpected end of part inside <${stack[stack.length - 1] ?? ''}>`, length);
  if (!seenRoot) fail('malformed', 'no root element', 0);
}

function startTag(xml: string, lt: number, stack: string[], handler: XmlHandler): number {
  let pos = lt + 1;
  const nameStart = pos;
  while (!isNameEnd(xml.charCodeAt(pos))) pos += 1;
  if (pos === nameStart || pos >= xml.length) fail('malformed', 'unterminated or nameless start tag', lt);
  const name = xml.slice(nameStart, pos);
  const attrs: string[] = [];
  for (;;) {
    while (isSpace(xml.charCodeAt(pos))) pos += 1;
    const code = xml.charCodeAt(pos);
    if (code === GT) {
      stack.push(name);
      handler.open(name, attrs, false);
      return pos + 1;
    }
    if (code === SLASH) {
      if (xml.charCodeAt(pos + 1) !== GT) fail('malformed', `"/" not followed by ">" in <${name}>`, pos);
      handler.open(name, attrs, true);
      handler.close(name);
      return pos + 2;
    }
    if (Number.isNaN(code)) fail('malformed', `unterminated start tag <${name}>`, lt);
    const attrStart = pos;
    while (!isNameEnd(xml.charCodeAt(pos))) pos += 1;
    if (pos === attrStart) fail('malformed', `unexpected character in <${name}>`, pos);
    const attrName = xml.slice(attrStart, pos);
    while (isSpace(xml.charCodeAt(pos))) pos += 1;
    if (xml.charCodeAt(pos) !== EQ) fail('malformed', `attribute ${attrName} without a value`, pos);
    pos += 1;
    while (isSpace(xml.charCodeAt(pos))) pos += 1;
    const quote = xml.charCodeAt(pos);
    if (quote !== DQUOTE && quote !== SQUOTE) fail('malformed', `attribute ${attrName} value not quoted`, pos);
    const end = xml.indexOf(quote === DQUOTE ? '"' : "'", pos + 1);
    if (end < 0) fail('malformed', `unterminated attribute ${attrName}`, pos);
    const raw = xml.slice(pos + 1, end);
    if (raw.indexOf('<') >= 0) fail('malformed', `"<" in attribute ${attrName}`, pos);
    attrs.push(attrName, raw.indexOf('&') >= 0 ? decodeEntities(raw, pos + 1) : raw);
    pos = end + 1;
    const after = xml.charCodeAt(pos);
    if (!isSpace(after) && after !== GT && after !== SLASH) fail('malformed', `no space after attribute ${attrName}`, pos);
  }
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        // Attribute-value normalisation would turn these into spaces (XML 1.0 §3.3.3).
        return `&#${char.charCodeAt(0)};`;
    }
  });
}
