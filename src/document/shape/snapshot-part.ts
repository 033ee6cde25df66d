/**
 * The file format of the snapshot of values the add-in last wrote (domain ValueSnapshot): one
 * custom XML part (ECMA-376 Part 1 §15.2.5, customXml/itemN.xml in the package), written by the
 * Word layer through office-js (Document.customXmlParts, WordApi 1.4) and readable by the .docx
 * reader, so `annotatie check` and the task pane compare against the same thing.
 *
 *   <snapshot xmlns="urn:annotatie-raadsvoorstel:snapshot" version="1"
 *             written="2025-09-22T09:30:00.000Z" xml:space="preserve">
 *     <field key="onderwerp">Rekenkameronderzoek Arbeidsmigranten in Zoetermeer</field>
 *     <field key="toelichting.kern">Eerste alinea
 *   Tweede alinea</field>
 *   </snapshot>
 *
 * - Namespace `urn:annotatie-raadsvoorstel:snapshot`, its own part (not the schema part of
 *   schema-part.ts), so either can be rewritten without touching the other.
 * - `version` is an integer; this module reads 1 and refuses a higher one (a later format is
 *   never half-read). Within version 1, unknown elements, attributes and field keys are skipped,
 *   so a newer add-in may add fields without breaking an older reader.
 * - One `field` element per field the add-in wrote, `key` = the field key of contract §2, the
 *   text as element content with lines joined by "\n" (XML keeps "\n" in content, XML 1.0 §2.11).
 *   A field absent from the part was never written by the add-in.
 * - `written`: when the add-in last wrote (ISO 8601 UTC).
 *
 * Pure (strings in, values out): used by src/document/word and src/document/ooxml alike.
 */
import { SNAPSHOT_VERSION, comparableText } from '../../domain/review';
import type { ValueSnapshot } from '../../domain/review';
import { FIELDS, isFieldKey } from '../../domain/fields';
import type { FieldKey } from '../../domain/fields';
import { writableText } from '../../domain/text';
import { NamespaceResolver, attribute } from '../xml/namespaces';
import { escapeAttr, escapeText, tokenize } from '../xml/tokenizer';

export const SNAPSHOT_PART_NAMESPACE = 'urn:annotatie-raadsvoorstel:snapshot' as const;
export const SNAPSHOT_PART_ROOT = 'snapshot' as const;
export const SNAPSHOT_PART_FIELD = 'field' as const;
/**
 * Datastore item id for a writer that chooses it (the .docx writer; ECMA-376 §22.5.2.1
 * ds:itemID). Parts added through office-js get an id from Word instead.
 */
export const SNAPSHOT_PART_ITEM_ID = '{6E1A5C3B-1F0D-4C41-9E52-A7D0B0C3A002}' as const;

/** The part's XML for a snapshot (what customXmlParts.add / setXml take, and customXml/itemN.xml holds). */
export function snapshotPartXml(snapshot: ValueSnapshot): string {
  const written = snapshot.written === null ? '' : ` written="${escapeAttr(snapshot.written)}"`;
  const fields = FIELDS.map((field) => field.key)
    .filter((key) => snapshot.values[key] !== undefined)
    // writableText: only characters XML can hold, so the part is always well-formed.
    .map((key) => `<${SNAPSHOT_PART_FIELD} key="${escapeAttr(key)}">${escapeText(writableText(snapshot.values[key] ?? ''))}</${SNAPSHOT_PART_FIELD}>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<${SNAPSHOT_PART_ROOT} xmlns="${SNAPSHOT_PART_NAMESPACE}" version="${SNAPSHOT_VERSION}"${written} xml:space="preserve">${fields}</${SNAPSHOT_PART_ROOT}>`
  );
}

export type SnapshotPartRead =
  | { readonly ok: true; readonly snapshot: ValueSnapshot }
  | {
      readonly ok: false;
      /** not-snapshot: another part (or another root); unsupported-version: a newer format. */
      readonly reason: 'not-snapshot' | 'unsupported-version' | 'malformed';
      readonly detail: string;
    };

const ROOT = `{${SNAPSHOT_PART_NAMESPACE}}${SNAPSHOT_PART_ROOT}`;
const FIELD = `{${SNAPSHOT_PART_NAMESPACE}}${SNAPSHOT_PART_FIELD}`;

/** Reads a snapshot part. Never throws on input: anything else is a value saying why. */
export function parseSnapshotPart(xml: string): SnapshotPartRead {
  const resolver = new NamespaceResolver();
  let depth = 0;
  let root: { version: string | undefined; written: string | undefined } | null = null;
  let notSnapshot = false;
  let field: { key: string | undefined; text: string; depth: number } | null = null;
  const values: Partial<Record<FieldKey, string>> = {};
  const error = tokenize(xml, {
    open(name, attrs) {
      const canonical = resolver.open(name, attrs);
      depth += 1;
      if (depth === 1) {
        if (canonical === ROOT) root = { version: attribute(resolver, attrs, 'version'), written: attribute(resolver, attrs, 'written') };
        else notSnapshot = true;
      } else if (depth === 2 && canonical === FIELD && root) {
        field = { key: attribute(resolver, attrs, 'key'), text: '', depth };
      }
    },
    close() {
      resolver.close();
      const open = field as { key: string | undefined; text: string; depth: number } | null;
      if (open && open.depth === depth) {
        // The first element of a field wins; a later duplicate is ignored.
        if (open.key !== undefined && isFieldKey(open.key) && values[open.key] === undefined) values[open.key] = comparableText(open.text);
        field = null;
      }
      depth -= 1;
    },
    text(text) {
      const open = field as { text: string } | null;
      if (open) open.text += text;
    },
  });
  if (error) return { ok: false, reason: 'malformed', detail: `${error.message} at ${error.offset}` };
  const found = root as { version: string | undefined; written: string | undefined } | null;
  if (notSnapshot || !found) return { ok: false, reason: 'not-snapshot', detail: 'the root element is not a snapshot in its namespace' };
  if (found.version === undefined || !/^\d+$/.test(found.version)) return { ok: false, reason: 'malformed', detail: 'no integer version attribute' };
  if (Number(found.version) !== SNAPSHOT_VERSION) return { ok: false, reason: 'unsupported-version', detail: `version ${found.version}` };
  return { ok: true, snapshot: { version: SNAPSHOT_VERSION, written: found.written ?? null, values } };
}

/**
 * The snapshot to use when a document holds several parts in the namespace (two panes that each
 * added one, in co-authoring): the most recently written valid one. Null when none is valid.
 */
export function latestSnapshot(parts: readonly string[]): ValueSnapshot | null {
  let best: ValueSnapshot | null = null;
  for (const xml of parts) {
    const read = parseSnapshotPart(xml);
    if (!read.ok) continue;
    if (best === null || (read.snapshot.written ?? '') > (best.written ?? '')) best = read.snapshot;
  }
  return best;
}
