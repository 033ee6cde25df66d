import { WRAPPER_TAG, fieldByTag } from '../../domain/fields';
import type { AnnotatieValues, FieldDefinition, FieldKey } from '../../domain/fields';
import type { Finding } from '../../domain/findings';
import type { ValueSnapshot } from '../../domain/review';
import { controlFindings, documentValues } from '../../domain/document-values';
import { latestSnapshot } from '../shape/snapshot-part';
import { isPlaceholder } from '../../domain/placeholders';
import type { DocxError } from './errors';
import { NamespaceResolver, attribute } from '../xml/namespaces';
import { SCHEMA_PART_ATTRIBUTE, SCHEMA_PART_NAMESPACE, SCHEMA_PART_ROOT } from '../shape/schema-part';
import { decodePart, tokenize } from '../xml/tokenizer';
import type { XmlError } from '../xml/tokenizer';
import { DEFAULT_ZIP_LIMITS, openZip } from './zip';
import type { ZipArchive, ZipLimits } from './zip';

/** A pending tracked change inside a field's control (contract §6, `trackedChanges`). */
export interface TrackedChange {
  readonly field: FieldKey;
  readonly type: 'insert' | 'delete';
  readonly author: string;
  /** ISO 8601 as Word wrote it (w:date is optional in ECMA-376 §17.13.5), or null. */
  readonly date: string | null;
  readonly text: string;
}

export interface AnnotatieRead {
  readonly status: 'annotatie';
  /** Every field whose control is in the document; the current text (tracked changes accepted). */
  readonly values: AnnotatieValues;
  readonly trackedChanges: readonly TrackedChange[];
  /** Document findings: control_missing, control_duplicate. */
  readonly findings: readonly Finding[];
  /** From the schema custom XML part; null when the document has none. */
  readonly schemaVersion: string | null;
  /**
   * What the add-in (or `annotatie new`) last wrote into the fields, from the snapshot part
   * (src/document/shape/snapshot-part.ts); null when the document has none.
   */
  readonly snapshot: ValueSnapshot | null;
}

export type DocxReadResult =
  | AnnotatieRead
  | { readonly status: 'no-annotatie'; readonly schemaVersion: string | null }
  | { readonly status: 'unreadable'; readonly error: DocxError };

const OFFICE_DOCUMENT_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);

/** Reads the annotatie out of a .docx. Never throws on input: a bad file is a value. */
export function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): DocxReadResult {
  const main = readMainPart(bytes, limits);
  if (!main.ok) return { status: 'unreadable', error: main.error };
  const { archive, name: mainName, xml } = main.value;
  const scan = scanDocumentXml(xml);
  if ('kind' in scan) return { status: 'unreadable', error: xmlError(scan, mainName) };
  const schemaVersion = readSchemaVersion(archive);
  if (!schemaVersion.ok) return { status: 'unreadable', error: schemaVersion.error };
  if (!scan.wrapper && scan.counts.size === 0) return { status: 'no-annotatie', schemaVersion: schemaVersion.value };
  return { status: 'annotatie', ...documentResult(scan), schemaVersion: schemaVersion.value, snapshot: readSnapshot(archive) };
}

/**
 * The snapshot of written values: every customXml/itemN.xml goes to latestSnapshot, which takes
 * the parts in the snapshot namespace (the latest when two panes each added one) and skips the
 * rest. readSchemaVersion has already refused the document if one of these parts is damaged.
 */
function readSnapshot(archive: ZipArchive): ValueSnapshot | null {
  const parts: string[] = [];
  for (const name of archive.names) {
    if (!/^customXml\/item\d+\.xml$/i.test(name)) continue;
    const part = readText(archive, name);
    if (part.ok) parts.push(part.value);
  }
  return latestSnapshot(parts);
}

const CONTENT_TYPES = '[Content_Types].xml';

function xmlError(error: XmlError, part: string): DocxError {
  return { kind: `xml_${error.kind}`, detail: `${part} at ${error.offset}: ${error.message}` };
}

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DocxError };

/** The opened package and its main document part, strictly decoded. */
export interface MainPart {
  readonly archive: ZipArchive;
  readonly name: string;
  readonly xml: string;
}

/**
 * Opens a .docx as far as every reader of this layer needs: the zip with all of openZip's checks
 * (CRC-32, duplicate and overlapping entries, header agreement, size limits), the content types
 * part, the main document part found as Word finds it (mainDocumentName) and decoded with
 * decodePart. readDocx and the old-template reader (legacy-read.ts) both start here, so they can
 * never see two different documents in one file.
 */
export function readMainPart(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Read<MainPart> {
  const zip = openZip(bytes, limits);
  if (!zip.ok) return zip;
  const archive = zip.value;
  // Every package has its content types part (ECMA-376 Part 2 §10.1.2.1); without it Word does
  // not open the file, so neither do we: a zip that merely holds a document.xml is no .docx.
  if (!archive.has(CONTENT_TYPES)) return { ok: false, error: { kind: 'not_docx', detail: `no ${CONTENT_TYPES}` } };
  const main = mainDocumentName(archive);
  if (!main.ok) return main;
  if (main.value === undefined) return { ok: false, error: { kind: 'not_docx', detail: 'no main document part' } };
  const xml = readText(archive, main.value);
  if (!xml.ok) return xml;
  return { ok: true, value: { archive, name: main.value, xml: xml.value } };
}

/** A part's text, strictly decoded (decodePart); a damaged entry or bad encoding is an error. */
function readText(archive: ZipArchive, name: string): Read<string> {
  const entry = archive.read(name);
  if (!entry.ok) return entry;
  const text = decodePart(entry.value);
  return typeof text === 'string' ? { ok: true, value: text } : { ok: false, error: xmlError(text, name) };
}

/**
 * The main document part named by the package relationship (ECMA-376 Part 2 §9.3); Word's name as
 * fallback when there is no relationships part or it names no existing part. A relationships
 * part that is there but damaged is an error: guessing past it could read another part than Word.
 */
export function mainDocumentName(archive: ZipArchive): Read<string | undefined> {
  if (archive.has('_rels/.rels')) {
    const rels = readText(archive, '_rels/.rels');
    if (!rels.ok) return rels;
    let target: string | undefined;
    const resolver = new NamespaceResolver();
    const error = tokenize(rels.value, {
      open(name, attrs) {
        const canonical = resolver.open(name, attrs);
        if (canonical === 'rel:Relationship' && target === undefined) {
          const type = attribute(resolver, attrs, 'Type');
          if (type !== undefined && OFFICE_DOCUMENT_TYPES.has(type)) target = attribute(resolver, attrs, 'Target');
        }
      },
      close: () => resolver.close(),
      text: () => undefined,
    });
    if (error) return { ok: false, error: xmlError(error, '_rels/.rels') };
    if (target !== undefined) {
      const name = partName(target);
      if (archive.has(name)) return { ok: true, value: name };
    }
  }
  return { ok: true, value: archive.has('word/document.xml') ? 'word/document.xml' : undefined };
}

/** A relationship target relative to the package root, as a zip entry name (never a file path). */
function partName(target: string): string {
  const segments: string[] = [];
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/**
 * The schema version from our custom XML part, looked for in every customXml/itemN.xml. Every
 * item read must be intact (checksum, encoding, well-formed): a damaged part means a damaged file.
 */
function readSchemaVersion(archive: ZipArchive): Read<string | null> {
  for (const name of archive.names) {
    if (!/^customXml\/item\d+\.xml$/i.test(name)) continue;
    const part = readText(archive, name);
    if (!part.ok) return part;
    let version: string | null = null;
    let depth = 0;
    const resolver = new NamespaceResolver();
    const error = tokenize(part.value, {
      open(tag, attrs) {
        const canonical = resolver.open(tag, attrs);
        depth += 1;
        if (depth === 1 && canonical === `{${SCHEMA_PART_NAMESPACE}}${SCHEMA_PART_ROOT}`) {
          version = attribute(resolver, attrs, SCHEMA_PART_ATTRIBUTE) ?? null;
        }
      },
      close() {
        resolver.close();
        depth -= 1;
      },
      text: () => undefined,
    });
    if (error) return { ok: false, error: xmlError(error, name) };
    if (version !== null) return { ok: true, value: version };
  }
  return { ok: true, value: null };
}

/** What one pass over document.xml finds. */
export interface DocumentScan {
  readonly wrapper: boolean;
  /** Live controls per field. */
  readonly counts: ReadonlyMap<FieldKey, number>;
  /** The value of the first live control of each field. */
  readonly values: ReadonlyMap<FieldKey, string>;
  readonly trackedChanges: readonly TrackedChange[];
}

interface ChangeContext {
  readonly id: number;
  readonly type: 'insert' | 'delete';
  readonly author: string;
  readonly date: string | null;
  readonly depth: number;
}

interface Collector {
  readonly field: FieldDefinition;
  readonly contentDepth: number;
  readonly paragraphs: string[];
  current: string;
  readonly changes: Map<number, { seq: number; change: ChangeContext; text: string }>;
}

interface SdtFrame {
  readonly depth: number;
  readonly live: boolean;
  prDepth: number;
  tag: string | undefined;
  placeholder: boolean;
  collector: Collector | undefined;
  /** A field control inside MAX_FIELD_NESTING field controls: text of the outer ones, not a field. */
  nested: boolean;
}

/** Field controls that collect text at the same time (see the w:sdtContent case). */
const MAX_FIELD_NESTING = 2;

/** Elements whose w:ins / w:del child is a property marker, not a container of runs. */
const PROPERTY_PARENTS = new Set(['w:rPr', 'w:trPr', 'w:tcPr', 'w:pPr', 'w:numPr', 'w:sectPr']);

const FALSE_VALUES = new Set(['0', 'false', 'off']);

/**
 * One streaming pass over document.xml: finds the live annotatie controls and their current text.
 *
 * Rules, each from what Word saves (see test/fixtures/word-made/PROVENANCE.md):
 * - Text is w:t in runs; w:delText and anything inside w:del / w:moveFrom or a deleted table row
 *   (w:trPr/w:del) is deleted text: out of the value, into trackedChanges.
 * - A deleted paragraph mark (w:pPr/w:rPr/w:del) joins the paragraph to the next, as accepting does.
 * - A control is not live when it sits inside deleted content, or when a customXmlDelRange or
 *   customXmlMoveFromRange is open at its start: Word straddles the sdt boundary with those
 *   markers (Start before w:sdt, End inside w:sdtContent) when a control's removal or move is tracked.
 * - mc:AlternateContent: we read mc:Fallback and skip every mc:Choice. A consumer must skip a
 *   Choice whose Requires namespaces it does not understand (ECMA-376 Part 3 §10.2.1), and we
 *   understand none of them (wps, w14…); Fallback is by definition plain WordprocessingML. Taking
 *   always the same branch also means text is never counted twice.
 * - A control with w:showingPlcHdr shows its placeholder: its value is empty. So is one whose
 *   text is a placeholder text without the flag (the domain's isPlaceholder).
 * - A field control inside two field controls' content is not a field: its text is theirs, and
 *   it is not counted. So at most two fields collect text at any point, and a scan costs time
 *   and memory linear in the part, however the controls nest.
 */
export function scanDocumentXml(xml: string): DocumentScan | XmlError {
  const resolver = new NamespaceResolver();
  const names: string[] = [];
  const frames: SdtFrame[] = [];
  const active: Collector[] = [];
  const changes: ChangeContext[] = [];
  const openRanges = new Set<string>();
  const paragraphs: { depth: number; markDeleted: boolean }[] = [];
  const deletedRows: number[] = [];
  const counts = new Map<FieldKey, number>();
  const values = new Map<FieldKey, string>();
  const tracked: { seq: number; change: TrackedChange }[] = [];
  let wrapper = false;
  let deletedDepth = 0;
  let skipDepth = 0;
  let textMode: 0 | 1 | 2 = 0; // 0 none, 1 current text (w:t), 2 deleted text
  let changeId = 0;
  let seq = 0;

  const emit = (text: string, deleted: boolean): void => {
    const change = changes[changes.length - 1];
    for (const collector of active) {
      if (!deleted) collector.current += text;
      if (change) {
        const record = collector.changes.get(change.id);
        if (record) record.text += text;
        else collector.changes.set(change.id, { seq: (seq += 1), change, text });
      }
    }
  };

  const finish = (frame: SdtFrame): void => {
    const field = frame.tag === undefined ? undefined : fieldByTag(frame.tag.trim());
    if (frame.live && frame.tag?.trim() === WRAPPER_TAG) wrapper = true;
    if (!frame.live || !field || frame.nested) return;
    counts.set(field.key, (counts.get(field.key) ?? 0) + 1);
    const collector = frame.collector;
    let value = '';
    if (collector) {
      const index = active.indexOf(collector);
      if (index >= 0) active.splice(index, 1);
      if (collector.current !== '' || collector.paragraphs.length === 0) collector.paragraphs.push(collector.current);
      value = collector.paragraphs.join('\n');
      if (!frame.placeholder && !values.has(field.key) && !isPlaceholder(field.key, value)) {
        for (const record of collector.changes.values()) {
          if (record.text === '') continue;
          const { type, author, date } = record.change;
          tracked.push({ seq: record.seq, change: { field: field.key, type, author, date, text: record.text } });
        }
      }
    }
    // A control whose text is a placeholder text (ours or Word's default) but lacks
    // w:showingPlcHdr — written by a tool or template that does not set the flag — is empty too,
    // so check/export agree with the domain's `required` rule, which treats it as empty.
    if (!values.has(field.key)) values.set(field.key, frame.placeholder || isPlaceholder(field.key, value) ? '' : value);
  };

  const error = tokenize(xml, {
    open(raw, attrs) {
      const name = resolver.open(raw, attrs);
      const parent = names[names.length - 1];
      names.push(name);
      const depth = names.length;
      if (skipDepth > 0) {
        skipDepth += 1;
        return;
      }
      switch (name) {
        case 'mc:Choice':
          skipDepth = 1;
          return;
        case 'w:t':
          textMode = deletedDepth > 0 ? 2 : 1;
          return;
        case 'w:delText':
          textMode = 2;
          return;
        case 'w:tab':
        case 'w:cr':
        case 'w:noBreakHyphen':
          if (parent === 'w:r' && active.length > 0) emit(name === 'w:tab' ? '\t' : name === 'w:cr' ? '\n' : '-', deletedDepth > 0);
          return;
        case 'w:br': {
          if (parent !== 'w:r' || active.length === 0) return;
          // Page and column breaks are layout, not text; a text-wrapping break is a line break.
          const type = attribute(resolver, attrs, 'w:type');
          if (type === undefined || type === 'textWrapping') emit('\n', deletedDepth > 0);
          return;
        }
        case 'w:p':
          paragraphs.push({ depth, markDeleted: false });
          return;
        case 'w:sdt': {
          const parentFrame = frames[frames.length - 1];
          const live = deletedDepth === 0 && openRanges.size === 0 && (parentFrame === undefined || parentFrame.live);
          frames.push({ depth, live, prDepth: -1, tag: undefined, placeholder: false, collector: undefined, nested: false });
          return;
        }
        case 'w:sdtPr': {
          const frame = frames[frames.length - 1];
          if (frame && frame.depth === depth - 1) frame.prDepth = depth;
          return;
        }
        case 'w:tag':
        case 'w:showingPlcHdr': {
          const frame = frames[frames.length - 1];
          if (!frame || frame.prDepth !== depth - 1) return;
          const value = attribute(resolver, attrs, 'w:val');
          if (name === 'w:tag') frame.tag = value ?? '';
          else frame.placeholder = value === undefined || !FALSE_VALUES.has(value);
          return;
        }
        case 'w:sdtContent': {
          const frame = frames[frames.length - 1];
          if (!frame || frame.depth !== depth - 1 || !frame.live || frame.tag === undefined) return;
          const field = fieldByTag(frame.tag.trim());
          if (!field) return;
          // Field controls nest at most two deep: one pasted into another is still a field (Word
          // lets a user do that, and the Word layer counts it), but one inside two field
          // controls is only text of the outer ones. Every collecting level sees the whole text
          // again, so unbounded nesting was quadratic: 500 nested controls around a million
          // paragraphs (a 100 KB file) took 4 GB and crashed; 20 nested fields took 815 MB.
          if (active.length >= MAX_FIELD_NESTING) {
            frame.nested = true;
            return;
          }
          frame.collector = { field, contentDepth: depth, paragraphs: [], current: '', changes: new Map() };
          active.push(frame.collector);
          return;
        }
        case 'w:customXmlDelRangeStart':
        case 'w:customXmlMoveFromRangeStart':
          openRanges.add(`${name === 'w:customXmlDelRangeStart' ? 'd' : 'm'}${attribute(resolver, attrs, 'w:id') ?? ''}`);
          return;
        case 'w:customXmlDelRangeEnd':
        case 'w:customXmlMoveFromRangeEnd':
          openRanges.delete(`${name === 'w:customXmlDelRangeEnd' ? 'd' : 'm'}${attribute(resolver, attrs, 'w:id') ?? ''}`);
          return;
        case 'w:ins':
        case 'w:del':
        case 'w:moveTo':
        case 'w:moveFrom': {
          const deletion = name === 'w:del' || name === 'w:moveFrom';
          if (parent !== undefined && PROPERTY_PARENTS.has(parent)) {
            if (!deletion) return;
            const grandparent = names[names.length - 3];
            if (parent === 'w:rPr' && grandparent === 'w:pPr') {
              const paragraph = paragraphs[paragraphs.length - 1];
              if (paragraph) paragraph.markDeleted = true;
            } else if (parent === 'w:trPr') {
              // The whole row is deleted: treat it as a deletion container until </w:tr>.
              changes.push(changeContext('delete', attrs, depth - 2));
              deletedRows.push(depth - 2);
              deletedDepth += 1;
            }
            return;
          }
          changes.push(changeContext(deletion ? 'delete' : 'insert', attrs, depth));
          if (deletion) deletedDepth += 1;
          return;
        }
        default:
          return;
      }
    },
    close() {
      const depth = names.length;
      const name = names.pop();
      resolver.close();
      if (skipDepth > 0) {
        skipDepth -= 1;
        return;
      }
      switch (name) {
        case 'w:t':
        case 'w:delText':
          textMode = 0;
          return;
        case 'w:p': {
          const paragraph = paragraphs.pop();
          if (paragraph?.markDeleted) return;
          for (const collector of active) {
            if (collector.contentDepth < depth) {
              collector.paragraphs.push(collector.current);
              collector.current = '';
            }
          }
          return;
        }
        case 'w:tr':
          if (deletedRows[deletedRows.length - 1] === depth) {
            deletedRows.pop();
            changes.pop();
            deletedDepth -= 1;
          }
          return;
        case 'w:ins':
        case 'w:del':
        case 'w:moveTo':
        case 'w:moveFrom': {
          const change = changes[changes.length - 1];
          if (change && change.depth === depth) {
            changes.pop();
            if (change.type === 'delete') deletedDepth -= 1;
          }
          return;
        }
        case 'w:sdt': {
          const frame = frames[frames.length - 1];
          if (frame && frame.depth === depth) {
            frames.pop();
            finish(frame);
          }
          return;
        }
        default:
          return;
      }
    },
    text(text) {
      if (textMode === 0 || skipDepth > 0 || active.length === 0) return;
      emit(text, textMode === 2);
    },
  });
  if (error) return error;

  function changeContext(type: 'insert' | 'delete', attrs: readonly string[], depth: number): ChangeContext {
    changeId += 1;
    return {
      id: changeId,
      type,
      author: attribute(resolver, attrs, 'w:author') ?? '',
      date: attribute(resolver, attrs, 'w:date') ?? null,
      depth,
    };
  }

  tracked.sort((a, b) => a.seq - b.seq);
  return { wrapper, counts, values, trackedChanges: tracked.map((record) => record.change) };
}

function documentResult(scan: DocumentScan): Pick<AnnotatieRead, 'values' | 'trackedChanges' | 'findings'> {
  const count = (key: FieldKey): number => scan.counts.get(key) ?? 0;
  return {
    values: documentValues((key) => ({ count: count(key), text: scan.values.get(key) })),
    trackedChanges: scan.trackedChanges,
    findings: controlFindings(count),
  };
}
