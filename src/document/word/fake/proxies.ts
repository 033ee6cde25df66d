/**
 * Proxy objects that behave like office.js's: calls only queue work; nothing reaches the
 * document until `context.sync()`; a property can be read only after it was loaded AND synced,
 * otherwise PropertyNotLoaded is thrown with Word's own message. Each class implements the
 * narrowed interface of ../api, which is checked against @types/office-js.
 *
 * Where office.js and Word behave in a way code can trip over, so does the fake:
 * - an object made by a method (getFirst, getByTag, getItem, getNext…) is instantiated at its
 *   place in the batch (office.js queues an "Instantiate" action in the ClientObject
 *   constructor), so getFirst() on an empty collection fails the batch right there;
 * - a navigation property (control.paragraphs, document.body…) is one proxy per object, created
 *   on first read and cached (office.js keeps it in a field, e.g. `this._P`), so loading it and
 *   reading it again later works;
 * - `load('$none')` loads no property (Microsoft's samples use it to get a collection's items);
 * - an insert location the method does not take fails the batch with InvalidArgument, as Word
 *   does, instead of being applied somewhere (the allowed values are the @types/office-js docs of
 *   each method: "The value must be 'Start' or 'End'");
 * - a member of a requirement set the host lacks throws ApiNotFound when called (engine.requireApi).
 */
import type {
  BodyApi,
  ChangeTrackingMode,
  ChangeTrackingVersion,
  ClientResultApi,
  ContentControlApi,
  ContentControlCollectionApi,
  CustomXmlPartApi,
  CustomXmlPartCollectionApi,
  CustomXmlPartScopedCollectionApi,
  DocumentApi,
  InsertBeforeAfter,
  InsertStartEnd,
  ParagraphApi,
  ParagraphCollectionApi,
  RangeApi,
  RangeCollectionApi,
  RequestContextApi,
  TableApi,
  TableCellApi,
  TrackedChangeApi,
  TrackedChangeCollectionApi,
} from '../api';
import { propertyNotLoaded, valueNotLoaded, wordError } from './errors';
import type { CustomXmlPartNode, FakeWordEngine, QueuedOperation } from './engine';
import {
  changesIn,
  collapsed,
  controlText,
  controlsOf,
  fullText,
  paragraphsInSpan,
  paragraphsOf,
  paragraphsTextAs,
  spanOf,
  spanTextAs,
  tableOf,
} from './model';
import type { BodyNode, CellNode, ChangeRecord, ControlNode, ParagraphNode, Span, TableNode } from './model';

const UNRESOLVED: unique symbol = Symbol('unresolved');

/** What a proxy points at once its queued path has been evaluated during a sync. */
class Ref<T> {
  value: T | null | typeof UNRESOLVED = UNRESOLVED;
  get(location: string): T {
    if (this.value === UNRESOLVED) throw new Error(`fake Word: ${location} evaluated before its object (a bug in the fake)`);
    if (this.value === null) throw wordError('ItemNotFound', location);
    return this.value;
  }
}

export class FakeContext implements RequestContextApi {
  readonly queue: QueuedOperation[] = [];
  readonly document: FakeDocument;
  constructor(readonly engine: FakeWordEngine) {
    this.document = new FakeDocument(this);
  }

  /** Set when the Word.run batch that made this context has finished. */
  closed = false;

  enqueue(location: string, run: () => void): void {
    // Proxies die with their Word.run: using one afterwards is a bug office.js reports as
    // InvalidObjectPath (unless the object was added to trackedObjects, which this layer never does).
    if (this.closed) throw wordError('InvalidObjectPath', location);
    this.queue.push({ location, run });
  }

  async sync(): Promise<void> {
    const batch = this.queue.splice(0, this.queue.length);
    await this.engine.execute(batch);
  }
}

function propertyList(names: string | string[] | undefined): string[] {
  if (names === undefined) return [];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((name) => name.trim()).filter((name) => name !== '');
}

/** `$none` asks for no property at all (office.js sends it as the select list). */
const NONE = '$none';

/** Word rejects an insert location the method does not take (the d.ts: "The value must be …"). */
function checkLocation(location: string, allowed: readonly string[], where: string): void {
  if (!allowed.includes(location)) throw wordError('InvalidArgument', where);
}

/** A ClientResult: its value arrives with the sync that ran the method. */
export class FakeClientResult<T> implements ClientResultApi<T> {
  private loaded = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.result as T;
  }
}

/** Base for single objects: loading snapshots the named properties when the batch reaches the load. */
abstract class FakeObject<T> {
  readonly ref = new Ref<T>();
  private readonly loaded = new Map<string, unknown>();
  private readonly navigation = new Map<string, unknown>();
  protected constructor(
    readonly context: FakeContext,
    protected readonly typeName: string,
  ) {}

  /** `owner` names the proxy the load was queued on, for Word's error message. */
  protected abstract readProperty(node: T, name: string, owner: string): unknown;

  /** A collection's load reads its items' properties through the item's own reader. */
  readPropertyFor(node: T, name: string, owner: string): unknown {
    return this.readProperty(node, name, owner);
  }

  /** The properties a bare load() brings: Word loads all scalar properties (which we never do). */
  protected abstract scalarProperties(): readonly string[];

  protected doLoad(names: string | string[] | undefined): void {
    const list = propertyList(names);
    const wanted = list.length > 0 ? list.filter((name) => name !== NONE) : this.scalarProperties();
    this.context.enqueue(`${this.typeName}.load`, () => {
      this.loaded.set('isNullObject', this.ref.value === null);
      if (this.ref.value === null) return;
      const node = this.ref.get(`${this.typeName}.load`);
      for (const name of wanted) this.loaded.set(name, this.readProperty(node, name, this.typeName));
    });
  }

  /**
   * As office.js: a property not loaded (and synced) throws PropertyNotLoaded, except on a null
   * object, whose properties read as undefined once its nullness is known.
   */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      if (this.loaded.get('isNullObject') === true) return undefined as V;
      throw propertyNotLoaded(name);
    }
    return this.loaded.get(name) as V;
  }

  /** For collection items: their values arrive with the collection's load. */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  protected derive<U, P extends { readonly ref: Ref<U> }>(proxy: P, location: string, resolve: (node: T) => U | null): P {
    this.context.enqueue(location, () => {
      proxy.ref.value = this.ref.value === null ? null : resolve(this.ref.get(location));
    });
    return proxy;
  }

  /** A navigation property: one proxy per object, made on first read (office.js caches it too). */
  protected nav<P>(name: string, make: () => P): P {
    const known = this.navigation.get(name);
    if (known !== undefined) return known as P;
    const made = make();
    this.navigation.set(name, made);
    return made;
  }

  /** A method returning a value: the value is filled in when the batch reaches the call. */
  protected result<V>(location: string, compute: (node: T) => V): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    this.context.enqueue(location, () => result.set(compute(this.ref.get(location))));
    return result;
  }
}

abstract class FakeCollection<N, P extends FakeObject<N>> {
  readonly ref = new Ref<N[]>();
  private loadedItems: P[] | null = null;
  protected constructor(
    readonly context: FakeContext,
    protected readonly typeName: string,
  ) {}

  protected abstract makeItem(): P;

  protected doLoad(names: string | string[] | undefined): void {
    const list = propertyList(names)
      .map((name) => name.replace(/^items\//, ''))
      .filter((name) => name !== 'items' && name !== NONE);
    this.context.enqueue(`${this.typeName}.load`, () => {
      const nodes = this.ref.get(`${this.typeName}.load`);
      this.loadedItems = nodes.map((node) => {
        const item = this.makeItem();
        item.ref.value = node;
        item.setLoaded('isNullObject', false);
        for (const name of list) item.setLoaded(name, item.readPropertyFor(node, name, this.typeName));
        return item;
      });
    });
  }

  get items(): P[] {
    if (this.loadedItems === null) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  protected deriveCollection<C extends { readonly ref: Ref<N[]> }>(collection: C, location: string, resolve: (nodes: N[]) => N[]): C {
    this.context.enqueue(location, () => {
      collection.ref.value = resolve(this.ref.get(location));
    });
    return collection;
  }

  protected deriveItem(item: P, location: string, resolve: (nodes: N[]) => N | null): P {
    this.context.enqueue(location, () => {
      item.ref.value = resolve(this.ref.get(location));
    });
    return item;
  }

  protected first(location: string): P {
    return this.deriveItem(this.makeItem(), location, (nodes) => {
      const first = nodes[0];
      if (first === undefined) throw wordError('ItemNotFound', location);
      return first;
    });
  }
}

// ---------------------------------------------------------------------------------------------

const CONTROL_SCALARS = ['tag', 'title', 'text', 'cannotDelete', 'cannotEdit', 'placeholderText', 'appearance', 'id'] as const;

export class FakeContentControl extends FakeObject<ControlNode> implements ContentControlApi {
  constructor(context: FakeContext) {
    super(context, 'ContentControl');
  }

  protected scalarProperties(): readonly string[] {
    return CONTROL_SCALARS;
  }

  protected readProperty(node: ControlNode, name: string, owner: string): unknown {
    switch (name) {
      case 'text':
        // What `text` shows depends on the markup view (office-js #5286, #1267, #2314).
        return controlText(node, this.context.engine.textView());
      case 'tag':
        return node.tag;
      case 'title':
        return node.title;
      case 'cannotDelete':
        return node.cannotDelete;
      case 'cannotEdit':
        return node.cannotEdit;
      case 'placeholderText':
        return node.placeholderText;
      case 'appearance':
        return node.appearance;
      case 'id':
        return node.id;
      default:
        // office.js rejects unknown property names when the batch runs.
        throw wordError('InvalidArgument', `${owner}.load(${name})`);
    }
  }

  private set<K extends 'tag' | 'title' | 'cannotDelete' | 'cannotEdit' | 'placeholderText' | 'appearance'>(name: K, value: ControlNode[K]): void {
    const location = `ContentControl.${name}`;
    // office.js keeps the value it was given (`this._Ta = value` in its setter), so it reads back
    // before any sync; the document changes only at sync.
    this.setLoaded(name, value);
    this.context.enqueue(location, () => {
      const node = this.ref.get(location);
      if (this.context.engine.protected_) throw this.context.engine.protectedError(location);
      node[name] = value;
    });
  }

  get tag(): string {
    return this.read('tag');
  }
  set tag(value: string) {
    this.set('tag', value);
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.set('title', value);
  }
  get text(): string {
    return this.read('text');
  }
  get cannotDelete(): boolean {
    return this.read('cannotDelete');
  }
  set cannotDelete(value: boolean) {
    this.set('cannotDelete', value);
  }
  get cannotEdit(): boolean {
    return this.read('cannotEdit');
  }
  set cannotEdit(value: boolean) {
    this.set('cannotEdit', value);
  }
  get placeholderText(): string {
    return this.read('placeholderText');
  }
  set placeholderText(value: string) {
    this.set('placeholderText', value);
  }
  get appearance(): 'BoundingBox' | 'Tags' | 'Hidden' {
    return this.read('appearance');
  }
  set appearance(value: 'BoundingBox' | 'Tags' | 'Hidden') {
    this.set('appearance', value);
  }

  load(propertyNames?: string | string[]): FakeContentControl {
    this.doLoad(propertyNames);
    return this;
  }

  insertText(text: string, insertLocation: 'Replace' | InsertStartEnd): FakeRange {
    const engine = this.context.engine;
    return this.derive(new FakeRange(this.context), 'ContentControl.insertText', (node) => {
      checkLocation(insertLocation, ['Replace', 'Start', 'End'], 'ContentControl.insertText');
      engine.assertEditable(node, 'ContentControl.insertText');
      if (insertLocation === 'Replace') return engine.replaceControlText(node, text);
      return engine.insertTextAt(node, text, insertLocation);
    });
  }

  insertBreak(breakType: 'Line', insertLocation: InsertStartEnd): void {
    const engine = this.context.engine;
    this.context.enqueue('ContentControl.insertBreak', () => {
      const node = this.ref.get('ContentControl.insertBreak');
      // The d.ts also allows Before/After; the layer never uses them and the fake does not model them.
      checkLocation(insertLocation, ['Start', 'End'], 'ContentControl.insertBreak');
      engine.assertEditable(node, 'ContentControl.insertBreak');
      if (breakType !== 'Line') throw wordError('InvalidArgument', 'ContentControl.insertBreak');
      // Word shows a manual line break as "\v" in text (w:br in the file).
      engine.insertTextAt(node, '\v', insertLocation);
    });
  }

  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd | InsertBeforeAfter): FakeParagraph {
    const engine = this.context.engine;
    return this.derive(new FakeParagraph(this.context), 'ContentControl.insertParagraph', (node) => {
      checkLocation(insertLocation, ['Start', 'End', 'Before', 'After'], 'ContentControl.insertParagraph');
      const inside = insertLocation === 'Start' || insertLocation === 'End';
      engine.assertEditable(inside ? node : node.parent, 'ContentControl.insertParagraph');
      const paragraph = engine.newParagraph(inside ? node : node.parent, paragraphText);
      if (insertLocation === 'Start') node.blocks.unshift(paragraph);
      else if (insertLocation === 'End') node.blocks.push(paragraph);
      else engine.insertBlock(paragraph, node, insertLocation);
      return paragraph;
    });
  }

  insertTable(rowCount: number, columnCount: number, insertLocation: InsertStartEnd | InsertBeforeAfter, values?: string[][]): FakeTable {
    const engine = this.context.engine;
    engine.requireApi('1.3', 'ContentControl.insertTable');
    return this.derive(new FakeTable(this.context), 'ContentControl.insertTable', (node) => {
      checkLocation(insertLocation, ['Start', 'End', 'Before', 'After'], 'ContentControl.insertTable');
      const inside = insertLocation === 'Start' || insertLocation === 'End';
      engine.assertEditable(inside ? node : node.parent, 'ContentControl.insertTable');
      const table = engine.newTable(inside ? node : node.parent, rowCount, columnCount, values);
      if (insertLocation === 'Start') node.blocks.unshift(table);
      else if (insertLocation === 'End') node.blocks.push(table);
      else engine.insertBlock(table, node, insertLocation);
      return table;
    });
  }

  select(selectionMode?: 'Select' | 'Start' | 'End'): void {
    const engine = this.context.engine;
    this.context.enqueue('ContentControl.select', () => {
      const node = this.ref.get('ContentControl.select');
      checkLocation(selectionMode ?? 'Select', ['Select', 'Start', 'End'], 'ContentControl.select');
      const paragraphs = paragraphsOf(node);
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      // 'Start'/'End' put a collapsed cursor there; 'Select' selects the whole control.
      if (first && last) {
        if (selectionMode === 'Start') engine.selection = collapsed(first, 'start');
        else if (selectionMode === 'End') engine.selection = collapsed(last, 'end');
        else engine.selection = spanOf(paragraphs) ?? engine.selection;
      }
      engine.scrolledTo = node.tag;
    });
  }

  get contentControls(): FakeContentControlCollection {
    return this.nav('contentControls', () =>
      this.derive(new FakeContentControlCollection(this.context), 'ContentControl.contentControls', (node) => controlsOf(node)),
    );
  }

  get paragraphs(): FakeParagraphCollection {
    return this.nav('paragraphs', () => this.derive(new FakeParagraphCollection(this.context), 'ContentControl.paragraphs', (node) => paragraphsOf(node)));
  }

  get parentTableOrNullObject(): FakeTable {
    this.context.engine.requireApi('1.3', 'ContentControl.parentTableOrNullObject');
    return this.nav('parentTableOrNullObject', () =>
      this.derive(new FakeTable(this.context), 'ContentControl.parentTableOrNullObject', (node) => tableOf(node)),
    );
  }

  search(searchText: string, searchOptions?: { matchCase?: boolean; matchWholeWord?: boolean }): FakeRangeCollection {
    this.context.engine.requireApi('1.3', 'ContentControl.search');
    return this.derive(new FakeRangeCollection(this.context), 'ContentControl.search', (node) => searchSpans(paragraphsOf(node), searchText, searchOptions ?? {}));
  }

  getReviewedText(changeTrackingVersion: ChangeTrackingVersion = 'Current'): FakeClientResult<string> {
    this.context.engine.requireApi('1.4', 'ContentControl.getReviewedText');
    return this.result('ContentControl.getReviewedText', (node) => {
      checkLocation(changeTrackingVersion, ['Current', 'Original'], 'ContentControl.getReviewedText');
      return controlText(node, changeTrackingVersion === 'Current' ? 'current' : 'original');
    });
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.context.engine.requireApi('1.6', 'ContentControl.getTrackedChanges');
    return this.derive(new FakeTrackedChangeCollection(this.context), 'ContentControl.getTrackedChanges', (node) => changesIn(paragraphsOf(node)));
  }

  getRange(rangeLocation: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content' = 'Whole'): FakeRange {
    this.context.engine.requireApi('1.3', 'ContentControl.getRange');
    return this.derive(new FakeRange(this.context), 'ContentControl.getRange', (node) => {
      checkLocation(rangeLocation, ['Whole', 'Start', 'End', 'Content'], 'ContentControl.getRange');
      const paragraphs = paragraphsOf(node);
      const whole = spanOf(paragraphs);
      if (!whole) throw wordError('ItemNotFound', 'ContentControl.getRange');
      if (rangeLocation === 'Start') return { start: whole.start, end: whole.start };
      if (rangeLocation === 'End') return { start: whole.end, end: whole.end };
      return whole;
    });
  }
}

/**
 * Word searches the document's text as stored, deleted revisions included, so a phrase with a
 * tracked deletion in the middle is not found (office-js #5874). Matches are exact ranges.
 */
function searchSpans(paragraphs: readonly ParagraphNode[], needle: string, options: { matchCase?: boolean; matchWholeWord?: boolean }): Span[] {
  const out: Span[] = [];
  if (needle === '') return out;
  const wanted = options.matchCase ? needle : needle.toLocaleLowerCase('nl');
  for (const paragraph of paragraphs) {
    const text = fullText(paragraph);
    const haystack = options.matchCase ? text : text.toLocaleLowerCase('nl');
    let from = 0;
    for (;;) {
      const index = haystack.indexOf(wanted, from);
      if (index < 0) break;
      from = index + 1;
      if (options.matchWholeWord) {
        const before = haystack[index - 1] ?? ' ';
        const after = haystack[index + wanted.length] ?? ' ';
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      }
      out.push({ start: { paragraph, offset: index }, end: { paragraph, offset: index + wanted.length } });
    }
  }
  return out;
}

export class FakeContentControlCollection
  extends FakeCollection<ControlNode, FakeContentControl>
  implements ContentControlCollectionApi
{
  constructor(context: FakeContext) {
    super(context, 'ContentControlCollection');
  }

  protected makeItem(): FakeContentControl {
    return new FakeContentControl(this.context);
  }

  load(propertyNames?: string | string[]): FakeContentControlCollection {
    this.doLoad(propertyNames);
    return this;
  }

  getByTag(tag: string): FakeContentControlCollection {
    return this.deriveCollection(new FakeContentControlCollection(this.context), 'ContentControlCollection.getByTag', (nodes) =>
      nodes.filter((node) => node.tag === tag),
    );
  }

  getFirstOrNullObject(): FakeContentControl {
    this.context.engine.requireApi('1.3', 'ContentControlCollection.getFirstOrNullObject');
    return this.deriveItem(new FakeContentControl(this.context), 'ContentControlCollection.getFirstOrNullObject', (nodes) => nodes[0] ?? null);
  }

  getFirst(): FakeContentControl {
    this.context.engine.requireApi('1.3', 'ContentControlCollection.getFirst');
    return this.first('ContentControlCollection.getFirst');
  }

  getByChangeTrackingStates(changeTrackingStates: Word.ChangeTrackingState[]): FakeContentControlCollection {
    this.context.engine.requireApi('1.5', 'ContentControlCollection.getByChangeTrackingStates');
    const wanted = new Set<string>(changeTrackingStates);
    return this.deriveCollection(new FakeContentControlCollection(this.context), 'ContentControlCollection.getByChangeTrackingStates', (nodes) =>
      nodes.filter((node) => wanted.has(node.trackingState)),
    );
  }
}

// ---------------------------------------------------------------------------------------------

export class FakeParagraph extends FakeObject<ParagraphNode> implements ParagraphApi {
  constructor(context: FakeContext) {
    super(context, 'Paragraph');
  }
  protected scalarProperties(): readonly string[] {
    return ['text', 'styleBuiltIn', 'tableNestingLevel'];
  }
  protected readProperty(node: ParagraphNode, name: string, owner: string): unknown {
    if (name === 'text') return paragraphsTextAs([node], this.context.engine.textView());
    if (name === 'styleBuiltIn') return node.style;
    if (name === 'tableNestingLevel') return this.context.engine.isSetSupported('WordApi', '1.3') ? tableNestingLevel(node) : undefined;
    throw wordError('InvalidArgument', `${owner}.load(${name})`);
  }
  get text(): string {
    return this.read('text');
  }
  get styleBuiltIn(): Word.Paragraph['styleBuiltIn'] {
    return this.read('styleBuiltIn');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  delete(): void {
    const engine = this.context.engine;
    this.context.enqueue('Paragraph.delete', () => {
      const node = this.ref.get('Paragraph.delete');
      engine.assertEditable(node.parent, 'Paragraph.delete');
      engine.deleteParagraph(node);
    });
  }
  set styleBuiltIn(value: Word.Paragraph['styleBuiltIn']) {
    this.context.engine.requireApi('1.3', 'Paragraph.styleBuiltIn');
    this.setLoaded('styleBuiltIn', value);
    this.context.enqueue('Paragraph.styleBuiltIn', () => {
      const node = this.ref.get('Paragraph.styleBuiltIn');
      this.context.engine.assertEditable(node, 'Paragraph.styleBuiltIn');
      node.style = value;
    });
  }
  load(propertyNames?: string | string[]): FakeParagraph {
    this.doLoad(propertyNames);
    return this;
  }
  insertContentControl(): FakeContentControl {
    const engine = this.context.engine;
    return this.derive(new FakeContentControl(this.context), 'Paragraph.insertContentControl', (node) => {
      engine.assertEditable(node, 'Paragraph.insertContentControl');
      return engine.wrapInControl(node);
    });
  }
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): FakeParagraph {
    const engine = this.context.engine;
    return this.derive(new FakeParagraph(this.context), 'Paragraph.insertParagraph', (node) => {
      // Paragraph.insertParagraph takes Before or After only ("Start" is InvalidArgument).
      checkLocation(insertLocation, ['Before', 'After'], 'Paragraph.insertParagraph');
      engine.assertEditable(node.parent, 'Paragraph.insertParagraph');
      const paragraph = engine.newParagraph(node.parent, paragraphText);
      engine.insertBlock(paragraph, node, insertLocation);
      return paragraph;
    });
  }
  getPrevious(): FakeParagraph {
    this.context.engine.requireApi('1.3', 'Paragraph.getPrevious');
    return this.derive(new FakeParagraph(this.context), 'Paragraph.getPrevious', (node) => {
      const all = paragraphsOf(this.context.engine.body);
      const previous = all[all.indexOf(node) - 1];
      if (!previous) throw wordError('ItemNotFound', 'Paragraph.getPrevious');
      return previous;
    });
  }
}

/** How many tables the paragraph sits in (Paragraph.tableNestingLevel). */
function tableNestingLevel(paragraph: ParagraphNode): number {
  let level = 0;
  let container = paragraph.parent;
  for (;;) {
    if (container.kind === 'body') return level;
    if (container.kind === 'cell') {
      level += 1;
      container = container.table.parent;
    } else {
      container = container.parent;
    }
  }
}

export class FakeParagraphCollection extends FakeCollection<ParagraphNode, FakeParagraph> implements ParagraphCollectionApi {
  constructor(context: FakeContext) {
    super(context, 'ParagraphCollection');
  }
  protected makeItem(): FakeParagraph {
    return new FakeParagraph(this.context);
  }
  load(propertyNames?: string | string[]): FakeParagraphCollection {
    this.doLoad(propertyNames);
    return this;
  }
  getFirst(): FakeParagraph {
    this.context.engine.requireApi('1.3', 'ParagraphCollection.getFirst');
    return this.first('ParagraphCollection.getFirst');
  }
}

// ---------------------------------------------------------------------------------------------

/** A range: a span between two positions (deletions counted), collapsed for a cursor. */
export class FakeRange extends FakeObject<Span> implements RangeApi {
  constructor(context: FakeContext) {
    super(context, 'Range');
  }
  protected scalarProperties(): readonly string[] {
    return ['text', 'isEmpty'];
  }
  protected readProperty(node: Span, name: string, owner: string): unknown {
    if (name === 'text') return spanTextAs(node, paragraphsOf(this.context.engine.body), this.context.engine.textView());
    if (name === 'isEmpty') return node.start.paragraph === node.end.paragraph && node.start.offset === node.end.offset;
    throw wordError('InvalidArgument', `${owner}.load(${name})`);
  }
  get text(): string {
    return this.read('text');
  }
  get isEmpty(): boolean {
    return this.read('isEmpty');
  }
  load(propertyNames?: string | string[]): FakeRange {
    this.doLoad(propertyNames);
    return this;
  }
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): FakeParagraph {
    const engine = this.context.engine;
    return this.derive(new FakeParagraph(this.context), 'Range.insertParagraph', (span) => {
      checkLocation(insertLocation, ['Before', 'After'], 'Range.insertParagraph');
      const anchor = insertLocation === 'Before' ? span.start.paragraph : span.end.paragraph;
      engine.assertEditable(anchor.parent, 'Range.insertParagraph');
      const paragraph = engine.newParagraph(anchor.parent, paragraphText);
      engine.insertBlock(paragraph, anchor, insertLocation);
      return paragraph;
    });
  }
  get paragraphs(): FakeParagraphCollection {
    return this.nav('paragraphs', () =>
      this.derive(new FakeParagraphCollection(this.context), 'Range.paragraphs', (span) => paragraphsInSpan(span, paragraphsOf(this.context.engine.body))),
    );
  }
  getReviewedText(changeTrackingVersion: ChangeTrackingVersion = 'Current'): FakeClientResult<string> {
    this.context.engine.requireApi('1.4', 'Range.getReviewedText');
    return this.result('Range.getReviewedText', (span) => {
      checkLocation(changeTrackingVersion, ['Current', 'Original'], 'Range.getReviewedText');
      return spanTextAs(span, paragraphsOf(this.context.engine.body), changeTrackingVersion === 'Current' ? 'current' : 'original');
    });
  }
  getTrackedChanges(): FakeTrackedChangeCollection {
    this.context.engine.requireApi('1.6', 'Range.getTrackedChanges');
    return this.derive(new FakeTrackedChangeCollection(this.context), 'Range.getTrackedChanges', (span) =>
      changesIn(paragraphsInSpan(span, paragraphsOf(this.context.engine.body)), span),
    );
  }
  intersectWith(range: RangeApi): FakeRange {
    this.context.engine.requireApi('1.3', 'Range.intersectWith');
    const other = range as FakeRange;
    return this.derive(new FakeRange(this.context), 'Range.intersectWith', (span) => {
      const all = paragraphsOf(this.context.engine.body);
      const theirs = other.ref.get('Range.intersectWith');
      const order = (position: { paragraph: ParagraphNode; offset: number }) => all.indexOf(position.paragraph) * 1e9 + position.offset;
      const start = order(span.start) >= order(theirs.start) ? span.start : theirs.start;
      const end = order(span.end) <= order(theirs.end) ? span.end : theirs.end;
      // "Throws an ItemNotFound error if the two ranges aren't overlapped or adjacent" (the d.ts).
      if (order(start) > order(end)) throw wordError('ItemNotFound', 'Range.intersectWith');
      return { start, end };
    });
  }
}

export class FakeRangeCollection extends FakeCollection<Span, FakeRange> implements RangeCollectionApi {
  constructor(context: FakeContext) {
    super(context, 'RangeCollection');
  }
  protected makeItem(): FakeRange {
    return new FakeRange(this.context);
  }
  load(propertyNames?: string | string[]): FakeRangeCollection {
    this.doLoad(propertyNames);
    return this;
  }
  getFirst(): FakeRange {
    this.context.engine.requireApi('1.3', 'RangeCollection.getFirst');
    return this.first('RangeCollection.getFirst');
  }
}

// ---------------------------------------------------------------------------------------------

const CHANGE_SCALARS = ['author', 'date', 'text', 'type'] as const;

/** WordApi 1.6: a pending change, as Word.TrackedChange reports it. */
export class FakeTrackedChange extends FakeObject<ChangeRecord> implements TrackedChangeApi {
  constructor(context: FakeContext) {
    super(context, 'TrackedChange');
  }
  protected scalarProperties(): readonly string[] {
    return CHANGE_SCALARS;
  }
  protected readProperty(node: ChangeRecord, name: string, owner: string): unknown {
    switch (name) {
      case 'author':
        return node.revision.author;
      case 'date':
        return new Date(node.revision.date);
      case 'type':
        return node.revision.type === 'insert' ? 'Added' : 'Deleted';
      case 'text':
        // Word for Mac returns "" for a deletion's text (office-js #5178).
        if (node.revision.type === 'delete' && this.context.engine.platform === 'mac') return '';
        return node.runs.map((run) => run.text).join('');
      default:
        throw wordError('InvalidArgument', `${owner}.load(${name})`);
    }
  }
  get author(): string {
    return this.read('author');
  }
  get date(): Date {
    return this.read('date');
  }
  get text(): string {
    return this.read('text');
  }
  get type(): Word.TrackedChange['type'] {
    return this.read('type');
  }
  load(propertyNames?: string | string[]): FakeTrackedChange {
    this.doLoad(propertyNames);
    return this;
  }
  accept(): void {
    this.context.enqueue('TrackedChange.accept', () => this.context.engine.acceptChange(this.ref.get('TrackedChange.accept'), 'TrackedChange.accept'));
  }
  reject(): void {
    this.context.enqueue('TrackedChange.reject', () => this.context.engine.rejectChange(this.ref.get('TrackedChange.reject'), 'TrackedChange.reject'));
  }
  /**
   * The next change in the document, not in the collection this one came from: nothing in the
   * docs limits it to the collection, so the fake takes the reading that is more dangerous for
   * code that walks a field's changes with it.
   */
  getNext(): FakeTrackedChange {
    return this.derive(new FakeTrackedChange(this.context), 'TrackedChange.getNext', (node) => {
      const all = changesIn(paragraphsOf(this.context.engine.body));
      const index = all.findIndex((record) => record.paragraph === node.paragraph && record.runs[0] === node.runs[0] && record.mark === node.mark);
      const next = index < 0 ? undefined : all[index + 1];
      if (!next) throw wordError('ItemNotFound', 'TrackedChange.getNext');
      return next;
    });
  }
  getRange(rangeLocation: 'Whole' | 'Start' | 'End' = 'Whole'): FakeRange {
    return this.derive(new FakeRange(this.context), 'TrackedChange.getRange', (node) => {
      checkLocation(rangeLocation, ['Whole', 'Start', 'End'], 'TrackedChange.getRange');
      let offset = 0;
      let start = -1;
      let end = -1;
      for (const run of node.paragraph.runs) {
        if (node.runs.includes(run)) {
          if (start < 0) start = offset;
          end = offset + run.text.length;
        }
        offset += run.text.length;
      }
      if (start < 0) start = end = fullText(node.paragraph).length;
      const whole: Span = { start: { paragraph: node.paragraph, offset: start }, end: { paragraph: node.paragraph, offset: end } };
      if (rangeLocation === 'Start') return { start: whole.start, end: whole.start };
      if (rangeLocation === 'End') return { start: whole.end, end: whole.end };
      return whole;
    });
  }
}

export class FakeTrackedChangeCollection extends FakeCollection<ChangeRecord, FakeTrackedChange> implements TrackedChangeCollectionApi {
  constructor(context: FakeContext) {
    super(context, 'TrackedChangeCollection');
  }
  protected makeItem(): FakeTrackedChange {
    return new FakeTrackedChange(this.context);
  }
  load(propertyNames?: string | string[]): FakeTrackedChangeCollection {
    this.doLoad(propertyNames);
    return this;
  }
  getFirst(): FakeTrackedChange {
    return this.first('TrackedChangeCollection.getFirst');
  }
  /** In order; one change in a locked control fails the call there (office-js #2886). */
  acceptAll(): void {
    this.context.enqueue('TrackedChangeCollection.acceptAll', () => {
      for (const change of this.ref.get('TrackedChangeCollection.acceptAll')) this.context.engine.acceptChange(change, 'TrackedChangeCollection.acceptAll');
    });
  }
  rejectAll(): void {
    this.context.enqueue('TrackedChangeCollection.rejectAll', () => {
      for (const change of this.ref.get('TrackedChangeCollection.rejectAll')) this.context.engine.rejectChange(change, 'TrackedChangeCollection.rejectAll');
    });
  }
}

// ---------------------------------------------------------------------------------------------

export class FakeTable extends FakeObject<TableNode> implements TableApi {
  constructor(context: FakeContext) {
    super(context, 'Table');
  }
  protected scalarProperties(): readonly string[] {
    return ['styleBuiltIn', 'headerRowCount'];
  }
  protected readProperty(node: TableNode, name: string): unknown {
    if (name === 'styleBuiltIn') return node.style;
    if (name === 'headerRowCount') return node.headerRowCount;
    throw wordError('InvalidArgument', `Table.load(${name})`);
  }
  get styleBuiltIn(): Word.Table['styleBuiltIn'] {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: Word.Table['styleBuiltIn']) {
    this.setLoaded('styleBuiltIn', value);
    this.context.enqueue('Table.styleBuiltIn', () => {
      this.ref.get('Table.styleBuiltIn').style = value;
    });
  }
  get headerRowCount(): number {
    return this.read('headerRowCount');
  }
  set headerRowCount(value: number) {
    this.setLoaded('headerRowCount', value);
    this.context.enqueue('Table.headerRowCount', () => {
      this.ref.get('Table.headerRowCount').headerRowCount = value;
    });
  }
  getParagraphBefore(): FakeParagraph {
    return this.derive(new FakeParagraph(this.context), 'Table.getParagraphBefore', (node) => {
      const all = paragraphsOf(this.context.engine.body);
      const first = node.rows[0]?.[0] ? paragraphsOf(node.rows[0][0])[0] : undefined;
      const previous = first ? all[all.indexOf(first) - 1] : undefined;
      if (!previous) throw wordError('ItemNotFound', 'Table.getParagraphBefore');
      return previous;
    });
  }
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): FakeParagraph {
    const engine = this.context.engine;
    return this.derive(new FakeParagraph(this.context), 'Table.insertParagraph', (node) => {
      checkLocation(insertLocation, ['Before', 'After'], 'Table.insertParagraph');
      engine.assertEditable(node.parent, 'Table.insertParagraph');
      const paragraph = engine.newParagraph(node.parent, paragraphText);
      engine.insertBlock(paragraph, node, insertLocation);
      return paragraph;
    });
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    const cell = new FakeTableCell(this.context);
    this.context.enqueue('Table.getCell', () => {
      const found = this.ref.get('Table.getCell').rows[rowIndex]?.[cellIndex];
      if (!found) throw wordError('ItemNotFound', 'Table.getCell');
      cell.ref.value = found;
    });
    return cell;
  }
}

export class FakeTableCell implements TableCellApi {
  readonly ref = new Ref<CellNode>();
  private cachedBody: FakeBody | null = null;
  constructor(private readonly context: FakeContext) {}
  get body(): FakeBody {
    if (this.cachedBody) return this.cachedBody;
    const body = new FakeBody(this.context);
    this.context.enqueue('TableCell.body', () => {
      body.ref.value = this.ref.get('TableCell.body');
    });
    this.cachedBody = body;
    return body;
  }
}

export class FakeBody implements BodyApi {
  readonly ref = new Ref<BodyNode | CellNode>();
  private cachedControls: FakeContentControlCollection | null = null;
  private cachedParagraphs: FakeParagraphCollection | null = null;
  constructor(private readonly context: FakeContext) {}

  get contentControls(): FakeContentControlCollection {
    if (this.cachedControls) return this.cachedControls;
    const collection = new FakeContentControlCollection(this.context);
    this.context.enqueue('Body.contentControls', () => {
      collection.ref.value = controlsOf(this.ref.get('Body.contentControls'));
    });
    this.cachedControls = collection;
    return collection;
  }

  get paragraphs(): FakeParagraphCollection {
    if (this.cachedParagraphs) return this.cachedParagraphs;
    const collection = new FakeParagraphCollection(this.context);
    this.context.enqueue('Body.paragraphs', () => {
      collection.ref.value = paragraphsOf(this.ref.get('Body.paragraphs'));
    });
    this.cachedParagraphs = collection;
    return collection;
  }

  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd): FakeParagraph {
    const paragraph = new FakeParagraph(this.context);
    const engine = this.context.engine;
    this.context.enqueue('Body.insertParagraph', () => {
      const node = this.ref.get('Body.insertParagraph');
      // Body.insertParagraph takes Start or End only ("Before" on a Body is InvalidArgument).
      checkLocation(insertLocation, ['Start', 'End'], 'Body.insertParagraph');
      engine.assertEditable(node, 'Body.insertParagraph');
      const created = engine.newParagraph(node, paragraphText);
      if (insertLocation === 'Start') node.blocks.unshift(created);
      else node.blocks.push(created);
      paragraph.ref.value = created;
    });
    return paragraph;
  }

  getReviewedText(changeTrackingVersion: ChangeTrackingVersion = 'Current'): FakeClientResult<string> {
    this.context.engine.requireApi('1.4', 'Body.getReviewedText');
    const result = new FakeClientResult<string>();
    this.context.enqueue('Body.getReviewedText', () => {
      checkLocation(changeTrackingVersion, ['Current', 'Original'], 'Body.getReviewedText');
      result.set(paragraphsTextAs(paragraphsOf(this.ref.get('Body.getReviewedText')), changeTrackingVersion === 'Current' ? 'current' : 'original'));
    });
    return result;
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.context.engine.requireApi('1.6', 'Body.getTrackedChanges');
    const collection = new FakeTrackedChangeCollection(this.context);
    this.context.enqueue('Body.getTrackedChanges', () => {
      collection.ref.value = changesIn(paragraphsOf(this.ref.get('Body.getTrackedChanges')));
    });
    return collection;
  }
}

// ---------------------------------------------------------------------------------------------

export class FakeCustomXmlPart extends FakeObject<CustomXmlPartNode> implements CustomXmlPartApi {
  constructor(context: FakeContext) {
    super(context, 'CustomXmlPart');
  }
  protected scalarProperties(): readonly string[] {
    return this.context.engine.isSetSupported('WordApiDesktop', '1.3') ? ['id', 'namespaceUri', 'xml'] : ['id', 'namespaceUri'];
  }
  protected readProperty(node: CustomXmlPartNode, name: string, owner: string): unknown {
    if (name === 'id') return node.id;
    if (name === 'namespaceUri') return node.namespaceUri;
    // WordApiDesktop 1.3: the web has no `xml` property, so loading it fails there.
    if (name === 'xml' && this.context.engine.isSetSupported('WordApiDesktop', '1.3')) return node.xml;
    throw wordError('InvalidArgument', `${owner}.load(${name})`);
  }
  get id(): string {
    return this.read('id');
  }
  get namespaceUri(): string {
    return this.read('namespaceUri');
  }
  get xml(): string {
    return this.read('xml');
  }
  load(propertyNames?: string | string[]): FakeCustomXmlPart {
    this.doLoad(propertyNames);
    return this;
  }
  getXml(): FakeClientResult<string> {
    return this.result('CustomXmlPart.getXml', (node) => {
      if (!this.context.engine.customXmlParts.includes(node)) throw wordError('ItemNotFound', 'CustomXmlPart.getXml');
      return node.xml;
    });
  }
  setXml(xml: string): void {
    this.context.enqueue('CustomXmlPart.setXml', () => {
      const node = this.ref.get('CustomXmlPart.setXml');
      const engine = this.context.engine;
      if (!engine.customXmlParts.includes(node)) throw wordError('ItemNotFound', 'CustomXmlPart.setXml');
      if (engine.protected_) throw engine.protectedError('CustomXmlPart.setXml');
      engine.replaceCustomXmlPart(node, xml, 'CustomXmlPart.setXml');
    });
  }
  delete(): void {
    this.context.enqueue('CustomXmlPart.delete', () => {
      const node = this.ref.get('CustomXmlPart.delete');
      const engine = this.context.engine;
      if (engine.protected_) throw engine.protectedError('CustomXmlPart.delete');
      const index = engine.customXmlParts.indexOf(node);
      if (index < 0) throw wordError('ItemNotFound', 'CustomXmlPart.delete');
      engine.customXmlParts.splice(index, 1);
    });
  }
}

export class FakeCustomXmlPartScopedCollection
  extends FakeCollection<CustomXmlPartNode, FakeCustomXmlPart>
  implements CustomXmlPartScopedCollectionApi
{
  constructor(context: FakeContext) {
    super(context, 'CustomXmlPartScopedCollection');
  }
  protected makeItem(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context);
  }
  load(propertyNames?: string | string[]): FakeCustomXmlPartScopedCollection {
    this.doLoad(propertyNames);
    return this;
  }
}

export class FakeCustomXmlPartCollection implements CustomXmlPartCollectionApi {
  constructor(private readonly context: FakeContext) {}
  add(xml: string): FakeCustomXmlPart {
    const engine = this.context.engine;
    engine.requireApi('1.4', 'CustomXmlPartCollection.add');
    const part = new FakeCustomXmlPart(this.context);
    this.context.enqueue('CustomXmlPartCollection.add', () => {
      if (engine.protected_) throw engine.protectedError('CustomXmlPartCollection.add');
      part.ref.value = engine.addCustomXmlPart(xml, 'CustomXmlPartCollection.add');
    });
    return part;
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    this.context.engine.requireApi('1.4', 'CustomXmlPartCollection.getByNamespace');
    const collection = new FakeCustomXmlPartScopedCollection(this.context);
    this.context.enqueue('CustomXmlPartCollection.getByNamespace', () => {
      collection.ref.value = this.context.engine.customXmlParts.filter((part) => part.namespaceUri === namespaceUri);
    });
    return collection;
  }
  getItem(id: string): FakeCustomXmlPart {
    this.context.engine.requireApi('1.4', 'CustomXmlPartCollection.getItem');
    const part = new FakeCustomXmlPart(this.context);
    this.context.enqueue('CustomXmlPartCollection.getItem', () => {
      const found = this.context.engine.customXmlParts.find((candidate) => candidate.id === id);
      if (!found) throw wordError('ItemNotFound', 'CustomXmlPartCollection.getItem');
      part.ref.value = found;
    });
    return part;
  }
}

const TRACKING_MODES: readonly string[] = ['Off', 'TrackAll', 'TrackMineOnly'];

export class FakeDocument implements DocumentApi {
  readonly body: FakeBody;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  private loaded = new Map<string, unknown>();
  constructor(private readonly context: FakeContext) {
    this.body = new FakeBody(context);
    this.body.ref.value = context.engine.body;
    this.customXmlParts = new FakeCustomXmlPartCollection(context);
  }

  getSelection(): FakeRange {
    const range = new FakeRange(this.context);
    this.context.enqueue('Document.getSelection', () => {
      range.ref.value = this.context.engine.selection;
    });
    return range;
  }

  get changeTrackingMode(): ChangeTrackingMode {
    // office.js checks the set in the getter (Document.changeTrackingMode, WordApi 1.4).
    this.context.engine.requireApi('1.4', 'Document.changeTrackingMode');
    if (!this.loaded.has('changeTrackingMode')) throw propertyNotLoaded('changeTrackingMode');
    return this.loaded.get('changeTrackingMode') as ChangeTrackingMode;
  }

  /**
   * WordApi 1.4: Word lets an add-in switch tracking (Microsoft's "Manage change tracking"
   * sample). The layer's narrowed API keeps it read-only, so only tests set it, on the fake.
   */
  set changeTrackingMode(mode: ChangeTrackingMode) {
    this.context.engine.requireApi('1.4', 'Document.changeTrackingMode');
    this.loaded.set('changeTrackingMode', mode);
    this.context.enqueue('Document.changeTrackingMode', () => {
      const engine = this.context.engine;
      if (!TRACKING_MODES.includes(mode)) throw wordError('InvalidArgument', 'Document.changeTrackingMode');
      if (engine.protected_) throw engine.protectedError('Document.changeTrackingMode');
      engine.trackingMode = mode;
    });
  }

  load(propertyNames?: string | string[]): FakeDocument {
    const names = propertyList(propertyNames).filter((name) => name !== NONE);
    this.context.enqueue('Document.load', () => {
      for (const name of names) {
        if (name !== 'changeTrackingMode') throw wordError('InvalidArgument', `Document.load(${name})`);
        this.loaded.set(name, this.context.engine.trackingMode);
      }
    });
    return this;
  }
}
