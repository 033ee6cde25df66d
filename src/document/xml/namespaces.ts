/**
 * Namespace URIs the .docx layer reads and writes, and a resolver that turns a raw qualified
 * name into a canonical one ("w:sdt") whatever prefix the producer chose. Word always writes
 * `w:`, but the prefix is not part of the format (XML Namespaces §4), and strict-conformance
 * files (ISO 29500 Strict) use other URIs for the same vocabulary.
 */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** ISO 29500 Strict namespaces mapped to the transitional prefix we compare against. */
const KNOWN: ReadonlyMap<string, string> = new Map([
  [NS.w, 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  [NS.r, 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  [NS.mc, 'mc'],
  [NS.pkgRel, 'rel'],
  [NS.xml, 'xml'],
]);

interface Frame {
  /** The element depth that opened this frame (0: the document itself). */
  readonly depth: number;
  /** What this element's declarations replaced: prefix, and its URI before (undefined: unbound). */
  readonly undo: readonly (readonly [prefix: string, previous: string | undefined])[];
  /** Canonical names resolved while this frame is innermost; valid exactly as long as it is. */
  readonly cache: Map<string, string>;
}

/**
 * Keeps the in-scope prefix → URI bindings while a part is tokenized, and canonicalises names.
 * Unknown namespaces become `{uri}local`, so they never collide with the ones we look for.
 *
 * One map of current bindings plus a stack of undo records, one per element that declares
 * namespaces: each declaration costs O(1) to apply and to undo, so memory is linear in the
 * number of declarations whatever the nesting. (A copy of the whole map per declaring element
 * was quadratic: 100 KB of nested declarations took the process past 4 GB.)
 */
export class NamespaceResolver {
  // A frame is pushed only on elements that declare namespaces (in Word parts: the root), so the
  // per-element cost is a depth counter and one cache lookup (measured: this is the hot path).
  private depth = 0;
  private readonly bindings = new Map<string, string>([['xml', NS.xml]]);
  private readonly frames: Frame[] = [{ depth: 0, undo: [], cache: new Map() }];
  private cache: Map<string, string> = (this.frames[0] as Frame).cache;

  /** Call for every start tag, before resolving its names; returns the canonical element name. */
  open(name: string, attrs: readonly string[]): string {
    this.depth += 1;
    let undo: [string, string | undefined][] | undefined;
    for (let index = 0; index < attrs.length; index += 2) {
      const attr = attrs[index] ?? '';
      if (attr.charCodeAt(0) !== 120 /* x */ || !attr.startsWith('xmlns')) continue;
      if (attr.length !== 5 && attr.charCodeAt(5) !== 58 /* : */) continue;
      const prefix = attr.length === 5 ? '' : attr.slice(6);
      undo ??= [];
      undo.push([prefix, this.bindings.get(prefix)]);
      this.bindings.set(prefix, attrs[index + 1] ?? '');
    }
    if (undo) {
      this.cache = new Map();
      this.frames.push({ depth: this.depth, undo, cache: this.cache });
    }
    return this.element(name);
  }

  close(): void {
    const top = this.frames[this.frames.length - 1];
    if (top && top.depth === this.depth && this.frames.length > 1) {
      this.frames.pop();
      // Undo in reverse, so a prefix declared twice on one element gets its outer URI back.
      for (let index = top.undo.length - 1; index >= 0; index -= 1) {
        const [prefix, previous] = top.undo[index] ?? ['', undefined];
        if (previous === undefined) this.bindings.delete(prefix);
        else this.bindings.set(prefix, previous);
      }
      this.cache = (this.frames[this.frames.length - 1] as Frame).cache;
    }
    this.depth -= 1;
  }

  /** Canonical name of an element in the current scope (default namespace applies). */
  element(name: string): string {
    let canonical = this.cache.get(name);
    if (canonical === undefined) {
      canonical = this.resolve(name);
      this.cache.set(name, canonical);
    }
    return canonical;
  }

  /** Canonical name of an attribute (no default namespace for attributes, XML Namespaces §6.2). */
  attribute(name: string): string {
    if (name.indexOf(':') < 0) return name;
    return this.element(name);
  }

  private resolve(name: string): string {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    const uri = this.bindings.get(prefix);
    // xmlns="" undeclares the default namespace (XML Namespaces §6.2): no namespace, like none.
    if (uri === undefined || (colon < 0 && uri === '')) return colon < 0 ? local : `{${prefix}:}${local}`;
    const known = KNOWN.get(uri);
    return known === undefined ? `{${uri}}${local}` : `${known}:${local}`;
  }
}

/** The value of the attribute with canonical name `name`, or undefined. */
export function attribute(resolver: NamespaceResolver, attrs: readonly string[], name: string): string | undefined {
  for (let index = 0; index < attrs.length; index += 2) {
    if (resolver.attribute(attrs[index] ?? '') === name) return attrs[index + 1];
  }
  return undefined;
}
