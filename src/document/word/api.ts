/**
 * The part of the Word JavaScript API this layer uses, as narrowed interfaces.
 *
 * Why not use `Word.ContentControl` etc. directly: the fake (./fake) must implement what the
 * layer calls, and implementing all of `Word.ContentControl` (hundreds of members) would be a
 * fake in name only. Instead every interface below lists only members that exist in
 * `@types/office-js` with the same signature; the compile-time checks at the bottom prove that
 * (a) the real `Word` classes are assignable to these interfaces, so the layer runs on real Word
 * without a cast, and (b) no member here is missing from Word, so a method Word does not have
 * does not compile — in the layer or in the fake.
 *
 * Requirement sets per member are noted; the layer's minimum is WordApi 1.3.
 */

export type InsertBeforeAfter = 'Before' | 'After';
export type InsertStartEnd = 'Start' | 'End';
export type ChangeTrackingState = 'Unknown' | 'Normal' | 'Added' | 'Deleted';
export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export interface ClientResultApi<T> {
  readonly value: T;
}

/** Which text getReviewedText gives: every pending change rejected, or every one accepted. */
export type ChangeTrackingVersion = 'Original' | 'Current';

/** WordApi 1.6: one pending tracked change. */
export interface TrackedChangeApi {
  readonly author: string;
  /** A Date in office.js (Word.TrackedChange.date). */
  readonly date: Date;
  /** The inserted or deleted text (Word for Mac gives "" for deletions, office-js #5178). */
  readonly text: string;
  readonly type: Word.TrackedChange['type'];
  load(propertyNames?: string | string[]): TrackedChangeApi;
  accept(): void;
  reject(): void;
  /** Throws ItemNotFound on sync when this is the last change. */
  getNext(): TrackedChangeApi;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End'): RangeApi;
}

/** WordApi 1.6 */
export interface TrackedChangeCollectionApi {
  readonly items: TrackedChangeApi[];
  load(propertyNames?: string | string[]): TrackedChangeCollectionApi;
  acceptAll(): void;
  rejectAll(): void;
  /** Throws ItemNotFound on sync when the collection is empty. */
  getFirst(): TrackedChangeApi;
}

export interface ContentControlApi {
  readonly isNullObject: boolean;
  /** WordApi 1.1 */
  tag: string;
  title: string;
  readonly text: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
  placeholderText: string;
  appearance: 'BoundingBox' | 'Tags' | 'Hidden';
  load(propertyNames?: string | string[]): ContentControlApi;
  insertText(text: string, insertLocation: 'Replace' | InsertStartEnd): RangeApi;
  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd | InsertBeforeAfter): ParagraphApi;
  /** WordApi 1.1. A manual line break ("Line", w:br): the only way to a new line in a plain-text or inline control. */
  insertBreak(breakType: 'Line', insertLocation: InsertStartEnd): void;
  /** WordApi 1.3 */
  insertTable(rowCount: number, columnCount: number, insertLocation: InsertStartEnd | InsertBeforeAfter, values?: string[][]): TableApi;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  readonly contentControls: ContentControlCollectionApi;
  readonly paragraphs: ParagraphCollectionApi;
  /** WordApi 1.3 */
  readonly parentTableOrNullObject: TableApi;
  /** WordApi 1.3 */
  search(searchText: string, searchOptions?: { matchCase?: boolean; matchWholeWord?: boolean }): RangeCollectionApi;
  /** WordApi 1.4: the text with every pending change accepted ('Current') or rejected ('Original'). */
  getReviewedText(changeTrackingVersion?: ChangeTrackingVersion): ClientResultApi<string>;
  /** WordApi 1.6 */
  getTrackedChanges(): TrackedChangeCollectionApi;
  /** WordApi 1.3: the whole control ('Whole'), or a collapsed range at its start or end. */
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): RangeApi;
}

export interface ContentControlCollectionApi {
  readonly items: ContentControlApi[];
  load(propertyNames?: string | string[]): ContentControlCollectionApi;
  getByTag(tag: string): ContentControlCollectionApi;
  /** WordApi 1.3 */
  getFirstOrNullObject(): ContentControlApi;
  /** WordApi 1.3: throws ItemNotFound on sync when the collection is empty. */
  getFirst(): ContentControlApi;
  /** WordApi 1.5 */
  getByChangeTrackingStates(changeTrackingStates: Word.ChangeTrackingState[]): ContentControlCollectionApi;
}

export interface ParagraphApi {
  readonly text: string;
  /** WordApi 1.3 */
  styleBuiltIn: Word.Paragraph['styleBuiltIn'];
  load(propertyNames?: string | string[]): ParagraphApi;
  insertContentControl(): ContentControlApi;
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): ParagraphApi;
  /** WordApi 1.3: throws ItemNotFound on sync when there is none. */
  getPrevious(): ParagraphApi;
  /** WordApi 1.3: 0 outside tables, 1 in a table, 2 in a table in a table… */
  readonly tableNestingLevel: number;
  /** WordApi 1.1: deletes the paragraph and its content (a tracked deletion when track changes is on). */
  delete(): void;
}

export interface ParagraphCollectionApi {
  readonly items: ParagraphApi[];
  load(propertyNames?: string | string[]): ParagraphCollectionApi;
  /** WordApi 1.3 */
  getFirst(): ParagraphApi;
}

export interface RangeApi {
  readonly text: string;
  /** WordApi 1.3: true for a collapsed range (the cursor). */
  readonly isEmpty: boolean;
  load(propertyNames?: string | string[]): RangeApi;
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): ParagraphApi;
  readonly paragraphs: ParagraphCollectionApi;
  /** WordApi 1.4 */
  getReviewedText(changeTrackingVersion?: ChangeTrackingVersion): ClientResultApi<string>;
  /** WordApi 1.6 */
  getTrackedChanges(): TrackedChangeCollectionApi;
  /** WordApi 1.3: throws ItemNotFound on sync when the ranges neither overlap nor touch. */
  intersectWith(range: RangeApi): RangeApi;
}

export interface RangeCollectionApi {
  readonly items: RangeApi[];
  load(propertyNames?: string | string[]): RangeCollectionApi;
  /** WordApi 1.3 */
  getFirst(): RangeApi;
}

export interface TableApi {
  readonly isNullObject: boolean;
  /** WordApi 1.3 */
  styleBuiltIn: Word.Table['styleBuiltIn'];
  headerRowCount: number;
  getCell(rowIndex: number, cellIndex: number): TableCellApi;
  /** WordApi 1.3 */
  getParagraphBefore(): ParagraphApi;
  insertParagraph(paragraphText: string, insertLocation: InsertBeforeAfter): ParagraphApi;
}

export interface TableCellApi {
  /** WordApi 1.3 */
  readonly body: BodyApi;
}

export interface BodyApi {
  readonly contentControls: ContentControlCollectionApi;
  readonly paragraphs: ParagraphCollectionApi;
  insertParagraph(paragraphText: string, insertLocation: InsertStartEnd): ParagraphApi;
  /** WordApi 1.4 */
  getReviewedText(changeTrackingVersion?: ChangeTrackingVersion): ClientResultApi<string>;
  /** WordApi 1.6 */
  getTrackedChanges(): TrackedChangeCollectionApi;
}

/**
 * WordApi 1.4: where the schema version and the snapshot of written values live (custom XML
 * parts, as the .docx layer writes them).
 */
export interface CustomXmlPartApi {
  readonly id: string;
  readonly namespaceUri: string;
  /** WordApiDesktop 1.3 only (not on the web): the part's XML as a loadable property. */
  readonly xml: string;
  load(propertyNames?: string | string[]): CustomXmlPartApi;
  getXml(): ClientResultApi<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface CustomXmlPartScopedCollectionApi {
  readonly items: CustomXmlPartApi[];
  load(propertyNames?: string | string[]): CustomXmlPartScopedCollectionApi;
}

export interface CustomXmlPartCollectionApi {
  add(xml: string): CustomXmlPartApi;
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionApi;
  /** Throws ItemNotFound on sync when there is no part with this id. */
  getItem(id: string): CustomXmlPartApi;
}

export interface DocumentApi {
  readonly body: BodyApi;
  /** WordApi 1.4 */
  readonly customXmlParts: CustomXmlPartCollectionApi;
  /** WordApi 1.1 */
  getSelection(): RangeApi;
  /** WordApi 1.4: read only, never set by this layer (track changes stay as the user has them). */
  readonly changeTrackingMode: ChangeTrackingMode;
  load(propertyNames?: string | string[]): DocumentApi;
}

export interface RequestContextApi {
  readonly document: DocumentApi;
  sync(): Promise<void>;
}

/**
 * Office's common (non-Word) surface the layer needs: requirement-set checks and the add-in's
 * settings stored in the document (Office.Settings, requirement set Settings 1.1, no round trip
 * to read).
 */
export interface SettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Everything the Word layer gets injected: the real `Word.run` + `Office`, or the fake. */
export interface WordHost {
  readonly run: <T>(batch: (context: RequestContextApi) => Promise<T>) => Promise<T>;
  readonly isSetSupported: (name: string, minVersion?: string) => boolean;
  readonly settings: SettingsApi;
}

// ---------------------------------------------------------------------------------------------
// Compile-time proof that these interfaces are a faithful subset of @types/office-js.

type Assignable<Real, Narrow> = [Real] extends [Narrow] ? true : false;
type NoExtraKeys<Narrow, Real> = Exclude<keyof Narrow, keyof Real> extends never ? true : false;

/** Each entry must be `true`; a member Word does not have, or a wrong signature, makes it `false`. */
export const WORD_API_SUBSET_CHECKS: {
  readonly contentControl: [Assignable<Word.ContentControl, ContentControlApi>, NoExtraKeys<ContentControlApi, Word.ContentControl>];
  readonly contentControls: [
    Assignable<Word.ContentControlCollection, ContentControlCollectionApi>,
    NoExtraKeys<ContentControlCollectionApi, Word.ContentControlCollection>,
  ];
  readonly paragraph: [Assignable<Word.Paragraph, ParagraphApi>, NoExtraKeys<ParagraphApi, Word.Paragraph>];
  readonly paragraphs: [Assignable<Word.ParagraphCollection, ParagraphCollectionApi>, NoExtraKeys<ParagraphCollectionApi, Word.ParagraphCollection>];
  readonly range: [Assignable<Word.Range, RangeApi>, NoExtraKeys<RangeApi, Word.Range>];
  readonly ranges: [Assignable<Word.RangeCollection, RangeCollectionApi>, NoExtraKeys<RangeCollectionApi, Word.RangeCollection>];
  readonly table: [Assignable<Word.Table, TableApi>, NoExtraKeys<TableApi, Word.Table>];
  readonly tableCell: [Assignable<Word.TableCell, TableCellApi>, NoExtraKeys<TableCellApi, Word.TableCell>];
  readonly body: [Assignable<Word.Body, BodyApi>, NoExtraKeys<BodyApi, Word.Body>];
  readonly customXmlPart: [Assignable<Word.CustomXmlPart, CustomXmlPartApi>, NoExtraKeys<CustomXmlPartApi, Word.CustomXmlPart>];
  readonly trackedChange: [Assignable<Word.TrackedChange, TrackedChangeApi>, NoExtraKeys<TrackedChangeApi, Word.TrackedChange>];
  readonly trackedChanges: [
    Assignable<Word.TrackedChangeCollection, TrackedChangeCollectionApi>,
    NoExtraKeys<TrackedChangeCollectionApi, Word.TrackedChangeCollection>,
  ];
  readonly customXmlParts: [
    Assignable<Word.CustomXmlPartCollection, CustomXmlPartCollectionApi>,
    NoExtraKeys<CustomXmlPartCollectionApi, Word.CustomXmlPartCollection>,
  ];
  readonly customXmlPartsScoped: [
    Assignable<Word.CustomXmlPartScopedCollection, CustomXmlPartScopedCollectionApi>,
    NoExtraKeys<CustomXmlPartScopedCollectionApi, Word.CustomXmlPartScopedCollection>,
  ];
  readonly document: [Assignable<Word.Document, DocumentApi>, NoExtraKeys<DocumentApi, Word.Document>];
  readonly context: [Assignable<Word.RequestContext, RequestContextApi>, NoExtraKeys<RequestContextApi, Word.RequestContext>];
  readonly settings: [Assignable<Office.Settings, SettingsApi>, NoExtraKeys<SettingsApi, Office.Settings>];
} = {
  contentControl: [true, true],
  contentControls: [true, true],
  paragraph: [true, true],
  paragraphs: [true, true],
  range: [true, true],
  ranges: [true, true],
  table: [true, true],
  tableCell: [true, true],
  body: [true, true],
  customXmlPart: [true, true],
  trackedChange: [true, true],
  trackedChanges: [true, true],
  customXmlParts: [true, true],
  customXmlPartsScoped: [true, true],
  document: [true, true],
  context: [true, true],
  settings: [true, true],
};
