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
 * Strict where a lenient reader would see other values than a conforming one (libxml2, .NET,
 * Word): a repeated attribute (§3.1 "Unique Att Spec") and an entity name outside the five are
 * refused, and line ends (§2.11) and attribute values (§3.3.3) are normalised as the standard
 * says. Nesting is capped (maxDepth), so depth costs a bounded, linear amount of memory here and
 * in every handler's stacks.
 *
 * Not checked: characters outside §2.2 Char (C0 controls, U+FFFE/U+FFFF). A regex over the whole
 * part measured 10-20 % of reading a small document, and nothing is lost without it: decodePart
 * cannot produce a lone surrogate, and a control character that reaches a value is reported by
 * the domain's text_invalid_characters (severity error) instead.
 *
 * Expected failures are values: tokenize() returns an XmlError, it never throws on input.
 */

export type XmlErrorKind =
  | 'dtd'
  | 'entity'
  | 'malformed'
  /** Elements nested deeper than TokenizeOptions.maxDepth. */
  | 'too_deep'
  /** Bytes that are not valid UTF-8/UTF-16, or a declared encoding other than those (decodePart). */
  | 'encoding';

export interface XmlError {
  readonly kind: XmlErrorKind;
  readonly message: string;
  readonly offset: number;
}

export interface TokenizeOptions {
  /** Deepest element nesting accepted; DEFAULT_MAX_DEPTH when not given. */
  readonly maxDepth?: number;
}

/**
 * 1024 levels: four times libxml2's default limit (256, xmlParserMaxDepth) and some fifty times
 * what Word writes: the deepest part of the 19 Word-made test fixtures nests 22 levels (a
 * document.xml with text boxes, tables and nested content controls), and
 * test/ooxml/word-made-fixtures.test.ts keeps every part of them below 64.
 */
export const DEFAULT_MAX_DEPTH = 1024;

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

/**
 * The five predefined entities (XML 1.0 §4.6). A switch, not an object lookup: a name from the
 * file must never reach Object.prototype ("&constructor;" would read as function source text).
 */
function predefined(name: string): string | undefined {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return undefined;
  }
}

class XmlFailure {
  constructor(readonly error: XmlError) {}
}

function fail(kind: XmlErrorKind, message: string, offset: number): never {
  // Internal control flow only: caught in tokenize() and returned as a value.
  throw new XmlFailure({ kind, message, offset });
}

function decodeEntities(raw: string, offset: number): string {
  let at = raw.indexOf('&');
  if (at < 0) return raw;
  // Pieces joined in flat chunks: `out +=` per reference built a rope of one node per piece, so a
  // 60 MB part that is nothing but "&amp;" took 7 s and 540 MB to check; a single pieces array
  // still held 12 million pointers. Chunks of 4096 keep the transient small and the join linear.
  const chunks: string[] = [];
  const pieces: string[] = [];
  let last = 0;
  while (at >= 0) {
    if (pieces.length >= 4096) {
      chunks.push(pieces.join(''));
      pieces.length = 0;
    }
    const end = raw.indexOf(';', at);
    // No real entity or character reference is this long; the bound only picks the message.
    if (end < 0 || end - at > 64) fail('malformed', 'a "&" that does not start a reference', offset + at);
    if (at > last) pieces.push(raw.slice(last, at));
    const name = raw.slice(at + 1, end);
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120; /* x */
      const digits = name.slice(hex ? 2 : 1);
      const code = digits.length === 0 ? Number.NaN : Number.parseInt(digits, hex ? 16 : 10);
      const valid = /^[0-9a-fA-F]+$/.test(digits) && (hex || /^[0-9]+$/.test(digits));
      if (!valid || !isXmlChar(code)) fail('malformed', `invalid character reference &${name};`, offset + at);
      pieces.push(String.fromCodePoint(code));
    } else {
      const value = predefined(name);
      // Any other entity would need a DTD to define it; we never expand one (XXE, billion laughs).
      if (value === undefined) fail('entity', `undefined entity &${name};`, offset + at);
      pieces.push(value);
    }
    last = end + 1;
    at = raw.indexOf('&', last);
  }
  if (last < raw.length) pieces.push(raw.slice(last));
  chunks.push(pieces.join(''));
  return chunks.length === 1 ? (chunks[0] as string) : chunks.join('');
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
export function tokenize(xml: string, handler: XmlHandler, options: TokenizeOptions = {}): XmlError | undefined {
  try {
    run(xml, handler, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    return undefined;
  } catch (caught) {
    if (caught instanceof XmlFailure) return caught.error;
    throw caught;
  }
}

/** XML 1.0 §2.11: a CR LF pair and a lone CR are read as one LF (a &#13; reference stays a CR). */
function normalizeLineEnds(raw: string): string {
  return raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
}

function run(xml: string, handler: XmlHandler, maxDepth: number): void {
  const length = xml.length;
  const stack: string[] = [];
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seenRoot = false;
  while (pos < length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      if (stack.length > 0) handler.text(decodeEntities(normalizeLineEnds(xml.slice(pos, textEnd)), pos));
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
        handler.text(normalizeLineEnds(xml.slice(lt + 9, end)));
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
      if (stack.length > maxDepth) fail('too_deep', `elements nested more than ${maxDepth} deep`, lt);
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
  let seen: Set<string> | undefined;
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
    // A quadratic scan while attributes are few (every Word element); a set beyond that.
    if (seen) {
      if (seen.has(attrName)) fail('malformed', `attribute ${attrName} given twice in <${name}>`, attrStart);
      seen.add(attrName);
    } else {
      for (let index = 0; index < attrs.length; index += 2) {
        if (attrs[index] === attrName) fail('malformed', `attribute ${attrName} given twice in <${name}>`, attrStart);
      }
      if (attrs.length >= 32) seen = new Set(attrs.filter((_, index) => index % 2 === 0)).add(attrName);
    }
    // §3.3.3: literal tabs and line ends in a value are spaces (CR LF one space); references stay.
    const normal = raw.indexOf('\t') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n|[\t\n\r]/g, ' ');
    attrs.push(attrName, normal.indexOf('&') >= 0 ? decodeEntities(normal, pos + 1) : normal);
    pos = end + 1;
    const after = xml.charCodeAt(pos);
    if (!isSpace(after) && after !== GT && after !== SLASH) fail('malformed', `no space after attribute ${attrName}`, pos);
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const STRICT_UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const STRICT_UTF16BE = new TextDecoder('utf-16be', { fatal: true });

/**
 * The text of an XML part: UTF-8, or UTF-16 with a byte order mark, and an encoding declaration
 * (if any) that names the same (ECMA-376 Part 2 §8.1.4, M1.17: UTF-8 or UTF-16 only). Decoding is
 * fatal: bytes that are not valid in the encoding are an error, never U+FFFD, which would put a
 * character in a value that the file does not hold (and a conforming XML parser refuses the part).
 */
export function decodePart(bytes: Uint8Array): string | XmlError {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? STRICT_UTF16LE : bytes[0] === 0xfe && bytes[1] === 0xff ? STRICT_UTF16BE : undefined;
  let text: string;
  try {
    // The decoders drop a leading byte order mark themselves (ignoreBOM is false).
    text = (utf16 ?? STRICT_UTF8).decode(bytes);
  } catch {
    return { kind: 'encoding', message: `the part is not valid ${utf16 ? 'UTF-16' : 'UTF-8'}`, offset: 0 };
  }
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    const declaration = text.slice(0, end < 0 || end > 512 ? 0 : end);
    const label = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(declaration)?.[2]?.toLowerCase();
    if (label !== undefined && label !== (utf16 ? 'utf-16' : 'utf-8')) {
      return { kind: 'encoding', message: `the part declares encoding "${label}" but is ${utf16 ? 'UTF-16' : 'UTF-8'}`, offset: 0 };
    }
  }
  return text;
}

/**
 * Escapes text for element content. Three native replaces, "&" first: a callback per match made
 * 24 MB of "<&" take 11 s to write; this is linear at native speed.
 */
export function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
