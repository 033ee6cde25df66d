import { FIELDS } from '../fields';
import type { FieldKey } from '../fields';
import { parseEmail } from '../email';
import { scanValues } from './chunks';
import { foldLabel } from './fold';
import type { LabelMatcher } from './labels';
import { prefixLabel, words } from './labels';
import type { Doubt } from './types';

/**
 * The contact block of the old template: a three-column table (Portefeuillehouder | Behandelend
 * ambtenaar | Raadsadviseur) whose rows are the names; the label "Mede-portefeuillehouder(s)"
 * and two phone numbers; the mede-portefeuillehouder(s) and two e-mail addresses. It reaches us
 * either as real rows of cells (.docx, a PDF whose columns were rebuilt) or flattened into one
 * line per row (text taken from a PDF, the seed).
 */

export interface Assignment {
  readonly key: FieldKey;
  readonly value: string;
  readonly doubts: readonly Doubt[];
  readonly label: string | null;
}

export interface ContactResult {
  readonly assignments: readonly Assignment[];
  readonly unrecognised: readonly string[];
  readonly labels: readonly string[];
}

interface Group {
  readonly phone?: FieldKey;
  readonly email?: FieldKey;
}

const MEDE: FieldKey = 'medePortefeuillehouders';

/** The phone and e-mail fields that belong with a name field: same key prefix ("ambtenaar."). */
export function groupOf(key: FieldKey): Group {
  const dot = key.indexOf('.');
  if (dot < 0) return {};
  const prefix = key.slice(0, dot + 1);
  const phone = FIELDS.find((field) => field.key.startsWith(prefix) && field.kind === 'phone')?.key;
  const email = FIELDS.find((field) => field.key.startsWith(prefix) && field.kind === 'email')?.key;
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

interface Column {
  readonly key: FieldKey;
  readonly header: string;
  readonly group: Group;
  mede: boolean;
  name: string | null;
  nameDoubts: Doubt[];
}

function columnsFor(keys: readonly FieldKey[], headers: readonly string[]): Column[] {
  return keys.map((key, index) => ({ key, header: headers[index] ?? '', group: groupOf(key), mede: false, name: null, nameDoubts: [] }));
}

/** A whole text that is one phone number (as the chunk scanner reads it), or null. */
function onePhone(text: string): string | null {
  const scan = scanValues(text);
  const only = scan.chunks[0];
  return scan.chunks.length === 1 && scan.rest.length === 0 && only?.kind === 'phone' ? only.text : null;
}

/**
 * The lines of one table cell as the author wrote them, from lines a narrow column wrapped:
 * "Mede-" + "portefeuillehouder(s)" (a hyphen at the end), "e.janssens@zoetermeer" + ".nl" (an
 * e-mail address cut short), "Wethouder M." + "Koolmees" (a name that stops at its initials).
 */
export function joinWrapped(lines: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const previous = out[out.length - 1];
    if (previous === undefined) {
      out.push(line);
      continue;
    }
    const lastWord = previous.split(/\s+/).pop() ?? '';
    if (/\p{L}-$/u.test(previous) && !/\s/u.test(line.slice(0, 1))) {
      out[out.length - 1] = previous + line;
    } else if (previous.includes('@') && !parseEmail(previous.split(/\s+/).pop() ?? '') && !/\s/u.test(line) && parseEmail(lastWord + line)) {
      out[out.length - 1] = previous + line;
    } else if ((INITIALS.test(lastWord) || TITLE.test(lastWord) || PARTICLE.test(lastWord)) && /^\p{L}/u.test(line) && !parseEmail(line)) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** Real rows of cells under a header row of name labels. */
export function contactFromGrid(keys: readonly FieldKey[], headers: readonly string[], headerDoubts: readonly (readonly Doubt[])[], rows: readonly (readonly string[])[], matcher: LabelMatcher): ContactResult {
  const columns = columnsFor(keys, headers);
  const assignments: Assignment[] = [];
  const unrecognised: string[] = [];
  const labels: string[] = [];
  const mede: string[] = [];
  let medeLabel: string | null = null;
  const taken = new Set<FieldKey>();
  // Each column on its own: a cell a narrow column wrapped over two PDF lines is one cell again.
  const width = Math.max(0, ...rows.map((row) => row.length));
  const byColumn = Array.from({ length: width }, (_, index) => joinWrapped(rows.flatMap((row) => (row[index] ?? '').split('\n'))));
  for (const [index, cellLines] of byColumn.entries()) {
    {
      const column = columns[index];
      for (const raw of cellLines) {
        let line = raw.trim();
        if (line === '') continue;
        if (!column) {
          unrecognised.push(line);
          continue;
        }
        const label = prefixLabel(line, matcher);
        let attribute: 'phone' | 'email' | undefined;
        if (label && label.match.target.kind === 'field' && label.match.target.key === MEDE) {
          column.mede = true;
          medeLabel = label.labelText;
          labels.push(label.labelText);
          line = label.rest;
        } else if (label && label.match.target.kind === 'attribute') {
          attribute = label.match.target.attribute;
          labels.push(label.labelText);
          line = label.rest;
        }
        if (line === '') continue;
        // An address as written, even a broken one: the validator says what is wrong with it.
        const email = parseEmail(line) || (/^\S+@\S+$/u.test(line) && column.group.email) ? line : null;
        const phone = email ? null : onePhone(line);
        const target = email ? column.group.email : phone ? column.group.phone : attribute ? column.group[attribute] : undefined;
        if ((email || phone || attribute) && target && !taken.has(target)) {
          taken.add(target);
          assignments.push({ key: target, value: email ?? phone ?? line, doubts: headerDoubts[index] ?? [], label: column.header });
        } else if (email || phone || attribute) {
          unrecognised.push(line);
        } else if (column.mede) {
          mede.push(line);
        } else if (column.name === null) {
          column.name = line;
        } else {
          column.name = `${column.name} ${line}`;
          column.nameDoubts.push('joined');
        }
      }
    }
  }
  for (const [index, column] of columns.entries()) {
    if (column.name !== null) assignments.push({ key: column.key, value: column.name, doubts: [...(headerDoubts[index] ?? []), ...column.nameDoubts], label: column.header });
  }
  if (mede.length > 0) assignments.push({ key: MEDE, value: mede.join('\n'), doubts: [], label: medeLabel });
  return { assignments, unrecognised, labels };
}

/** The flattened form: one line per table row, the columns' texts run together. */
export function contactFromLines(keys: readonly FieldKey[], headers: readonly string[], headerDoubts: readonly (readonly Doubt[])[], lines: readonly string[], matcher: LabelMatcher): ContactResult {
  const unrecognised: string[] = [];
  const labels: string[] = [];
  const mede: string[] = [];
  const phones: string[] = [];
  const emails: string[] = [];
  let medeMode = false;
  let medeLabel: string | null = null;
  let namesLine: string | null = null;
  const columns = columnsFor(keys, headers);
  for (const raw of lines) {
    let line = raw;
    const label = prefixLabel(line, matcher);
    if (label && label.match.target.kind === 'field' && label.match.target.key === MEDE) {
      medeMode = true;
      medeLabel = label.labelText;
      labels.push(label.labelText);
      line = label.rest;
    } else if (label && label.match.target.kind === 'attribute') {
      labels.push(label.labelText);
      line = label.rest;
    }
    if (line === '') continue;
    const scan = scanValues(line);
    if (scan.chunks.length === 0) {
      if (medeMode) mede.push(line);
      else if (namesLine === null) namesLine = line;
      else unrecognised.push(line);
      continue;
    }
    const firstChunk = scan.chunks[0]?.from ?? 0;
    const lead = scan.rest.filter((word) => word.index < firstChunk).map((word) => word.text).join(' ');
    const trailing = scan.rest.filter((word) => word.index > firstChunk).map((word) => word.text);
    if (lead !== '') {
      if (medeMode) mede.push(lead);
      else if (namesLine === null) namesLine = lead;
      else unrecognised.push(lead);
    }
    if (trailing.length > 0) unrecognised.push(trailing.join(' '));
    for (const chunk of scan.chunks) {
      if (chunk.kind === 'phone') phones.push(chunk.text);
      else if (chunk.kind === 'email') emails.push(chunk.text);
      else unrecognised.push(chunk.text);
    }
  }

  const assignments: Assignment[] = [];
  const emailColumns = columns.filter((column) => column.group.email);
  const phoneColumns = columns.filter((column) => column.group.phone);
  // E-mail addresses in column order; their local parts ("a.e.de.vries") tell where a name ends.
  const emailByColumn = new Map<Column, string>();
  emails.forEach((email, index) => {
    const column = emails.length === emailColumns.length ? emailColumns[index] : bestColumnForEmail(email, emailColumns, columns, namesLine ?? '');
    if (column && !emailByColumn.has(column)) emailByColumn.set(column, email);
    else unrecognised.push(email);
  });
  if (namesLine !== null) {
    const split = splitNames(namesLine, columns.length, columns.map((column) => emailByColumn.get(column) ?? null));
    split.names.forEach((name, index) => {
      const column = columns[index];
      if (column && name !== '') {
        column.name = name;
        column.nameDoubts.push('by_position');
        if (split.uncertain) column.nameDoubts.push('split_uncertain');
      }
    });
  }
  for (const [index, column] of columns.entries()) {
    const doubts = headerDoubts[index] ?? [];
    if (column.name !== null) assignments.push({ key: column.key, value: column.name, doubts: [...doubts, ...column.nameDoubts], label: column.header });
    const email = emailByColumn.get(column);
    if (email && column.group.email) {
      const counted = emails.length === emailColumns.length ? [] : (['missing_in_row'] as Doubt[]);
      assignments.push({ key: column.group.email, value: email, doubts: [...doubts, 'by_position', ...counted], label: column.header });
    }
  }
  phones.forEach((phone, index) => {
    const column = phoneColumns[index];
    if (!column?.group.phone) {
      unrecognised.push(phone);
      return;
    }
    const counted = phones.length === phoneColumns.length ? [] : (['missing_in_row'] as Doubt[]);
    assignments.push({ key: column.group.phone, value: phone, doubts: [...(headerDoubts[columns.indexOf(column)] ?? []), 'by_position', ...counted], label: column.header });
  });
  if (mede.length > 0) assignments.push({ key: MEDE, value: mede.join('\n'), doubts: ['by_position'], label: medeLabel });
  return { assignments, unrecognised, labels };
}

const INITIALS = /^(?:\p{Lu}\.){1,5}\p{Lu}?$/u;
const TITLE = /^(?:wethouder|burgemeester|gedeputeerde|dhr\.?|mevr\.?|mw\.?|mevrouw|drs\.?|dr\.?|mr\.?|ir\.?|ing\.?|prof\.?)$/iu;
const PARTICLE = /^(?:van|de|der|den|het|ten|ter|te|in|op|'t|d')$/iu;

/** Surname-like parts of an e-mail address's local part: "a.e.de.vries" → ["vries"]. */
function surnameParts(email: string | null): readonly string[] {
  if (!email) return [];
  const local = email.slice(0, Math.max(0, email.indexOf('@')));
  return local
    .split(/[._-]+/)
    .map(foldLabel)
    .filter((part) => part.length >= 3 && !PARTICLE.test(part));
}

function segmentScore(segment: readonly string[], email: string | null): number {
  const first = segment[0] ?? '';
  const last = segment[segment.length - 1] ?? '';
  let score = 0;
  if (INITIALS.test(first) || TITLE.test(first)) score += 2;
  else if (PARTICLE.test(first)) score -= 2;
  else if (foldLabel(first) === '') score -= 3;
  else if (/^\p{Lu}/u.test(first)) score += 0.5;
  else score -= 1;
  // A title alone is no name ("Burgemeester" | "M. Bezuijen"), and a title inside one starts the next.
  if (segment.length === 1 && TITLE.test(first)) score -= 3;
  for (let index = 1; index < segment.length; index += 1) if (TITLE.test(segment[index] ?? '')) score -= 1.5;
  if (segment.length > 1 && (INITIALS.test(last) || PARTICLE.test(last) || TITLE.test(last) || foldLabel(last) === '')) score -= 2;
  // Initials inside a segment start the next name, unless a title stands before them.
  for (let index = 1; index < segment.length; index += 1) {
    if (INITIALS.test(segment[index] ?? '') && !TITLE.test(segment[index - 1] ?? '')) score -= 1.5;
  }
  const parts = surnameParts(email);
  if (parts.length > 0) {
    const folded = new Set(segment.map(foldLabel));
    if (parts.some((part) => folded.has(part))) score += 3;
  }
  return score;
}

/** Splitting a row of names is worth trying on this many words; beyond it, columns were surely lost. */
const MAX_NAME_WORDS = 24;

/**
 * Splits a flattened row of names into `count` names: every way of cutting the words is scored
 * (names start with initials or a title, not with "van" or "-"; an e-mail address's surname
 * falls in its own column) and the best wins. Uncertain when the runner-up is close.
 */
export function splitNames(line: string, count: number, emails: readonly (string | null)[]): { readonly names: readonly string[]; readonly uncertain: boolean } {
  const all = words(line).map((word) => word.text);
  if (count <= 1) return { names: [line], uncertain: false };
  if (all.length < count || all.length > MAX_NAME_WORDS) {
    return { names: all.length < count ? all : [line], uncertain: true };
  }
  let best = { score: Number.NEGATIVE_INFINITY, cuts: [] as number[] };
  let second = Number.NEGATIVE_INFINITY;
  const cuts: number[] = [];
  const visit = (start: number, column: number, score: number): void => {
    if (column === count - 1) {
      const total = score + segmentScore(all.slice(start), emails[column] ?? null);
      if (total > best.score) {
        second = best.score;
        best = { score: total, cuts: [...cuts] };
      } else if (total > second) {
        second = total;
      }
      return;
    }
    for (let end = start + 1; end <= all.length - (count - 1 - column); end += 1) {
      cuts.push(end);
      visit(end, column + 1, score + segmentScore(all.slice(start, end), emails[column] ?? null));
      cuts.pop();
    }
  };
  visit(0, 0, 0);
  const bounds = [0, ...best.cuts, all.length];
  const names = bounds.slice(1).map((end, index) => all.slice(bounds[index], end).join(' '));
  return { names, uncertain: best.score - second < 1.5 };
}

/**
 * The column an e-mail address belongs to when the row has fewer addresses than columns: the one
 * whose name holds the address's surname; else the first that takes an address.
 */
function bestColumnForEmail(email: string, columns: readonly Column[], allColumns: readonly Column[], namesLine: string): Column | undefined {
  const parts = surnameParts(email);
  if (parts.length > 0 && namesLine !== '') {
    const split = splitNames(namesLine, allColumns.length, []);
    const index = split.names.findIndex((name) => parts.some((part) => name.split(/\s+/).map(foldLabel).includes(part)));
    const column = allColumns[index];
    if (column && columns.includes(column)) return column;
  }
  return columns[0];
}
