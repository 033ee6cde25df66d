import { FIELDS, PLANNING_KEYS, fieldByKey } from '../fields';
import type { AnnotatieValues, FieldDefinition, FieldKey } from '../fields';
import type { Profile } from '../profile';
import { DEFAULT_PROFILE } from '../profile';
import { isBlank } from '../text';
import { scanValues } from './chunks';
import type { Assignment } from './contact';
import { contactFromGrid, contactFromLines, groupOf, joinWrapped } from './contact';
import { foldLabel } from './fold';
import { isPageFurniture } from './furniture';
import type { LabelTarget, PrefixLabel, RowLabel } from './labels';
import { LabelMatcher, prefixLabel, rowLabels } from './labels';
import type { SourceLine } from './rich-text';
import { joinLines, paragraphText, paragraphs } from './rich-text';
import { shapeDoubt } from './shape';
import type { Doubt, LegacyInput, Recognition, RecognisedField } from './types';
import { DOUBT_FACTOR } from './types';

/**
 * Recognises the fields of an annotatie written before the add-in (contract §6 `import`).
 * Pure and total: any blocks in, never throws; linear in the size of the input (labels are
 * matched on the first words of a line only, fuzzy matching on short strings only).
 *
 * How it reads (README.md has the decisions): it walks the lines in order; a line that starts
 * with a label (exactly or with OCR damage) opens that field, and the lines after it are its
 * value until the next label. Header rows — several labels side by side, as a table's first row
 * — take the row(s) below them by column, whether they came as real cells or flattened into
 * lines. Inside the Toelichting only labels of later fields end a field, so a sub-heading or a
 * sentence starting with "Programma" stays text. Page furniture is set aside wherever it is.
 */
export function recogniseAnnotatie(input: LegacyInput, profile: Profile = DEFAULT_PROFILE): Recognition {
  const lines = toLines(input);
  const reader = new Reader(input.reflow, profile, lineWidth(lines));
  reader.read(lines);
  return reader.result();
}

interface Line {
  readonly text: string;
  readonly cells: readonly string[] | null;
  readonly blank: boolean;
  readonly heading: boolean;
  readonly listItem: boolean;
  readonly furniture: boolean;
}

function toLines(input: LegacyInput): readonly Line[] {
  const lines: Line[] = [];
  for (const block of Array.isArray(input?.blocks) ? input.blocks : []) {
    if (block?.kind === 'row') {
      const raw: readonly unknown[] = Array.isArray(block.cells) ? block.cells : [];
      const cells = raw.map((cell) => (typeof cell === 'string' ? cell.trim() : ''));
      const blank = cells.every((cell) => isBlank(cell));
      lines.push({ text: cells.filter((cell) => cell !== '').join(' '), cells: blank ? null : cells, blank, heading: false, listItem: false, furniture: false });
      continue;
    }
    const text = typeof block?.text === 'string' ? block.text : '';
    // \u000b is the manual line break Word leaves in Range.text; matching it is the point.
    // eslint-disable-next-line no-control-regex
    for (const raw of text.split(/\r\n|\r|\n|\u000b|\u2028|\u2029/u)) {
      const trimmed = raw.replace(/\u00a0/gu, ' ').trim();
      const blank = isBlank(trimmed);
      lines.push({
        text: blank ? '' : trimmed,
        cells: null,
        blank,
        heading: Boolean(block?.heading),
        listItem: Boolean(block?.listItem),
        furniture: !blank && (Boolean(block?.furniture) || isPageFurniture(trimmed)),
      });
    }
    // A .docx paragraph ends where its author pressed Enter: keep that boundary for the reflow.
    if (!input.reflow && text !== '') lines.push({ text: '', cells: null, blank: true, heading: false, listItem: false, furniture: false });
  }
  return lines;
}

/**
 * The width of a full line of running text, in characters: the longest line that a sentence
 * runs on from (the next line starts with a lower-case word), so wrapped at the margin for sure.
 * Without such lines, the longest line. A line well short of it may end a paragraph (see
 * rich-text.ts). Lines longer than 200 characters are paragraphs, not lines, and do not count.
 */
function lineWidth(lines: readonly Line[]): number {
  let wrapped = 0;
  let longest = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.cells || line.furniture || line.text.length > 200) continue;
    longest = Math.max(longest, line.text.length);
    const next = lines[index + 1];
    if (next && !next.cells && /^\p{Ll}/u.test(next.text)) wrapped = Math.max(wrapped, line.text.length);
  }
  return wrapped > 0 ? wrapped : longest;
}

const ORDER: ReadonlyMap<FieldKey, number> = new Map(FIELDS.map((field, index) => [field.key, index]));
const order = (key: FieldKey): number => ORDER.get(key) ?? 0;
const NAME_COLUMNS: ReadonlySet<FieldKey> = new Set(FIELDS.filter((field) => field.section === 'contactgegevens' && field.kind === 'text' && field.key !== 'onderwerp').map((field) => field.key));
const PLANNING: ReadonlySet<FieldKey> = new Set(PLANNING_KEYS);

type Sink =
  | { readonly kind: 'single'; readonly field: FieldDefinition; readonly label: string | null; readonly doubts: Doubt[]; value: string | null; closedByBlank: boolean }
  | { readonly kind: 'names'; readonly field: FieldDefinition; readonly label: string | null; readonly doubts: Doubt[]; readonly names: string[] }
  | { readonly kind: 'rich'; readonly field: FieldDefinition; readonly label: string | null; readonly doubts: Doubt[]; readonly lines: SourceLine[] };

interface Found {
  value: string;
  doubts: Set<Doubt>;
  label: string | null;
}

class Reader {
  private readonly matcher = new LabelMatcher();
  private readonly found = new Map<FieldKey, Found>();
  private readonly unrecognised: string[] = [];
  private readonly labels: string[] = [];
  private sink: Sink | null = null;
  /** The last line was a table row with a label in its first cell (or the continuation of one). */
  private labelledRow = false;
  /** The name field whose phone and e-mail lines may follow (one-per-line contact blocks). */
  private person: FieldKey | null = null;

  constructor(
    private readonly reflow: boolean,
    private readonly profile: Profile,
    private readonly width: number,
  ) {}

  read(lines: readonly Line[]): void {
    let index = 0;
    while (index < lines.length) {
      const line = lines[index];
      if (!line) break;
      if (line.furniture) {
        this.unrecognised.push(line.text);
        index += 1;
        continue;
      }
      if (line.blank) {
        this.blank();
        index += 1;
        continue;
      }
      index = line.cells ? this.row(lines, index, line.cells) : this.textLine(lines, index, line);
    }
    this.close();
  }

  result(): Recognition {
    const values: Partial<Record<FieldKey, string>> = {};
    const confidence: Partial<Record<FieldKey, number>> = {};
    const fields: Partial<Record<FieldKey, RecognisedField>> = {};
    for (const field of FIELDS) {
      const found = this.found.get(field.key);
      if (!found || isBlank(found.value)) continue;
      const shape = shapeDoubt(field, found.value, this.profile);
      if (shape) found.doubts.add(shape);
      const doubts = [...found.doubts];
      const score = Math.round(doubts.reduce((product, doubt) => product * DOUBT_FACTOR[doubt], 1) * 100) / 100;
      values[field.key] = found.value;
      confidence[field.key] = score;
      fields[field.key] = { value: found.value, confidence: score, doubts, label: found.label };
    }
    return { values: values as AnnotatieValues, confidence, fields, unrecognised: this.unrecognised, labels: this.labels };
  }

  // ——— values ———

  private assign(key: FieldKey, value: string, doubts: readonly Doubt[], label: string | null): void {
    if (isBlank(value)) return;
    const existing = this.found.get(key);
    if (!existing) {
      this.found.set(key, { value, doubts: new Set(doubts), label });
      return;
    }
    // Found twice: keep the first, put the second aside, and say so on the field.
    existing.doubts.add('duplicate');
    for (const line of value.split('\n')) if (!isBlank(line)) this.unrecognised.push(line);
  }

  private has(key: FieldKey): boolean {
    return this.found.has(key);
  }

  private close(): void {
    const sink = this.sink;
    this.sink = null;
    if (!sink) return;
    if (sink.kind === 'single') {
      if (sink.value !== null) this.assign(sink.field.key, sink.value, sink.doubts, sink.label);
    } else if (sink.kind === 'names') {
      if (sink.names.length > 0) this.assign(sink.field.key, sink.names.join('\n'), sink.doubts, sink.label);
    } else {
      this.closeRich(sink);
    }
  }

  private closeRich(sink: Extract<Sink, { kind: 'rich' }>): void {
    const list = paragraphs(sink.lines, this.reflow, this.width, sink.field.key === 'toelichting.kern');
    if (sink.field.key === 'toelichting.inleiding') {
      // Sub-headings after the Inleiding start the rest of the toelichting (contract §2: kern holds them).
      const first = list.findIndex((paragraph) => paragraph.heading);
      if (first > 0) {
        this.assign(sink.field.key, paragraphText(list.slice(0, first)), sink.doubts, sink.label);
        this.assign('toelichting.kern', paragraphText(list.slice(first)), [], null);
        return;
      }
    }
    this.assign(sink.field.key, paragraphText(list), sink.doubts, sink.label);
  }

  private blank(): void {
    const sink = this.sink;
    if (sink?.kind === 'rich') sink.lines.push({ text: '', blank: true, heading: false, listItem: false });
    else if (sink?.kind === 'single' && sink.value !== null) sink.closedByBlank = true;
  }

  // ——— lines ———

  private textLine(lines: readonly Line[], index: number, line: Line): number {
    const inRich = this.sink?.kind === 'rich';
    if (!inRich) {
      const row = rowLabels(line.text, this.matcher);
      if (row) return this.headerRow(lines, index + 1, row);
    }
    const label = this.acceptedLabel(line.text);
    if (label) {
      this.open(label.match.target, label.labelText, label.rest, label.match.distance > 0 ? ['label_fuzzy'] : []);
      return index + 1;
    }
    // A label wrapped over two lines ("Status inclusief" / "voorlopige planning").
    const next = lines[index + 1];
    if (next && !next.blank && !next.cells && line.text.length <= 40 && this.matcher.isLabelStart(foldLabel(line.text))) {
      const joined = this.acceptedLabel(`${line.text} ${next.text}`);
      if (joined && joined.rest === '') {
        this.open(joined.match.target, `${line.text} ${next.text}`, '', joined.match.distance > 0 ? ['label_fuzzy'] : []);
        return index + 2;
      }
    }
    this.feed(line);
    return index + 1;
  }

  /** A label at the start of the line that may end what is open now (see the class comment). */
  private acceptedLabel(text: string): PrefixLabel | null {
    const label = prefixLabel(text, this.matcher);
    if (!label) return null;
    const target = label.match.target;
    const sink = this.sink;
    if (sink?.kind === 'rich') {
      if (!label.strong || target.kind === 'attribute') return null;
      const at = target.kind === 'field' ? order(target.key) : firstFieldOfSection(target.id);
      // "Inleiding" right after "Toelichting" names the text that was waiting for a label.
      const waiting = sink.label === null && sink.lines.every((line) => line.blank) && at === order(sink.field.key);
      return at > order(sink.field.key) || waiting ? label : null;
    }
    if (label.strong) return label;
    // Without a colon and with text after it, only a short value field's label counts.
    if (target.kind === 'section') return null;
    if (target.kind === 'field' && fieldByKey(target.key).kind === 'richText') return null;
    return label;
  }

  private open(target: LabelTarget, labelText: string, rest: string, doubts: Doubt[]): void {
    this.close();
    if (target.kind === 'section') {
      this.labels.push(labelText);
      this.person = null;
      // Text right after "Toelichting" and before any label of its own is the Inleiding.
      if (target.id === 'toelichting' && !this.has('toelichting.inleiding')) {
        this.sink = { kind: 'rich', field: fieldByKey('toelichting.inleiding'), label: null, doubts: ['no_label'], lines: [] };
      }
      // "Toelichting: …" — text after a heading is text, never lost with the heading.
      if (rest !== '') this.feed({ text: rest, cells: null, blank: false, heading: false, listItem: false, furniture: false });
      return;
    }
    if (target.kind === 'attribute') {
      const key = this.attributeKey(target.attribute);
      if (!key) {
        this.unrecognised.push(rest === '' ? labelText : `${labelText} ${rest}`);
        return;
      }
      this.labels.push(labelText);
      this.sink = { kind: 'single', field: fieldByKey(key), label: labelText, doubts, value: rest === '' ? null : rest, closedByBlank: false };
      return;
    }
    this.labels.push(labelText);
    const field = fieldByKey(target.key);
    if (NAME_COLUMNS.has(field.key)) this.person = field.key;
    else if (field.section !== 'contactgegevens') this.person = null;
    if (field.kind === 'richText') {
      this.sink = { kind: 'rich', field, label: labelText, doubts, lines: rest === '' ? [] : [{ text: rest, blank: false, heading: false, listItem: false }] };
    } else if (field.kind === 'names') {
      this.sink = { kind: 'names', field, label: labelText, doubts, names: rest === '' ? [] : [rest] };
    } else {
      this.sink = { kind: 'single', field, label: labelText, doubts, value: rest === '' ? null : rest, closedByBlank: false };
    }
  }

  /** "Telefoon:" belongs to the person named last; without one, to the first that lacks it. */
  private attributeKey(attribute: 'phone' | 'email'): FieldKey | undefined {
    const own = this.person ? groupOf(this.person)[attribute] : undefined;
    if (own) return own;
    for (const key of NAME_COLUMNS) {
      const candidate = groupOf(key)[attribute];
      if (candidate && !this.has(candidate)) return candidate;
    }
    return undefined;
  }

  /** A line that is not a label: part of what is open, or left over. */
  private feed(line: Line): void {
    const sink = this.sink;
    const text = line.text;
    if (line.furniture) {
      this.unrecognised.push(text);
      return;
    }
    if (sink?.kind === 'rich') {
      sink.lines.push({ text, blank: false, heading: line.heading, listItem: line.listItem });
      return;
    }
    if (sink?.kind === 'names') {
      sink.names.push(text);
      return;
    }
    if (sink?.kind === 'single') {
      if (sink.value === null) {
        sink.value = text;
        return;
      }
      if (!sink.closedByBlank && this.continues(sink, text)) return;
    }
    if (this.personValue(text)) return;
    this.unrecognised.push(text);
  }

  /** Whether the line continues a one-line value: a wrapped title, a choice that runs on. */
  private continues(sink: Extract<Sink, { kind: 'single' }>, text: string): boolean {
    const value = sink.value ?? '';
    const field = sink.field;
    if (field.key === 'onderwerp' || (field.kind === 'text' && /^\p{Ll}/u.test(text) && !NAME_COLUMNS.has(field.key))) {
      sink.value = `${value} ${text}`;
      if (!sink.doubts.includes('joined')) sink.doubts.push('joined');
      return true;
    }
    if (field.kind === 'choice' && field.choices) {
      const joined = foldLabel(`${value} ${text}`);
      if (this.profile.options[field.choices].some((option) => foldLabel(option) === joined)) {
        sink.value = `${value} ${text}`;
        return true;
      }
    }
    return false;
  }

  /** A phone number or e-mail address on its own line after a person's name goes with that person. */
  private personValue(text: string): boolean {
    if (!this.person) return false;
    const scan = scanValues(text);
    const only = scan.chunks[0];
    if (scan.chunks.length !== 1 || scan.rest.length > 0 || !only || only.kind === 'date') return false;
    const key = groupOf(this.person)[only.kind];
    if (!key || this.has(key)) return false;
    this.close();
    this.assign(key, only.text, [], null);
    return true;
  }

  // ——— header rows ———

  /** A flattened header row: the next line(s) hold its values by column. */
  private headerRow(lines: readonly Line[], start: number, row: readonly RowLabel[]): number {
    this.close();
    this.person = null;
    for (const label of row) this.labels.push(label.text);
    const keys = row.map((label) => label.key);
    const doubts = row.map((label): Doubt[] => (label.inferred ? ['label_inferred'] : label.distance > 0 ? ['label_fuzzy'] : []));
    if (keys.every((key) => PLANNING.has(key))) return this.planningValues(lines, start, row, doubts);
    if (keys.every((key) => NAME_COLUMNS.has(key))) {
      const block: string[] = [];
      let index = start;
      for (; index < lines.length; index += 1) {
        const line = lines[index];
        if (!line) break;
        if (line.furniture) {
          this.unrecognised.push(line.text);
          continue;
        }
        if (line.blank) continue;
        if (line.cells) break;
        const label = prefixLabel(line.text, this.matcher);
        const target = label?.match.target;
        const inBlock = !label || (target?.kind === 'field' && target.key === 'medePortefeuillehouders') || target?.kind === 'attribute';
        if (!inBlock || rowLabels(line.text, this.matcher)) break;
        block.push(line.text);
      }
      this.take(contactFromLines(keys, row.map((label) => label.text), doubts, block, this.matcher));
      return index;
    }
    // Labels side by side that are not one table's header: values follow each on its own.
    return start;
  }

  private planningValues(lines: readonly Line[], start: number, row: readonly RowLabel[], doubts: readonly Doubt[][]): number {
    const values: string[] = [];
    let index = start;
    while (index < lines.length && values.length < row.length) {
      const line = lines[index];
      if (!line || line.cells) break;
      if (line.furniture) {
        this.unrecognised.push(line.text);
        index += 1;
        continue;
      }
      if (line.blank) {
        index += 1;
        continue;
      }
      const scan = scanValues(line.text);
      if (scan.rest.length > 0 || scan.chunks.length === 0 || scan.chunks.some((chunk) => chunk.kind !== 'date')) break;
      values.push(...scan.chunks.map((chunk) => chunk.text));
      index += 1;
      // One line with several dates is the whole row; one date per line goes on.
      if (scan.chunks.length > 1) break;
    }
    const counted: Doubt[] = values.length === row.length ? [] : ['missing_in_row'];
    values.forEach((value, at) => {
      const label = row[at];
      if (label) this.assign(label.key, value, [...(doubts[at] ?? []), 'by_position', ...counted], label.text);
      else this.unrecognised.push(value);
    });
    return index;
  }

  private take(result: { readonly assignments: readonly Assignment[]; readonly unrecognised: readonly string[]; readonly labels: readonly string[] }): void {
    for (const assignment of result.assignments) this.assign(assignment.key, assignment.value, assignment.doubts, assignment.label);
    this.unrecognised.push(...result.unrecognised);
    this.labels.push(...result.labels);
  }

  // ——— table rows ———

  private row(lines: readonly Line[], index: number, cells: readonly string[]): number {
    // A header row whose labels a narrow column wrapped onto a second line ("Behandelend" / "ambtenaar:").
    const next = lines[index + 1]?.cells;
    if (next && next.length === cells.length && this.sink?.kind !== 'rich' && !this.isHeader(cells) && cells.some((cell) => cell !== '')) {
      const merged = cells.map((cell, at) => joinWrapped([cell, next[at] ?? '']).join(' '));
      if (this.isHeader(merged)) return this.row([...lines.slice(0, index), { ...(lines[index] as Line), cells: merged }, ...lines.slice(index + 2)], index, merged) + 1;
    }
    const matches = cells.map((cell) => (cell === '' ? null : this.matcher.whole(cell.split('\n')[0] ?? '')));
    const fieldCells = matches.filter((match) => match?.target.kind === 'field').length;
    const unmatched = cells.filter((cell, at) => cell !== '' && !matches[at]).length;
    if (fieldCells >= 2 && unmatched === 0 && this.sink?.kind !== 'rich') {
      const headers = cells.filter((cell) => cell !== '');
      const row = rowLabels(headers.join(' | '), this.matcher);
      if (row && row.length === headers.length) return this.gridRows(lines, index + 1, row, cells);
    }
    const first = cells[0] ?? '';
    const firstLine = first.split('\n')[0] ?? '';
    // A row with an empty label cell under a labelled one: the value cell wrapped onto the next
    // line of the page (a PDF of a two-column table). It goes on with the same value.
    const continued = this.labelledRow && lines[index - 1]?.cells !== null && lines[index - 1]?.cells !== undefined;
    this.labelledRow = false;
    if (first === '' && continued && this.sink) {
      const text = cells.slice(1).filter((cell) => cell !== '').join(' ');
      const sink = this.sink;
      if (sink.kind === 'single' && sink.value !== null) {
        sink.value = joinLines(sink.value, text);
        if (!sink.doubts.includes('joined')) sink.doubts.push('joined');
      } else {
        this.feed({ text, cells: null, blank: false, heading: false, listItem: false, furniture: isPageFurniture(text) });
      }
      // The next wrapped line continues too: this row counts as part of the labelled one.
      this.labelledRow = true;
      return index + 1;
    }
    const label = first === '' ? null : this.acceptedLabel(firstLine);
    if (label && (label.rest === '' || label.strong)) {
      const restOfCell = first.split('\n').slice(1).join('\n');
      this.open(label.match.target, label.labelText, label.rest, label.match.distance > 0 ? ['label_fuzzy'] : []);
      this.labelledRow = true;
      const texts = [restOfCell, ...cells.slice(1)].filter((text) => text !== '');
      texts.forEach((text, at) => {
        // Each further cell is its own paragraph in a rich text.
        if (at > 0 && this.sink?.kind === 'rich') this.blank();
        for (const part of text.split('\n')) {
          const trimmed = part.trim();
          if (trimmed !== '') this.feed({ text: trimmed, cells: null, blank: false, heading: false, listItem: false, furniture: isPageFurniture(trimmed) });
        }
      });
      return index + 1;
    }
    for (const cell of cells) {
      for (const part of cell.split('\n')) {
        const trimmed = part.trim();
        if (trimmed !== '') this.feed({ text: trimmed, cells: null, blank: false, heading: false, listItem: false, furniture: isPageFurniture(trimmed) });
      }
    }
    return index + 1;
  }

  /** Whether the cells are all labels, at least two of them fields': a table's header row. */
  private isHeader(cells: readonly string[]): boolean {
    const filled = cells.filter((cell) => cell !== '');
    const matches = filled.map((cell) => this.matcher.whole(cell));
    return matches.every((match) => match !== null) && matches.filter((match) => match?.target.kind === 'field').length >= 2;
  }

  /** A real header row of cells: the rows under it hold values by column. */
  private gridRows(lines: readonly Line[], start: number, row: readonly RowLabel[], cells: readonly string[]): number {
    this.close();
    this.person = null;
    for (const label of row) this.labels.push(label.text);
    // Column positions of the labels in the row (empty cells keep their place).
    const positions = cells.map((cell, at) => (cell === '' ? -1 : at)).filter((at) => at >= 0);
    const keys = row.map((label) => label.key);
    const doubts = row.map((label): Doubt[] => (label.inferred ? ['label_inferred'] : label.distance > 0 ? ['label_fuzzy'] : []));
    const rows: string[][] = [];
    let index = start;
    for (; index < lines.length; index += 1) {
      const line = lines[index];
      if (!line) break;
      if (line.blank) continue;
      if (!line.cells) break;
      const labelled = line.cells.map((cell) => (cell === '' ? null : this.matcher.whole(cell)));
      // "portefeuillehouder(s)" under "Mede-" is the rest of a wrapped label, not a new field.
      const continued = /\p{L}-$/u.test(rows[rows.length - 1]?.[0] ?? '');
      const firstLabel = continued ? null : labelled[0];
      // The next table row that starts another field (not the mede label inside the contact table).
      if (firstLabel && !(firstLabel.target.kind === 'field' && firstLabel.target.key === 'medePortefeuillehouders')) break;
      if (labelled.filter((match) => match?.target.kind === 'field').length >= 2 && !labelled.some((match) => match?.target.kind === 'field' && match.target.key === 'medePortefeuillehouders')) break;
      rows.push(positions.map((at) => line.cells?.[at] ?? ''));
      const extra = line.cells.filter((_cell, at) => !positions.includes(at) && line.cells?.[at] !== '');
      this.unrecognised.push(...extra);
    }
    if (keys.every((key) => NAME_COLUMNS.has(key))) {
      this.take(contactFromGrid(keys, row.map((label) => label.text), doubts, rows, this.matcher));
      return index;
    }
    // Any other header row (the planning): each column's cells are that field's value.
    keys.forEach((key, column) => {
      const texts = rows.map((cells) => cells[column] ?? '').filter((text) => text !== '');
      if (texts.length > 0) this.assign(key, texts.join(fieldByKey(key).multiline ? '\n' : ' '), doubts[column] ?? [], row[column]?.text ?? null);
    });
    return index;
  }
}

function firstFieldOfSection(id: string): number {
  const index = FIELDS.findIndex((field) => field.section === id);
  return index < 0 ? 0 : index;
}
