import { strToU8 } from 'fflate';
import { validate } from '../../src/domain';
import { readDocx } from '../../src/document/ooxml';
import { NamespaceResolver } from '../../src/document/xml/namespaces';
import { DEFAULT_MAX_DEPTH, decodePart, tokenize } from '../../src/document/xml/tokenizer';
import type { XmlError } from '../../src/document/xml/tokenizer';
import { docxWithDocumentXml } from './support/hostile-files';

/** What a tokenizer run reports: texts and attribute lists, or the error. */
function events(xml: string, maxDepth?: number): { texts: string[]; attrs: string[][] } | XmlError {
  const texts: string[] = [];
  const attrs: string[][] = [];
  const error = tokenize(
    xml,
    { open: (_name, list) => attrs.push([...list]), close: () => undefined, text: (text) => texts.push(text) },
    maxDepth === undefined ? {} : { maxDepth },
  );
  return error ?? { texts, attrs };
}

const kindOf = (xml: string): string => {
  const result = events(xml);
  return 'kind' in result ? result.kind : 'ok';
};

describe('entities: the five predefined ones and character references, nothing else', () => {
  it('decodes the five and character references, in text and in attributes', () => {
    expect(events('<a b="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;">&lt;&gt;&amp;&quot;&apos;&#x1F600;</a>')).toEqual({
      texts: ['<>&"\'😀'],
      attrs: [['b', '<>&"\'AB']],
    });
  });

  // Before: PREDEFINED was a plain object, so these resolved through Object.prototype and put
  // "function Object() { [native code] }" or "[object Object]" into a value.
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable'])(
    '&%s; is an undefined entity, in text and in an attribute value',
    (name) => {
      expect(kindOf(`<a>&${name};</a>`)).toBe('entity');
      expect(kindOf(`<a b="x&${name};"/>`)).toBe('entity');
    },
  );

  it('character references to characters XML cannot hold are malformed', () => {
    for (const ref of ['&#X41;', '&#0;', '&#x1;', '&#xD800;', '&#xFFFE;', '&#x110000;', '&#xZZ;', '&#;', '&#x;', '&#12a;']) expect(kindOf(`<a>${ref}</a>`)).toBe('malformed');
  });
});

describe('well-formedness that decides what a value is', () => {
  it('refuses an attribute given twice (XML 1.0 §3.1): first-wins and last-wins readers would differ', () => {
    expect(kindOf('<w:tag w:val="annotatie.onderwerp" w:val="annotatie.kern"/>')).toBe('malformed');
  });

  it('finds a repeated attribute among many, and many distinct attributes cost linear time', () => {
    const many = Array.from({ length: 40 }, (_, index) => `a${index}="x"`).join(' ');
    expect(kindOf(`<e ${many} a3="y"/>`)).toBe('malformed');
    const huge = Array.from({ length: 100_000 }, (_, index) => `a${index}="x"`).join(' ');
    const started = performance.now();
    expect(kindOf(`<e ${huge}/>`)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('normalises line ends in text (§2.11), CDATA included; a &#13; reference stays a CR', () => {
    expect(events('<a>1\r\n2\r3\n4&#13;5<![CDATA[6\r\n7]]></a>')).toEqual({ texts: ['1\n2\n3\n4\r5', '6\n7'], attrs: [[]] });
  });

  it('normalises attribute values (§3.3.3): literal tab, LF, CR and CR LF are one space each; references stay', () => {
    expect(events('<a b="1\t2\n3\r4\r\n5&#10;6&#9;7"/>')).toEqual({ texts: [], attrs: [['b', '1 2 3 4 5\n6\t7']] });
  });

  it('passes characters outside Char through: the domain reports them as text_invalid_characters errors', () => {
    // A regex over every part cost 10-20 % of a read; the value-level rule says the same thing.
    expect(events('<a>x\u0000y\ufffe</a>')).toEqual({ texts: ['x\u0000y\ufffe'], attrs: [[]] });
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:sdt><w:sdtPr><w:tag w:val="annotatie.onderwerp"/></w:sdtPr><w:sdtContent><w:r><w:t>Begroting\u00012026</w:t></w:r></w:sdtContent></w:sdt></w:body></w:document>`;
    const result = readDocx(docxWithDocumentXml(xml));
    if (result.status !== 'annotatie') throw new Error(result.status);
    expect(validate(result.values)).toContainEqual(expect.objectContaining({ field: 'onderwerp', code: 'text_invalid_characters', severity: 'error' }));
  });
});

describe('XML 1.0 well-formedness that Word never needs, refused (issue 9)', () => {
  // Each of these is something a conforming parser (libxml2, .NET, Word, saxes) refuses and
  // Word never writes; a lenient reader accepting it would read files the others call corrupt.
  it.each([
    ['"--" inside a comment (§2.5)', '<a><!-- x -- y --></a>'],
    ['a comment that ends in "--->" (§2.5)', '<a><!-- x ---></a>'],
    ['"--" in a comment before the root', '<!-- a--b --><a/>'],
    ['"]]>" in text (§2.4)', '<a>x]]>y</a>'],
    ['"]]>" right at the start of a text node', '<a><b/>]]></a>'],
    ['an element name starting with a digit (§2.3)', '<1a/>'],
    ['an element name starting with "-" or "."', '<-a/>'],
    ['a character that is no NameChar in an element name', '<a\u00d7b/>'],
    ['"!" in an element name', '<a!/>'],
    ['an attribute name starting with a digit', '<a 1b="x"/>'],
    ['a character that is no NameChar in an attribute name', '<a b!="x"/>'],
    ['a lone high surrogate in a name', '<a\ud800/>'],
    ['two colons in a name (Namespaces in XML §3)', '<a:b:c xmlns:a="urn:a"/>'],
    ['a name starting with a colon', '<:a/>'],
    ['a name ending with a colon', '<a: xmlns:a="urn:a"/>'],
    ['a local part starting with a digit', '<a:1 xmlns:a="urn:a"/>'],
    ['two colons in an attribute name', '<a b:c:d="1"/>'],
    ['an XML declaration not at the very start (§2.8)', ' <?xml version="1.0"?><a/>'],
    ['an XML declaration after a comment', '<!-- c --><?xml version="1.0"?><a/>'],
    ['an XML declaration inside the root', '<a><?xml version="1.0"?></a>'],
    ['an XML declaration after the root', '<a/><?xml version="1.0"?>'],
    ['a PI named XML in capitals inside the root (reserved, §2.6)', '<a><?XML x?></a>'],
    ['version 2.0', '<?xml version="2.0"?><a/>'],
    ['version 1.1 (its line ends and characters differ, XML 1.1 §2.11)', '<?xml version="1.1"?><a/>'],
    ['no version', '<?xml encoding="UTF-8"?><a/>'],
    ['standalone="maybe"', '<?xml version="1.0" standalone="maybe"?><a/>'],
    ['standalone before encoding', '<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>'],
    ['an unknown pseudo-attribute in the declaration', '<?xml version="1.0" foo="bar"?><a/>'],
    ['an unterminated XML declaration', '<?xml version="1.0"'],
    ['a PI without a target', '<a><? x?></a>'],
    ['a PI target that is no name', '<a><?1x y?></a>'],
    ['a PI target with a colon (Namespaces in XML §3)', '<a><?a:b y?></a>'],
    ['no space between a PI target and its content', '<a><?pi\u00d7?></a>'],
    ['no-break space after the root (not XML white space, §2.3)', '<a/>\u00a0'],
    ['a byte order mark after the root', '<a/>\ufeff'],
    ['no-break space inside an end tag', '<a></a\u00a0>'],
    ['an end tag longer than the open name', '<a></ab>'],
    ['an end tag with a colon the start tag lacks', '<a></a:b>'],
    ['something after the name in an end tag', '<a></a b>'],
  ])('%s', (_name, xml) => {
    expect(kindOf(xml)).toBe('malformed');
  });

  it.each([
    ['the declaration Word writes', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a/>'],
    ['single quotes and spaces around "="', "<?xml version = '1.0' encoding = 'utf-8' ?><a/>"],
    ['a declaration after a byte order mark', '\ufeff<?xml version="1.0"?><a/>'],
    ['PIs whose targets only start with "xml", and one with no content', '<?xml-stylesheet href="x"?><a><?xmlfoo x?><?pi?></a>'],
    ['the PI Word puts before a customXml root', '<?mso-contentType?><FormTemplates xmlns="urn:x"/>'],
    ['comments anywhere, the empty one too', '<!----><a><!-- a - b --></a><!-- c -->'],
    ['"]]>" and "--" in attribute values, "]]" and ">" in text', '<a b="]]> --">]] ></a>'],
    ['non-ASCII names (§2.3), a middle dot and a combining accent', '<été ñ·\u0301="1"><中文/></été>'],
    ['a name in U+10000–U+EFFFF (a surrogate pair)', '<\u{10000}a/>'],
    ['names with digits, "-", "." and "_" after the first character', '<_a-1.b c.d-2_="x"/>'],
    ['white space before ">" in an end tag', '<a></a \t\r\n>'],
  ])('still accepts %s', (_name, xml) => {
    expect(kindOf(xml)).toBe('ok');
  });

  it('reports where the problem is', () => {
    expect(events('<a>ok ]]> not</a>')).toEqual({ kind: 'malformed', message: '"]]>" in text outside a CDATA section', offset: 6 });
    expect(events('<a><b:c:d/></a>')).toEqual({ kind: 'malformed', message: 'element name b:c:d is not a qualified name (Namespaces in XML §3)', offset: 4 });
    expect(events('<a></b>')).toEqual({ kind: 'malformed', message: 'end tag </b> does not match <a>', offset: 3 });
  });
});

describe('depth is capped', () => {
  const nested = (depth: number): string => '<e>'.repeat(depth) + '</e>'.repeat(depth);

  it(`accepts ${DEFAULT_MAX_DEPTH} levels and refuses one more, as too_deep`, () => {
    expect(kindOf(nested(DEFAULT_MAX_DEPTH))).toBe('ok');
    const error = events(nested(DEFAULT_MAX_DEPTH + 1));
    expect('kind' in error ? error : 'ok').toEqual({ kind: 'too_deep', message: `elements nested more than ${DEFAULT_MAX_DEPTH} deep`, offset: DEFAULT_MAX_DEPTH * 3 });
  });

  it('takes another cap from the caller', () => {
    const error = events(nested(11), 10);
    expect('kind' in error ? error.kind : 'ok').toBe('too_deep');
    expect(kindOf(nested(5000))).toBe('too_deep');
  });
});

describe('namespace scopes cost linear memory', () => {
  it('5 000 nested elements, each declaring one more prefix: a few MB, not a copy of every binding per level', () => {
    // Before: every declaring element copied the whole map, so this needed 12.5 million map
    // entries (20 000 levels: 200 million, past 4 GB). Measured at the deepest point, while every
    // scope is alive; now ~0.8 KB a level.
    const depth = 5_000;
    let open = '';
    for (let index = 0; index < depth; index += 1) open += `<p${index}:e xmlns:p${index}="urn:${index}">`;
    let close = '';
    for (let index = depth - 1; index >= 0; index -= 1) close += `</p${index}:e>`;
    const resolver = new NamespaceResolver();
    const before = process.memoryUsage().heapUsed;
    let grown = 0;
    let level = 0;
    const names: string[] = [];
    const error = tokenize(
      open + close,
      {
        open(name, attrs) {
          level += 1;
          const canonical = resolver.open(name, attrs);
          if (level === 1 || level === depth) names.push(canonical);
          if (level === depth) grown = process.memoryUsage().heapUsed - before;
        },
        close() {
          resolver.close();
        },
        text: () => undefined,
      },
      { maxDepth: depth },
    );
    expect(error).toBeUndefined();
    expect(names).toEqual(['{urn:0}e', `{urn:${depth - 1}}e`]);
    expect(grown).toBeLessThan(64 << 20);
  });

  it('a prefix redeclared inside gets its outer URI back after the element closes', () => {
    const resolver = new NamespaceResolver();
    const seen: string[] = [];
    tokenize(
      '<w:a xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:b xmlns:w="urn:other"><w:c/></w:b><w:d/></w:a>',
      { open: (name, attrs) => seen.push(resolver.open(name, attrs)), close: () => resolver.close(), text: () => undefined },
    );
    expect(seen).toEqual(['w:a', '{urn:other}b', '{urn:other}c', 'w:d']);
  });

  it('xmlns="" undeclares the default namespace (XML Namespaces §6.2)', () => {
    const resolver = new NamespaceResolver();
    const seen: string[] = [];
    tokenize('<a xmlns="urn:x"><b xmlns=""><c/></b><d/></a>', {
      open: (name, attrs) => seen.push(resolver.open(name, attrs)),
      close: () => resolver.close(),
      text: () => undefined,
    });
    expect(seen).toEqual(['{urn:x}a', 'b', 'c', '{urn:x}d']);
  });
});

describe('decodePart: UTF-8 or UTF-16 with a byte order mark, strictly', () => {
  const utf16le = (text: string): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) new DataView(bytes.buffer).setUint16(2 + index * 2, text.charCodeAt(index), true);
    return bytes;
  };

  it('decodes UTF-8 (byte order mark dropped) and UTF-16 LE/BE', () => {
    expect(decodePart(strToU8('<a>é</a>'))).toBe('<a>é</a>');
    expect(decodePart(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('<a/>')]))).toBe('<a/>');
    expect(decodePart(utf16le('<?xml version="1.0" encoding="UTF-16"?><a>é</a>'))).toBe('<?xml version="1.0" encoding="UTF-16"?><a>é</a>');
    expect(decodePart(new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e]))).toBe('<a/>');
  });

  it.each([
    ['a byte that is never UTF-8', new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])],
    ['a truncated sequence', new Uint8Array([0x3c, 0x61, 0x3e, 0xc3])],
    ['an overlong encoding of "<"', new Uint8Array([0xc0, 0xbc, 0x61, 0x2f, 0x3e])],
    ['an encoded surrogate (CESU-8)', new Uint8Array([0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e])],
    ['a lone surrogate in UTF-16', new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x00, 0xd8, 0x3e, 0])],
    ['a declaration of windows-1252', strToU8('<?xml version="1.0" encoding="windows-1252"?><a/>')],
    ['UTF-8 bytes declared as UTF-16', strToU8('<?xml version="1.0" encoding="UTF-16"?><a/>')],
    ['UTF-16 bytes declared as UTF-8', new Uint8Array([0xff, 0xfe, ...Array.from(strToU8('<?xml version="1.0" encoding="UTF-8"?><a/>')).flatMap((byte) => [byte, 0])])],
  ])('refuses %s (never U+FFFD in a value)', (_name, bytes) => {
    const result = decodePart(bytes);
    expect(typeof result === 'string' ? result : result.kind).toBe('encoding');
  });

  it('accepts the declaration in any case and quote style', () => {
    expect(typeof decodePart(strToU8("<?xml version='1.0' encoding='utf-8' standalone='yes'?><a/>"))).toBe('string');
  });
});
