/**
 * A small non-validating XML 1.0 tokenizer for the parts of a .docx.
 *
 * Why hand-written instead of saxes: the reader only needs element starts/ends and the text of a
 * few elements, and a charCodeAt/indexOf loop does that in about a third of saxes' time.
 * bench/xml.bench.ts measures it on a 6 MB document.xml built from a Word 16 document's body:
 * tokenize() with the reader's NamespaceResolver, keeping every text, against saxes 6.0.0 with
 * `xmlns: true` keeping the same text (xml.tokenizer6MB.ms, xml.saxes6MB.ms,
 * xml.saxesVsTokenizer). For issue 9 it printed 230 ms against 706 ms, 3.07×, on the team's
 * loaded 2-core machine (the ratio held at 3.0–3.1× over runs whose times varied twofold); the
 * tokenizer alone, without namespaces, took 171 ms.
 *
 * Why no DTD: WordprocessingML never has one (ECMA-376 Part 2 §8.1 forbids DTDs in OPC parts),
 * and a DOCTYPE is how XXE and billion-laughs attacks start. So a DOCTYPE is refused outright,
 * and no entity is ever expanded except the five predefined ones and numeric character
 * references (XML 1.0 §4.6, §4.1).
 *
 * Refused, because conforming parsers (libxml2, .NET, Word, saxes) refuse it and Word never
 * writes it, so a reader that took it would read files the others call corrupt, or read them
 * differently: a repeated attribute (§3.1), any entity but the five, a Name that is not one
 * (§2.3) or not a qualified name ("a:b:c", ":a", "a:1"; Namespaces in XML §3), "--" in a comment
 * (§2.5), "]]>" in text (§2.4), "<" in an attribute value (§3.1), a second root or text outside
 * the root (§2.1), an XML declaration anywhere but at the very start, or one other than version
 * 1.0 with an optional encoding and standalone (§2.8; a 1.1 part would have other line ends), a
 * processing instruction without a proper target (§2.6). Line ends (§2.11) and attribute values
 * (§3.3.3) are normalised as the standard says. Nesting is capped (maxDepth), so depth costs a
 * bounded, linear amount of memory here and in every handler's stacks. What the issue 9 checks
 * cost, against this tokenizer without them (CPU time, medians of ten runs of 41 alternating
 * rounds): +2.6 % on the 6 MB part, +0.2 % over the twelve Word-made document.xml fixtures, +3.8 %
 * on our own document.xml, with a run-to-run spread of about ±5 %. The name checks run inside the
 * one name loop: a separate pass over each name had cost about a fifth.
 *
 * Accepted although XML forbids it, on purpose:
 * - Characters outside §2.2 Char (C0 controls, U+FFFE/U+FFFF). A regex over the whole part
 *   measured 10-20 % of reading a small document, and nothing is lost without it: decodePart
 *   cannot produce a lone surrogate, and a control character that reaches a value is reported by
 *   the domain's text_invalid_characters (severity error) instead.
 * - The binding rules of Namespaces in XML: an unbound prefix, xmlns:p="", the xml and xmlns
 *   prefixes rebound, one expanded attribute name twice under two prefixes. This tokenizer does
 *   not know namespaces; NamespaceResolver gives an unbound prefix a name ("{p:}a") that no code
 *   looks for. Word never writes any of them.
 * test/ooxml/xml-tokenizer-vs-saxes.test.ts checks on generated documents that we and saxes read
 * the same, refuse the same otherwise, and pins each of these differences.
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

/** Whether xml[from, to) is only XML white space (§2.3 S): String#trim would also drop U+00A0, U+FEFF… */
function onlySpace(xml: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (!isSpace(xml.charCodeAt(at))) return false;
  return true;
}

const NOT_NAME = 0;
const NAME_START = 1;
/** A NameChar that may not start a name: digits, "-", ".", U+00B7 and the combining ranges. */
const NAME_ONLY = 2;
/** A high surrogate that, with the low one after it, is a NameStartChar in U+10000–U+EFFFF. */
const NAME_PAIR = 3;
/** ":", a NameStartChar of XML 1.0 that Namespaces in XML §3 allows once, between two names. */
const NAME_COLON = 4;

/**
 * XML 1.0 §2.3 for ASCII, one table lookup a character: the name loop is the tokenizer's hottest
 * code after indexOf (every tag and attribute name of a part goes through it).
 */
const ASCII_NAME = new Uint8Array(128).map((_, code) =>
  code === 58
    ? NAME_COLON
    : (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
      ? NAME_START
      : (code >= 48 && code <= 57) || code === 45 || code === 46
        ? NAME_ONLY
        : NOT_NAME,
);

/** §2.3 NameStartChar / NameChar above ASCII (never in a Word-saved part, but legal XML). */
function wideNameKind(xml: string, at: number, code: number): number {
  if (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd)
  ) {
    return NAME_START;
  }
  if (code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040) return NAME_ONLY;
  // U+10000–U+EFFFF: high surrogates D800–DB7F, each followed by a low one.
  if (code >= 0xd800 && code <= 0xdb7f) {
    const low = xml.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return NAME_PAIR;
  }
  return NOT_NAME;
}

/**
 * Where the qualified name that starts at `pos` ends; `pos` itself when no name starts there.
 * A Name (XML 1.0 §2.3) that is also a QName (Namespaces in XML §3): at most one colon, with a
 * name on both sides, so "a:b:c", ":a", "a:" and "a:1" are refused, as every reader that resolves
 * prefixes (Word, libxml2, .NET) refuses them. Checked inside the one loop: a separate indexOf
 * pass over each name measured 15-20 % of tokenizing a Word part.
 */
function qnameEnd(xml: string, pos: number, what: string): number {
  let at = pos;
  let localStart = -1;
  for (;;) {
    const code = xml.charCodeAt(at);
    // NaN (past the end) is not < 128 and is no name character either.
    const kind = code < 128 ? (ASCII_NAME[code] ?? NOT_NAME) : wideNameKind(xml, at, code);
    if (kind === NAME_COLON) {
      if (at === pos || localStart >= 0) fail('malformed', `${what} ${xml.slice(pos, qnameEndLoose(xml, at))} is not a qualified name (Namespaces in XML §3)`, pos);
      localStart = at + 1;
      at += 1;
      continue;
    }
    if (kind === NOT_NAME || (kind === NAME_ONLY && (at === pos || at === localStart))) {
      if (at === localStart) fail('malformed', `${what} ${xml.slice(pos, qnameEndLoose(xml, at))} is not a qualified name (Namespaces in XML §3)`, pos);
      return at;
    }
    at += kind === NAME_PAIR ? 2 : 1;
  }
}

/** For messages only: the end of the name-like run at `at`, colons and all. */
function qnameEndLoose(xml: string, at: number): number {
  let end = at;
  while (end < xml.length && end - at < 64 && ASCII_NAME[xml.charCodeAt(end)] !== NOT_NAME) end += 1;
  return end;
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
function isXmlChar(code: number): boolean {
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

/**
 * XML 1.0 §2.8 XMLDecl (§4.3.3 EncName, §2.9 SDDecl), anchored where the part starts. Only
 * version 1.0: Word writes nothing else, and a reader that honours "1.1" reads other line ends
 * and characters (XML 1.1 §2.11) than we do, so a 1.1 part could hold two different values.
 */
const XML_DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;

function run(xml: string, handler: XmlHandler, maxDepth: number): void {
  const length = xml.length;
  const stack: string[] = [];
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pos = start;
  let seenRoot = false;
  while (pos < length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      if (stack.length > 0) {
        const raw = xml.slice(pos, textEnd);
        // §2.4: "]]>" may not stand in character data (Word writes ">" as &gt;).
        if (raw.indexOf(']]>') >= 0) fail('malformed', '"]]>" in text outside a CDATA section', pos + raw.indexOf(']]>'));
        handler.text(decodeEntities(normalizeLineEnds(raw), pos));
      } else if (!onlySpace(xml, pos, textEnd)) {
        fail('malformed', 'text outside the root element', pos);
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === QMARK) {
      pos = processingInstruction(xml, lt, start);
    } else if (next === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) fail('malformed', 'unterminated comment', lt);
        // §2.5: no "--" inside a comment, and none right before its end ("--->").
        if (xml.indexOf('--', lt + 4) < end) fail('malformed', '"--" inside a comment', lt);
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
      // The name must be the open element's (already checked as a name when it opened), then
      // optional white space and ">": one native startsWith instead of a scan of the name.
      const open = stack.pop();
      let end = lt + 2 + (open?.length ?? 0);
      if (open === undefined || !xml.startsWith(open, lt + 2) || !(isSpace(xml.charCodeAt(end)) || xml.charCodeAt(end) === GT)) {
        if (end >= length && open !== undefined && xml.startsWith(open, lt + 2)) fail('malformed', 'unterminated end tag', lt);
        fail('malformed', `end tag </${xml.slice(lt + 2, qnameEndLoose(xml, lt + 2))}> does not match <${open ?? ''}>`, lt);
      }
      while (isSpace(xml.charCodeAt(end))) end += 1;
      if (xml.charCodeAt(end) !== GT) fail('malformed', end >= length ? 'unterminated end tag' : `unexpected character in end tag </${open}>`, end);
      handler.close(open);
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

/**
 * A processing instruction (§2.6) or, at the very start of the part, the XML declaration (§2.8);
 * returns the position after it. The PI's content is skipped: nothing in a .docx needs it.
 */
function processingInstruction(xml: string, lt: number, start: number): number {
  const targetEnd = qnameEnd(xml, lt + 2, 'processing instruction target');
  const target = xml.slice(lt + 2, targetEnd);
  if (target.length === 3 && target.toLowerCase() === 'xml') {
    if (lt !== start) fail('malformed', 'an XML declaration that is not at the very start of the part', lt);
    XML_DECLARATION.lastIndex = lt;
    if (!XML_DECLARATION.test(xml)) fail('malformed', 'an XML declaration other than version 1.0 with an optional encoding and standalone="yes"|"no"', lt);
    return XML_DECLARATION.lastIndex;
  }
  if (target === '') fail('malformed', 'a processing instruction without a target name', lt);
  // Namespaces in XML §3: PI targets contain no colon.
  if (target.indexOf(':') >= 0) fail('malformed', `processing instruction target ${target} has a colon`, lt);
  const end = xml.indexOf('?>', targetEnd);
  if (end < 0) fail('malformed', 'unterminated processing instruction', lt);
  if (end !== targetEnd && !isSpace(xml.charCodeAt(targetEnd))) fail('malformed', `unexpected character after processing instruction target ${target}`, targetEnd);
  return end + 2;
}

function startTag(xml: string, lt: number, stack: string[], handler: XmlHandler): number {
  let pos = qnameEnd(xml, lt + 1, 'element name');
  if (pos === lt + 1) fail('malformed', pos >= xml.length ? 'unterminated start tag' : 'a start tag without a valid name', lt);
  const name = xml.slice(lt + 1, pos);
  const attrs: string[] = [];
  let seen: Set<string> | undefined;
  for (;;) {
    const before = pos;
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
    // §3.1: white space before every attribute (the previous value's quote or the name end here).
    if (pos === before) fail('malformed', attrs.length === 0 ? `unexpected character in the name of <${name}>` : `no space before an attribute in <${name}>`, pos);
    const attrStart = pos;
    pos = qnameEnd(xml, pos, 'attribute name');
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
