import { SECTIONS } from '../../domain/fields';
import type { FieldKey, SectionId } from '../../domain/fields';

/**
 * The layout of the annotatie, modelled on the Zoetermeer seed (contract §1): its sections,
 * headings, tables and which cell holds which field, as data. Rendered twice — as XML by the .docx
 * writer (ooxml/template.ts) and through the Word API by the Word layer (word/word-document.ts,
 * whose repair plan word/plan.ts flattens it) — see this folder's README for why twice.
 * It places field keys; titles, labels, kinds and placeholders all come from the field table, so
 * this is the only place that decides where a field goes, and the test "every field exactly once"
 * keeps it in step with src/domain/fields.ts.
 */
export type LayoutCell =
  | { readonly kind: 'label'; readonly text: string }
  /** A label taken from a field's Dutch title (e.g. the column heads of the contact table). */
  | { readonly kind: 'fieldLabel'; readonly key: FieldKey; readonly suffix?: string }
  | { readonly kind: 'field'; readonly key: FieldKey };

export type LayoutNode =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  /** A heading whose text is a field's Dutch title. */
  | { readonly kind: 'fieldHeading'; readonly level: 1 | 2; readonly key: FieldKey }
  /**
   * `style: 'Subtitle'` is the paragraph's role (the line under the title). The .docx template
   * writes it with its own paragraph style `Onderwerp` rather than Word's built-in Subtitle,
   * because converters such as pandoc lift Title/Subtitle paragraphs out of the body.
   */
  | { readonly kind: 'field'; readonly key: FieldKey; readonly style?: 'Subtitle' }
  /** A table whose first row is a header row. */
  | { readonly kind: 'table'; readonly rows: readonly (readonly LayoutCell[])[] };

function sectionTitle(id: SectionId): string {
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section.title.nl;
}

const field = (key: FieldKey): LayoutCell => ({ kind: 'field', key });
const headed = (key: FieldKey): readonly LayoutNode[] => [
  { kind: 'fieldHeading', level: 1, key },
  { kind: 'field', key },
];
const subHeaded = (key: FieldKey): readonly LayoutNode[] => [
  { kind: 'fieldHeading', level: 2, key },
  { kind: 'field', key },
];

/** The seed's document title (it precedes the onderwerp on the first line). */
const DOCUMENT_TITLE = 'Annotatie Raadsvoorstel' as const;

export const LAYOUT: readonly LayoutNode[] = [
  { kind: 'title', text: DOCUMENT_TITLE },
  { kind: 'field', key: 'onderwerp', style: 'Subtitle' },
  { kind: 'heading', level: 1, text: 'Contactgegevens' },
  {
    kind: 'table',
    rows: [
      [
        { kind: 'fieldLabel', key: 'portefeuillehouder', suffix: ':' },
        { kind: 'fieldLabel', key: 'ambtenaar.naam', suffix: ':' },
        { kind: 'fieldLabel', key: 'raadsadviseur.naam', suffix: ':' },
      ],
      [field('portefeuillehouder'), field('ambtenaar.naam'), field('raadsadviseur.naam')],
      [{ kind: 'fieldLabel', key: 'medePortefeuillehouders' }, field('ambtenaar.telefoon'), field('raadsadviseur.telefoon')],
      [field('medePortefeuillehouders'), field('ambtenaar.email'), field('raadsadviseur.email')],
    ],
  },
  ...headed('aardBijeenkomst'),
  ...headed('programma'),
  // The seed's own heading for the BOB planning table.
  { kind: 'heading', level: 1, text: 'Status inclusief voorlopige planning' },
  {
    kind: 'table',
    rows: [
      [
        { kind: 'fieldLabel', key: 'planning.beeldvorming' },
        { kind: 'fieldLabel', key: 'planning.oordeelsvorming' },
        { kind: 'fieldLabel', key: 'planning.besluitvorming' },
      ],
      [field('planning.beeldvorming'), field('planning.oordeelsvorming'), field('planning.besluitvorming')],
    ],
  },
  ...headed('doelBespreking'),
  ...headed('adviesCommissie'),
  { kind: 'heading', level: 1, text: sectionTitle('toelichting') },
  ...subHeaded('toelichting.inleiding'),
  ...subHeaded('toelichting.kern'),
  ...subHeaded('toelichting.behandeladvies'),
  ...headed('achtergrondinformatie'),
];

/** Every field key the layout places, in layout order (a test checks: each field exactly once). */
export function layoutFieldKeys(layout: readonly LayoutNode[] = LAYOUT): readonly FieldKey[] {
  const keys: FieldKey[] = [];
  for (const node of layout) {
    if (node.kind === 'field') keys.push(node.key);
    if (node.kind === 'table') for (const row of node.rows) for (const cell of row) if (cell.kind === 'field') keys.push(cell.key);
  }
  return keys;
}
