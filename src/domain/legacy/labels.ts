import { FIELDS, SECTIONS } from '../fields';
import type { FieldKey, FieldKind, SectionId } from '../fields';
import { allowedEdits, boundedDistance, foldLabel } from './fold';

/**
 * The labels the recogniser knows, all taken from the field table (src/domain/fields.ts): each
 * field's Dutch label and its `legacyLabels`, each section's title and `legacyTitles`. The only
 * words added here are the bare "Telefoon"/"E-mail" of the old contact blocks, which name a kind
 * of value (the person they belong to is the one named before them), not a field.
 */
export type LabelTarget =
  | { readonly kind: 'field'; readonly key: FieldKey }
  | { readonly kind: 'section'; readonly id: SectionId }
  | { readonly kind: 'attribute'; readonly attribute: 'phone' | 'email' };

interface LabelEntry {
  readonly folded: string;
  readonly skeleton: string;
  readonly target: LabelTarget;
}

/** First word of the phone and e-mail fields' labels ("Telefoon", "E-mail"), and their usual short forms. */
function attributeWords(kind: FieldKind, extra: readonly string[]): readonly string[] {
  const firsts = FIELDS.filter((field) => field.kind === kind).map((field) => field.title.split(' ')[0] ?? '');
  return [...new Set([...firsts, ...extra])];
}

function buildEntries(): ReadonlyMap<string, LabelEntry> {
  const entries = new Map<string, LabelEntry>();
  const add = (text: string, target: LabelTarget): void => {
    const folded = foldLabel(text);
    // Fields first: "Achtergrondinformatie" is both a section title and its one field's label.
    if (folded !== '' && !entries.has(folded)) entries.set(folded, { folded, skeleton: ocrSkeleton(folded), target });
  };
  for (const field of FIELDS) {
    for (const label of [field.title, ...field.legacyLabels]) add(label, { kind: 'field', key: field.key });
  }
  for (const section of SECTIONS) {
    for (const title of [section.title.nl, ...section.legacyTitles]) add(title, { kind: 'section', id: section.id });
  }
  for (const word of attributeWords('phone', ['Tel', 'Telefoonnummer', 'Telefoonnr'])) add(word, { kind: 'attribute', attribute: 'phone' });
  for (const word of attributeWords('email', ['Email', 'Mail', 'E-mailadres'])) add(word, { kind: 'attribute', attribute: 'email' });
  return entries;
}

const ENTRIES = buildEntries();
const ENTRY_LIST: readonly LabelEntry[] = [...ENTRIES.values()];
const BY_LENGTH: ReadonlyMap<number, readonly LabelEntry[]> = (() => {
  const map = new Map<number, LabelEntry[]>();
  for (const entry of ENTRY_LIST) map.set(entry.folded.length, [...(map.get(entry.folded.length) ?? []), entry]);
  return map;
})();

/**
 * OCR damage leaves a label's start or its end readable ("Doel besprekinq", "Aard bijeenkornst");
 * a string that matches a label at neither end is not compared at all, which keeps fuzzy look-ups
 * to a handful of distance computations per line.
 */
/**
 * The letters OCR confuses, folded together on both sides before a fuzzy comparison: "rn" and
 * "m", "c" and "e", "h" and "n", "i", "l" and "1", "0" and "o", "q" and "g". "Behahdelcnd" then
 * compares equal to "Behandelend", "PROGRARNMA" to "Programma". Exact matching never uses this.
 */
function ocrSkeleton(folded: string): string {
  return folded.replace(/rn/g, 'm').replace(/[ce]/g, 'c').replace(/[hn]/g, 'n').replace(/[il1]/g, 'l').replace(/0/g, 'o').replace(/q/g, 'g').replace(/5/g, 's');
}

const STARTS: ReadonlySet<string> = new Set(ENTRY_LIST.map((entry) => entry.skeleton.slice(0, 2)));
const ENDS: ReadonlySet<string> = new Set(ENTRY_LIST.map((entry) => entry.skeleton.slice(-2)));

/**
 * Fuzzy results are pure functions of the folded text, so one cache serves every run (old
 * archives repeat the same lines on every page and in every file); it starts over when full.
 */
const FUZZY_CACHE = new Map<string, LabelMatch | null>();
const FUZZY_CACHE_SIZE = 20_000;

function endsAgree(a: string, b: string): boolean {
  return a.slice(0, 2) === b.slice(0, 2) || a.slice(-2) === b.slice(-2);
}

export interface LabelMatch {
  readonly target: LabelTarget;
  /** Edits between what was written and the label (0: exact after folding). */
  readonly distance: number;
}

/** Looks labels up exactly and fuzzily (the OCR-tolerant part, cached module-wide). */
function remember(folded: string, result: LabelMatch | null): LabelMatch | null {
  if (FUZZY_CACHE.size >= FUZZY_CACHE_SIZE) FUZZY_CACHE.clear();
  FUZZY_CACHE.set(folded, result);
  return result;
}

export class LabelMatcher {

  /** The label a whole (short) text is, exactly or within allowedEdits; null when none, or when two are equally near. */
  whole(text: string): LabelMatch | null {
    if (text.length > 80) return null;
    return this.folded(foldLabel(text));
  }

  folded(folded: string): LabelMatch | null {
    return this.exact(folded) ?? this.fuzzy(folded);
  }

  exact(folded: string): LabelMatch | null {
    const exact = folded === '' ? undefined : ENTRIES.get(folded);
    return exact ? { target: exact.target, distance: 0 } : null;
  }

  /** The one label within allowedEdits of `folded` (not counting an exact match), or null. */
  fuzzy(folded: string): LabelMatch | null {
    if (folded.length < 6 || folded.length > 48) return null;
    const cached = FUZZY_CACHE.get(folded);
    if (cached !== undefined) return cached;
    let best: LabelMatch | null = null;
    let tie = false;
    const skeleton = ocrSkeleton(folded);
    if (!STARTS.has(skeleton.slice(0, 2)) && !ENDS.has(skeleton.slice(-2))) return remember(folded, null);
    for (let length = folded.length - 3; length <= folded.length + 3; length += 1) {
      for (const entry of BY_LENGTH.get(length) ?? []) {
        const max = allowedEdits(entry.folded.length);
        if (max === 0 || Math.abs(entry.folded.length - folded.length) > max || !endsAgree(skeleton, entry.skeleton)) continue;
        // Compared as OCR skeletons; an exact match was looked up before, so this is at least 1.
        const distance = Math.max(1, boundedDistance(skeleton, entry.skeleton, max));
        if (distance > max) continue;
        if (best === null || distance < best.distance) {
          best = { target: entry.target, distance };
          tie = false;
        } else if (distance === best.distance && !sameTarget(best.target, entry.target)) {
          tie = true;
        }
      }
    }
    return remember(folded, tie ? null : best);
  }

  /** Whether the folded text is the start of a longer label (a label wrapped over two lines). */
  isLabelStart(folded: string): boolean {
    if (folded.length < 5) return false;
    return ENTRY_LIST.some((entry) => entry.folded.length > folded.length && entry.folded.startsWith(folded));
  }
}

function sameTarget(a: LabelTarget, b: LabelTarget): boolean {
  if (a.kind === 'field' && b.kind === 'field') return a.key === b.key;
  if (a.kind === 'section' && b.kind === 'section') return a.id === b.id;
  if (a.kind === 'attribute' && b.kind === 'attribute') return a.attribute === b.attribute;
  return false;
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Whitespace-separated words with their offsets; at most `max` of them. Linear in the text. */
export function words(text: string, max = Number.POSITIVE_INFINITY): readonly Word[] {
  const out: Word[] = [];
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  while (out.length < max && (match = pattern.exec(text)) !== null) out.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

export interface PrefixLabel {
  readonly match: LabelMatch;
  /** The label as written, with its colon or trailing separators. */
  readonly labelText: string;
  /** The rest of the line after the label and its separators, trimmed. */
  readonly rest: string;
  /** Written with a colon after it, or alone on its line: certainly meant as a label. */
  readonly strong: boolean;
}

const LEADING_SEPARATORS = /^[\s:>|\-–—]+/u;

/** Most words a label has (“Status inclusief voorlopige planning”, “Telefoon behandelend ambtenaar”). */
const MAX_LABEL_WORDS = 5;

/**
 * The label a line starts with, if any: before a colon ("Doel besprekinq: Besluit…"), or the
 * longest run of up to five leading words that is a label, exactly or within allowedEdits.
 */
export function prefixLabel(line: string, matcher: LabelMatcher): PrefixLabel | null {
  const colon = line.indexOf(':');
  if (colon > 0 && colon <= 60) {
    const match = matcher.whole(line.slice(0, colon));
    if (match) {
      const rest = line.slice(colon + 1).replace(LEADING_SEPARATORS, '').trim();
      return { match, labelText: line.slice(0, colon + 1).trim(), rest, strong: true };
    }
  }
  const leading = words(line, MAX_LABEL_WORDS + 1);
  const foldedWords = leading.map((word) => foldLabel(word.text));
  // Exact matches first, at every length: "Mede-portefeuillehouder (s) +31" is the label and
  // a phone number, not a label two edits away from "…(s)+31".
  for (const exact of [true, false]) {
    for (let count = Math.min(MAX_LABEL_WORDS, leading.length); count >= 1; count -= 1) {
      const last = leading[count - 1];
      if (!last) continue;
      const folded = foldedWords.slice(0, count).join('');
      if (folded.length > 48) continue;
      const match = exact ? matcher.exact(folded) : matcher.fuzzy(folded);
      if (!match) continue;
      const head = line.slice(0, last.end);
      const after = line.slice(last.end);
      const separators = LEADING_SEPARATORS.exec(after)?.[0] ?? '';
      const rest = after.slice(separators.length).trim();
      return { match, labelText: (head + separators).trim(), rest, strong: rest === '' || separators.includes(':') };
    }
  }
  return null;
}

export interface RowLabel {
  readonly key: FieldKey;
  readonly text: string;
  readonly distance: number;
  /** Read from its place between two others, not from its own letters. */
  readonly inferred: boolean;
}

/**
 * A line that is nothing but field labels side by side — a table's header row flattened into one
 * line ("Portefeuillehouder: Behandelend ambtenaar: Raadsadviseur:", "Beeldvorming > Oordzzl\z e
 * Besluitvorming>") — as its labels in order; null for any other line. One run of unreadable
 * words between two labels is accepted when exactly one field of the same kind lies between
 * them in the field table: that is the label OCR destroyed.
 */
export function rowLabels(line: string, matcher: LabelMatcher): readonly RowLabel[] | null {
  const all = words(line, 17);
  if (all.length > 16 || all.length < 2) return null;
  const foldedWords = all.map((word) => foldLabel(word.text));
  const found: { key: FieldKey; from: number; to: number; distance: number }[] = [];
  const gaps: { from: number; to: number }[] = [];
  let index = 0;
  while (index < all.length) {
    if (foldedWords[index] === '') {
      index += 1;
      continue;
    }
    let hit: { key: FieldKey; count: number; distance: number } | undefined;
    const fieldAt = (from: number, count: number, exact: boolean): { key: FieldKey; distance: number } | undefined => {
      if (from + count > all.length) return undefined;
      const folded = foldedWords.slice(from, from + count).join('');
      const match = folded.length > 48 ? null : exact ? matcher.exact(folded) : matcher.fuzzy(folded);
      return match && match.target.kind === 'field' ? { key: match.target.key, distance: match.distance } : undefined;
    };
    for (const exact of [true, false]) {
      for (let count = Math.min(MAX_LABEL_WORDS, all.length - index); count >= 1 && !hit; count -= 1) {
        const match = fieldAt(index, count, exact);
        if (!match) continue;
        // "e Besluitvorming>" is a stray word before an exact label, not one damaged label.
        let exactLater = false;
        // Only a stray letter or two: "Behandelehd ambtenaar:" is one damaged label, not junk before "ambtenaar".
        for (let skip = 1; skip < count && !exact && !exactLater; skip += 1) {
          exactLater = foldedWords.slice(index, index + skip).join('').length <= 2 && fieldAt(index + skip, count - skip, true) !== undefined;
        }
        if (!exactLater) hit = { key: match.key, count, distance: match.distance };
      }
      if (hit) break;
    }
    if (hit) {
      found.push({ key: hit.key, from: index, to: index + hit.count, distance: hit.distance });
      index += hit.count;
    } else {
      // A header row starts with a label: a line that does not is prose, and not worth scanning on.
      if (found.length === 0) return null;
      const gap = gaps[gaps.length - 1];
      if (gap && gap.to !== index) return null;
      if (gap && gap.to === index) gap.to = index + 1;
      else gaps.push({ from: index, to: index + 1 });
      index += 1;
    }
  }
  if (found.length < 2 || gaps.length > 1) return null;
  const order = (key: FieldKey): number => FIELDS.findIndex((field) => field.key === key);
  for (let at = 1; at < found.length; at += 1) if (order(found[at]?.key ?? 'onderwerp') <= order(found[at - 1]?.key ?? 'onderwerp')) return null;
  const labels: { key: FieldKey; from: number; to: number; distance: number; inferred: boolean }[] = found.map((item) => ({ ...item, inferred: false }));
  const gap = gaps[0];
  if (gap) {
    const before = [...labels].reverse().find((label) => label.to <= gap.from);
    const after = labels.find((label) => label.from >= gap.to);
    if (!before || !after) return null;
    const kind = FIELDS[order(before.key)]?.kind;
    const between = FIELDS.slice(order(before.key) + 1, order(after.key)).filter((field) => field.kind === kind);
    const missing = between[0];
    if (between.length !== 1 || !missing || FIELDS[order(after.key)]?.kind !== kind) return null;
    labels.push({ key: missing.key, from: gap.from, to: gap.to, distance: 0, inferred: true });
    labels.sort((a, b) => a.from - b.from);
  }
  // Each label's text runs up to the next label, so separators (">", ":") stay with the label before them.
  return labels.map((label, at) => {
    const first = all[at === 0 ? 0 : label.from];
    const next = labels[at + 1];
    const lastWord = all[(next ? next.from : all.length) - 1];
    return {
      key: label.key,
      text: first && lastWord ? line.slice(first.start, lastWord.end) : '',
      distance: label.distance,
      inferred: label.inferred,
    };
  });
}
