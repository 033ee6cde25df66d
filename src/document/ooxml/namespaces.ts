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

type Scope = ReadonlyMap<string, string>;

const ROOT_SCOPE: Scope = new Map([['xml', NS.xml]]);

/**
 * Keeps the in-scope prefix → URI bindings while a part is tokenized, and canonicalises names.
 * Unknown namespaces become `{uri}local`, so they never collide with the ones we look for.
 */
export class NamespaceResolver {
  // A scope is pushed only on elements that declare namespaces (in Word parts: the root), so the
  // per-element cost is a depth counter and one cache lookup (measured: this is the hot path).
  private depth = 0;
  private scopes: { readonly depth: number; readonly map: Scope; readonly cache: Map<string, string> }[] = [
    { depth: 0, map: ROOT_SCOPE, cache: new Map() },
  ];

  /** Call for every start tag, before resolving its names; returns the canonical element name. */
  open(name: string, attrs: readonly string[]): string {
    this.depth += 1;
    let scope: Map<string, string> | undefined;
    for (let index = 0; index < attrs.length; index += 2) {
      const attr = attrs[index] ?? '';
      if (attr.charCodeAt(0) !== 120 /* x */ || !attr.startsWith('xmlns')) continue;
      if (attr.length !== 5 && attr.charCodeAt(5) !== 58 /* : */) continue;
      scope ??= new Map(this.top().map);
      scope.set(attr.length === 5 ? '' : attr.slice(6), attrs[index + 1] ?? '');
    }
    if (scope) this.scopes.push({ depth: this.depth, map: scope, cache: new Map() });
    return this.element(name);
  }

  close(): void {
    if (this.top().depth === this.depth && this.scopes.length > 1) this.scopes.pop();
    this.depth -= 1;
  }

  /** Canonical name of an element in the current scope (default namespace applies). */
  element(name: string): string {
    const cache = this.top().cache;
    let canonical = cache.get(name);
    if (canonical === undefined) {
      canonical = this.resolve(name);
      cache.set(name, canonical);
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
    const uri = this.top().map.get(prefix);
    if (uri === undefined) return colon < 0 ? local : `{${prefix}:}${local}`;
    const known = KNOWN.get(uri);
    return known === undefined ? `{${uri}}${local}` : `${known}:${local}`;
  }

  private top(): { readonly depth: number; readonly map: Scope; readonly cache: Map<string, string> } {
    const top = this.scopes[this.scopes.length - 1];
    if (!top) throw new Error('NamespaceResolver: no scope');
    return top;
  }
}

/** The value of the attribute with canonical name `name`, or undefined. */
export function attribute(resolver: NamespaceResolver, attrs: readonly string[], name: string): string | undefined {
  for (let index = 0; index < attrs.length; index += 2) {
    if (resolver.attribute(attrs[index] ?? '') === name) return attrs[index + 1];
  }
  return undefined;
}
