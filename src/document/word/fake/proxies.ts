/**
 * Proxy objects that behave like office.js's: calls only queue work; nothing reaches the
 * document until `context.sync()`; a property can be read only after it was loaded AND synced,
 * otherwise PropertyNotLoaded is thrown with Word's own message. Each class implements the
 * narrowed interface of ../api, which is checked against @types/office-js.
 */
import type {
  BodyApi,
  ChangeTrackingMode,
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
} from '../api';
import { propertyNotLoaded, wordError } from './errors';
import type { CustomXmlPartNode, FakeWordEngine, QueuedOperation } from './engine';
import { controlText, controlsOf, paragraphText, paragraphsOf, tableOf } from './model';
import type { BodyNode, CellNode, ControlNode, ParagraphNode, TableNode } from './model';

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

/** Base for single objects: loading snapshots the named properties when the batch reaches the load. */
abstract class FakeObject<T> {
  readonly ref = new Ref<T>();
  private readonly loaded = new Map<string, unknown>();
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
    const wanted = list.length > 0 ? list : this.scalarProperties();
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
      .filter((name) => name !== 'items');
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

  protected deriveCollection<C extends FakeCollection<N, P>>(collection: C, location: string, resolve: (nodes: N[]) => N[]): C {
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
        return controlText(node);
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
      if (this.context.engine.protected_) throw wordError('AccessDenied', location);
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
      engine.assertEditable(node, 'ContentControl.insertText');
      if (insertLocation === 'Replace') return [engine.replaceControlText(node, text)];
      return engine.insertTextAt(node, text, insertLocation);
    });
  }

  insertBreak(breakType: 'Line', insertLocation: InsertStartEnd): void {
    const engine = this.context.engine;
    this.context.enqueue('ContentControl.insertBreak', () => {
      const node = this.ref.get('ContentControl.insertBreak');
      engine.assertEditable(node, 'ContentControl.insertBreak');
      if (breakType !== 'Line') throw wordError('InvalidArgument', 'ContentControl.insertBreak');
      // Word shows a manual line break as "\v" in text (w:br in the file).
      engine.insertTextAt(node, '\v', insertLocation);
    });
  }

  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd | InsertBeforeAfter): FakeParagraph {
    const engine = this.context.engine;
    return this.derive(new FakeParagraph(this.context), 'ContentControl.insertParagraph', (node) => {
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
    return this.derive(new FakeTable(this.context), 'ContentControl.insertTable', (node) => {
      engine.requireApi('1.3', 'ContentControl.insertTable');
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
      const paragraphs = paragraphsOf(node);
      const target = selectionMode === 'End' ? paragraphs[paragraphs.length - 1] : paragraphs[0];
      if (target) engine.selection = target;
      engine.scrolledTo = node.tag;
    });
  }

  get contentControls(): FakeContentControlCollection {
    return this.derive(new FakeContentControlCollection(this.context), 'ContentControl.contentControls', (node) => controlsOf(node));
  }

  get paragraphs(): FakeParagraphCollection {
    return this.derive(new FakeParagraphCollection(this.context), 'ContentControl.paragraphs', (node) => paragraphsOf(node));
  }

  get parentTableOrNullObject(): FakeTable {
    return this.derive(new FakeTable(this.context), 'ContentControl.parentTableOrNullObject', (node) => {
      this.context.engine.requireApi('1.3', 'ContentControl.parentTableOrNullObject');
      return tableOf(node);
    });
  }

  search(searchText: string, searchOptions?: { matchCase?: boolean; matchWholeWord?: boolean }): FakeRangeCollection {
    return this.derive(new FakeRangeCollection(this.context), 'ContentControl.search', (node) =>
      paragraphsOf(node)
        .filter((paragraph) => matches(paragraphText(paragraph), searchText, searchOptions ?? {}))
        .map((paragraph) => [paragraph]),
    );
  }
}

function matches(text: string, needle: string, options: { matchCase?: boolean; matchWholeWord?: boolean }): boolean {
  const haystack = options.matchCase ? text : text.toLocaleLowerCase('nl');
  const wanted = options.matchCase ? needle : needle.toLocaleLowerCase('nl');
  let from = 0;
  for (;;) {
    const index = haystack.indexOf(wanted, from);
    if (index < 0) return false;
    if (!options.matchWholeWord) return true;
    const before = haystack[index - 1] ?? ' ';
    const after = haystack[index + wanted.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = index + 1;
  }
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
    return this.deriveItem(new FakeContentControl(this.context), 'ContentControlCollection.getFirstOrNullObject', (nodes) => {
      this.context.engine.requireApi('1.3', 'ContentControlCollection.getFirstOrNullObject');
      return nodes[0] ?? null;
    });
  }

  getFirst(): FakeContentControl {
    return this.deriveItem(new FakeContentControl(this.context), 'ContentControlCollection.getFirst', (nodes) => {
      this.context.engine.requireApi('1.3', 'ContentControlCollection.getFirst');
      const first = nodes[0];
      if (!first) throw wordError('ItemNotFound', 'ContentControlCollection.getFirst');
      return first;
    });
  }

  getByChangeTrackingStates(changeTrackingStates: Word.ChangeTrackingState[]): FakeContentControlCollection {
    const wanted = new Set<string>(changeTrackingStates);
    return this.deriveCollection(
      new FakeContentControlCollection(this.context),
      'ContentControlCollection.getByChangeTrackingStates',
      (nodes) => {
        this.context.engine.requireApi('1.5', 'ContentControlCollection.getByChangeTrackingStates');
        return nodes.filter((node) => wanted.has(node.trackingState));
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------

export class FakeParagraph extends FakeObject<ParagraphNode> implements ParagraphApi {
  constructor(context: FakeContext) {
    super(context, 'Paragraph');
  }
  protected scalarProperties(): readonly string[] {
    return ['text', 'styleBuiltIn'];
  }
  protected readProperty(node: ParagraphNode, name: string, owner: string): unknown {
    if (name === 'text') return paragraphText(node);
    if (name === 'styleBuiltIn') return node.style;
    throw wordError('InvalidArgument', `${owner}.load(${name})`);
  }
  get text(): string {
    return this.read('text');
  }
  get styleBuiltIn(): Word.Paragraph['styleBuiltIn'] {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: Word.Paragraph['styleBuiltIn']) {
    this.setLoaded('styleBuiltIn', value);
    this.context.enqueue('Paragraph.styleBuiltIn', () => {
      const node = this.ref.get('Paragraph.styleBuiltIn');
      this.context.engine.requireApi('1.3', 'Paragraph.styleBuiltIn');
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
      engine.assertEditable(node.parent, 'Paragraph.insertParagraph');
      const paragraph = engine.newParagraph(node.parent, paragraphText);
      engine.insertBlock(paragraph, node, insertLocation);
      return paragraph;
    });
  }
  getPrevious(): FakeParagraph {
    return this.derive(new FakeParagraph(this.context), 'Paragraph.getPrevious', (node) => {
      const all = paragraphsOf(this.context.engine.body);
      const previous = all[all.indexOf(node) - 1];
      if (!previous) throw wordError('ItemNotFound', 'Paragraph.getPrevious');
      return previous;
    });
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
    return this.deriveItem(new FakeParagraph(this.context), 'ParagraphCollection.getFirst', (nodes) => {
      const first = nodes[0];
      if (!first) throw wordError('ItemNotFound', 'ParagraphCollection.getFirst');
      return first;
    });
  }
}

// ---------------------------------------------------------------------------------------------

/** A range is modelled as whole paragraphs (the fake does not split runs by character offsets). */
export class FakeRange extends FakeObject<ParagraphNode[]> implements RangeApi {
  constructor(context: FakeContext) {
    super(context, 'Range');
  }
  protected scalarProperties(): readonly string[] {
    return ['text'];
  }
  protected readProperty(node: ParagraphNode[], name: string, owner: string): unknown {
    if (name === 'text') return node.map(paragraphText).join('\r');
    throw wordError('InvalidArgument', `${owner}.load(${name})`);
  }
  get text(): string {
    return this.read('text');
  }
  load(propertyNames?: string | string[]): FakeRange {
    this.doLoad(propertyNames);
    return this;
  }
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): FakeParagraph {
    const engine = this.context.engine;
    return this.derive(new FakeParagraph(this.context), 'Range.insertParagraph', (nodes) => {
      const anchor = insertLocation === 'Before' ? nodes[0] : nodes[nodes.length - 1];
      if (!anchor) throw wordError('ItemNotFound', 'Range.insertParagraph');
      engine.assertEditable(anchor.parent, 'Range.insertParagraph');
      const paragraph = engine.newParagraph(anchor.parent, paragraphText);
      engine.insertBlock(paragraph, anchor, insertLocation);
      return paragraph;
    });
  }
  get paragraphs(): FakeParagraphCollection {
    return this.derive(new FakeParagraphCollection(this.context), 'Range.paragraphs', (nodes) => [...nodes]);
  }
}

export class FakeRangeCollection extends FakeCollection<ParagraphNode[], FakeRange> implements RangeCollectionApi {
  constructor(context: FakeContext) {
    super(context, 'RangeCollection');
  }
  protected makeItem(): FakeRange {
    return new FakeRange(this.context);
  }
  getFirst(): FakeRange {
    return this.deriveItem(new FakeRange(this.context), 'RangeCollection.getFirst', (nodes) => {
      const first = nodes[0];
      if (!first) throw wordError('ItemNotFound', 'RangeCollection.getFirst');
      return first;
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
  constructor(private readonly context: FakeContext) {}
  get body(): FakeBody {
    const body = new FakeBody(this.context);
    this.context.enqueue('TableCell.body', () => {
      body.ref.value = this.ref.get('TableCell.body');
    });
    return body;
  }
}

export class FakeBody implements BodyApi {
  readonly ref = new Ref<BodyNode | CellNode>();
  constructor(private readonly context: FakeContext) {}

  get contentControls(): FakeContentControlCollection {
    const collection = new FakeContentControlCollection(this.context);
    this.context.enqueue('Body.contentControls', () => {
      collection.ref.value = controlsOf(this.ref.get('Body.contentControls'));
    });
    return collection;
  }

  get paragraphs(): FakeParagraphCollection {
    const collection = new FakeParagraphCollection(this.context);
    this.context.enqueue('Body.paragraphs', () => {
      collection.ref.value = paragraphsOf(this.ref.get('Body.paragraphs'));
    });
    return collection;
  }

  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd): FakeParagraph {
    const paragraph = new FakeParagraph(this.context);
    const engine = this.context.engine;
    this.context.enqueue('Body.insertParagraph', () => {
      const node = this.ref.get('Body.insertParagraph');
      engine.assertEditable(node, 'Body.insertParagraph');
      const created = engine.newParagraph(node, paragraphText);
      if (insertLocation === 'Start') node.blocks.unshift(created);
      else node.blocks.push(created);
      paragraph.ref.value = created;
    });
    return paragraph;
  }
}

export class FakeCustomXmlPart implements CustomXmlPartApi {
  readonly ref = new Ref<CustomXmlPartNode>();
  private loadedId: string | null = null;
  setId(id: string): void {
    this.loadedId = id;
  }
  get id(): string {
    if (this.loadedId === null) throw propertyNotLoaded('id');
    return this.loadedId;
  }
}

export class FakeCustomXmlPartScopedCollection implements CustomXmlPartScopedCollectionApi {
  readonly ref = new Ref<CustomXmlPartNode[]>();
  private loadedItems: FakeCustomXmlPart[] | null = null;
  constructor(private readonly context: FakeContext) {}
  get items(): FakeCustomXmlPart[] {
    if (this.loadedItems === null) throw propertyNotLoaded('items');
    return this.loadedItems;
  }
  load(propertyNames?: string | string[]): FakeCustomXmlPartScopedCollection {
    const names = propertyList(propertyNames).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue('CustomXmlPartScopedCollection.load', () => {
      this.loadedItems = this.ref.get('CustomXmlPartScopedCollection.load').map((node) => {
        const item = new FakeCustomXmlPart();
        item.ref.value = node;
        if (names.includes('id')) item.setId(node.id);
        return item;
      });
    });
    return this;
  }
}

export class FakeCustomXmlPartCollection implements CustomXmlPartCollectionApi {
  constructor(private readonly context: FakeContext) {}
  add(xml: string): FakeCustomXmlPart {
    const part = new FakeCustomXmlPart();
    this.context.enqueue('CustomXmlPartCollection.add', () => {
      const engine = this.context.engine;
      engine.requireApi('1.4', 'CustomXmlPartCollection.add');
      if (engine.protected_) throw wordError('AccessDenied', 'CustomXmlPartCollection.add');
      part.ref.value = engine.addCustomXmlPart(xml);
    });
    return part;
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    const collection = new FakeCustomXmlPartScopedCollection(this.context);
    this.context.enqueue('CustomXmlPartCollection.getByNamespace', () => {
      this.context.engine.requireApi('1.4', 'CustomXmlPartCollection.getByNamespace');
      collection.ref.value = this.context.engine.customXmlParts.filter((part) => part.namespaceUri === namespaceUri);
    });
    return collection;
  }
}

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
      range.ref.value = [this.context.engine.selection];
    });
    return range;
  }

  get changeTrackingMode(): ChangeTrackingMode {
    if (!this.loaded.has('changeTrackingMode')) throw propertyNotLoaded('changeTrackingMode');
    return this.loaded.get('changeTrackingMode') as ChangeTrackingMode;
  }

  load(propertyNames?: string | string[]): FakeDocument {
    const names = propertyList(propertyNames);
    this.context.enqueue('Document.load', () => {
      for (const name of names) {
        if (name !== 'changeTrackingMode') throw wordError('InvalidArgument', `Document.load(${name})`);
        this.context.engine.requireApi('1.4', 'Document.changeTrackingMode');
        this.loaded.set(name, this.context.engine.trackingMode);
      }
    });
    return this;
  }
}
