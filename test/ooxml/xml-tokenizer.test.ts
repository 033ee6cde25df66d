import { strToU8 } from 'fflate';
import { validate } from '../../src/domain';
import { readDocx } from '../../src/document/ooxml';
import { NamespaceResolver } from '../../src/document/ooxml/namespaces';
import { DEFAULT_MAX_DEPTH, decodePart, tokenize } from '../../src/document/ooxml/xml-tokenizer';
import type { XmlError } from '../../src/document/ooxml/xml-tokenizer';
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
    for (const ref of ['&#0;', '&#x1;', '&#xD800;', '&#xFFFE;', '&#x110000;', '&#xZZ;', '&#;', '&#x;', '&#12a;']) expect(kindOf(`<a>${ref}</a>`)).toBe('malformed');
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
