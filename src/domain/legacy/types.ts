import type { AnnotatieValues, FieldKey } from '../fields';

/**
 * What the recogniser reads: the text of an old annotatie as a sequence of blocks, in reading
 * order. The adapters produce it — text files (one paragraph per line), old .docx files
 * (paragraphs and table rows) and PDFs (lines rebuilt from text positions, table rows where
 * columns were found).
 */
export type LegacyBlock = LegacyParagraph | LegacyRow;

export interface LegacyParagraph {
  readonly kind: 'paragraph';
  /** The text as written; "\n" inside is a line break within the paragraph. */
  readonly text: string;
  /** A heading by its style (Word's Heading/Kop styles, a larger or bold font in a PDF). */
  readonly heading?: boolean;
  /** A list item by its formatting (Word numbering); OCR'd bullet glyphs are found in the text. */
  readonly listItem?: boolean;
  /** Page furniture found by position: a line repeated at the top or bottom of the pages. */
  readonly furniture?: boolean;
}

export interface LegacyRow {
  readonly kind: 'row';
  /** The cells in column order; a cell's paragraphs are joined with "\n". Empty cells are ''. */
  readonly cells: readonly string[];
}

export interface LegacyInput {
  readonly blocks: readonly LegacyBlock[];
  /**
   * Whether line breaks inside paragraphs are layout, not the author's (text taken from a PDF:
   * lines end where the page was full). Then consecutive lines are joined into paragraphs
   * (blank lines, headings, bullets and lines ending in ':' end one). False for .docx, where
   * every paragraph is the author's.
   */
  readonly reflow: boolean;
}

/**
 * Why a value's confidence is below 1. Stable codes, so a form can explain a mark in its own
 * words (and a test can name the doubt it expects).
 *
 * - label_fuzzy: the label was read only approximately (OCR damage: "Doel besprekinq").
 * - label_inferred: the label was unreadable and is known only from its place between two others
 *   ("Beeldvorming > Oordzzl\z e Besluitvorming").
 * - by_position: the value was placed by its column or order in a table that reached us as
 *   flattened lines, not found next to its own label.
 * - split_uncertain: a line holding several values (three names in a row) was split where the
 *   evidence was weak.
 * - missing_in_row: a row had fewer values than columns, so which column lacks one is a guess.
 * - shape: the value does not look like its field (a phone number that does not parse, an e-mail
 *   address without @, a date that is not one, a choice that is not in the profile's list).
 * - no_label: the text had no label of its own (text right after "Toelichting" taken as Inleiding).
 * - duplicate: the field was found twice; the other text is in `unrecognised`.
 * - joined: the value was joined from several lines (a title wrapped onto a second line).
 */
export const DOUBTS = [
  'label_fuzzy',
  'label_inferred',
  'by_position',
  'split_uncertain',
  'missing_in_row',
  'shape',
  'no_label',
  'duplicate',
  'joined',
] as const;

export type Doubt = (typeof DOUBTS)[number];

/**
 * How much each doubt takes off. Confidence is the product of the factors of a value's doubts:
 * 1 means found next to its own label, read exactly, and shaped like its field. It ranks values
 * for review; it is not a calibrated probability (scripts/legacy-accuracy.mjs prints how often
 * values in each band were right on the test corpus).
 */
export const DOUBT_FACTOR: Readonly<Record<Doubt, number>> = {
  label_fuzzy: 0.9,
  label_inferred: 0.85,
  by_position: 0.95,
  split_uncertain: 0.6,
  missing_in_row: 0.6,
  shape: 0.5,
  no_label: 0.7,
  duplicate: 0.7,
  joined: 0.95,
};

/** Values below this are marked for the user to check; at or above it they are taken as read. */
export const CONFIDENT = 0.9;

export interface RecognisedField {
  readonly value: string;
  /** 0..1, see DOUBT_FACTOR. */
  readonly confidence: number;
  readonly doubts: readonly Doubt[];
  /** The label as it was written ("Oordzzl\z e", "Portefeuillehouder:"), or null when there was none. */
  readonly label: string | null;
}

export interface Recognition {
  /** The values found, as written (contract §5): only fields that were found, never empty strings. */
  readonly values: AnnotatieValues;
  /** Per field found: 0..1 (see DOUBT_FACTOR and CONFIDENT). */
  readonly confidence: Readonly<Partial<Record<FieldKey, number>>>;
  /** Per field found: value, confidence, doubts and the label as written — what a form shows. */
  readonly fields: Readonly<Partial<Record<FieldKey, RecognisedField>>>;
  /**
   * Text that belongs to no field, in reading order, one entry per line: page headers and
   * footers, stray OCR fragments, a second copy of a field. Never dropped.
   */
  readonly unrecognised: readonly string[];
  /** Labels and headings as written that were read as structure ("Contactgegevens", "Oordzzl\z e"). */
  readonly labels: readonly string[];
}
