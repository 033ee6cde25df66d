/**
 * The fields of the annotatie raadsvoorstel: the single source of truth for keys, content-control
 * tags and titles, labels, kinds and required-ness (product contract §2). The task pane, the Word
 * layer, the .docx layer and the command line all derive from this table; none of them lists
 * fields of its own.
 *
 * Keys, tags and titles are public API (RIS imports and griffie scripts read them): add fields,
 * never rename one without a migration.
 */

/** Stored in every document so a later format can migrate it. */
export const SCHEMA_VERSION = 'annotatie-raadsvoorstel/1' as const;

/** The block-level content control that wraps the whole annotatie. */
export const WRAPPER_TAG = 'annotatie' as const;
export const WRAPPER_TITLE = 'Annotatie raadsvoorstel' as const;

/** Prefix of every field's content-control tag: `annotatie.` + key. */
export const TAG_PREFIX = 'annotatie.' as const;

/** What the literal "not applicable" looks like in the document (house style of the seed). */
export const NVT = 'n.v.t.' as const;

export type Language = 'nl' | 'en';

export type LocalText = Readonly<Record<Language, string>>;

/**
 * - text: one line of free text
 * - names: several names, one per line (mede-portefeuillehouders)
 * - phone, email: one line, checked and house-styled
 * - choice: an open choice fed by a profile list (other text is allowed, with a warning)
 * - planningDate: a date or "n.v.t."
 * - richText: paragraphs, joined with "\n" in values
 */
export type FieldKind = 'text' | 'names' | 'phone' | 'email' | 'choice' | 'planningDate' | 'richText';

/** How an empty field is reported: `error`, `warning`, or not at all (`optional`). */
export type Requirement = 'error' | 'warning' | 'optional';

/** The profile lists that feed the open choices (profile.options.*). */
export type ChoiceList = 'aardBijeenkomst' | 'programma' | 'doelBespreking' | 'adviesCommissie';

export type SectionId =
  | 'contactgegevens'
  | 'bijeenkomst'
  | 'planning'
  | 'doel'
  | 'toelichting'
  | 'achtergrond';

export interface SectionDefinition {
  readonly id: SectionId;
  readonly title: LocalText;
  /**
   * Headings this section had in documents written before the add-in (the old Word template and
   * the PDFs in the council information system), for recognising them (src/domain/legacy). The
   * section's own Dutch title is always recognised too; these are the other spellings.
   */
  readonly legacyTitles: readonly string[];
}

/** Sections in the order of the document (and of the task pane's form). */
export const SECTIONS: readonly SectionDefinition[] = [
  { id: 'contactgegevens', title: { nl: 'Contactgegevens', en: 'Contact details' }, legacyTitles: ['Contactpersonen'] },
  { id: 'bijeenkomst', title: { nl: 'Bijeenkomst en programma', en: 'Meeting and programme' }, legacyTitles: [] },
  {
    id: 'planning',
    title: { nl: 'Planning (BOB)', en: 'Planning (BOB)' },
    // The seed's heading, wrapped over two lines there ("Status inclusief" / "voorlopige planning").
    legacyTitles: ['Status inclusief voorlopige planning', 'Voorlopige planning', 'Planning'],
  },
  { id: 'doel', title: { nl: 'Doel en advies', en: 'Purpose and advice' }, legacyTitles: [] },
  { id: 'toelichting', title: { nl: 'Toelichting', en: 'Explanation' }, legacyTitles: [] },
  // Its one field has the same label; the field wins (see src/domain/legacy/labels.ts).
  { id: 'achtergrond', title: { nl: 'Achtergrondinformatie', en: 'Background information' }, legacyTitles: [] },
];

interface FieldSpec {
  readonly key: string;
  /** Dutch label: the content control's title and the accessible name in the Dutch UI. */
  readonly label: string;
  readonly labelEn: string;
  readonly kind: FieldKind;
  readonly required: Requirement;
  readonly section: SectionId;
  /** The profile list behind an open choice. */
  readonly choices?: ChoiceList;
  /** Whether the literal "n.v.t." is an accepted value (planning dates, achtergrondinformatie). */
  readonly nvtAllowed?: boolean;
  /**
   * Other labels the field had in documents written before the add-in (old template, PDFs), for
   * `annotatie import`. The Dutch label is always recognised; list only other wordings here.
   */
  readonly legacyLabels?: readonly string[];
}

const FIELD_SPECS = [
  { key: 'onderwerp', label: 'Onderwerp', labelEn: 'Subject', kind: 'text', required: 'error', section: 'contactgegevens', legacyLabels: ['Annotatie raadsvoorstel', 'Titel', 'Onderwerp raadsvoorstel'] },
  { key: 'portefeuillehouder', label: 'Portefeuillehouder', labelEn: 'Portfolio holder', kind: 'text', required: 'error', section: 'contactgegevens' },
  { key: 'medePortefeuillehouders', label: 'Mede-portefeuillehouder(s)', labelEn: 'Co-portfolio holder(s)', kind: 'names', required: 'optional', section: 'contactgegevens', legacyLabels: ['Mede-portefeuillehouders', 'Mede-portefeuillehouder', 'Medeportefeuillehouder(s)'] },
  { key: 'ambtenaar.naam', label: 'Behandelend ambtenaar', labelEn: 'Responsible officer', kind: 'text', required: 'error', section: 'contactgegevens', legacyLabels: ['Ambtenaar', 'Behandelaar', 'Contactpersoon'] },
  { key: 'ambtenaar.telefoon', label: 'Telefoon behandelend ambtenaar', labelEn: 'Phone responsible officer', kind: 'phone', required: 'error', section: 'contactgegevens' },
  { key: 'ambtenaar.email', label: 'E-mail behandelend ambtenaar', labelEn: 'Email responsible officer', kind: 'email', required: 'error', section: 'contactgegevens' },
  { key: 'raadsadviseur.naam', label: 'Raadsadviseur', labelEn: 'Council adviser', kind: 'text', required: 'warning', section: 'contactgegevens', legacyLabels: ['Raadsadviseur griffie'] },
  { key: 'raadsadviseur.telefoon', label: 'Telefoon raadsadviseur', labelEn: 'Phone council adviser', kind: 'phone', required: 'warning', section: 'contactgegevens' },
  { key: 'raadsadviseur.email', label: 'E-mail raadsadviseur', labelEn: 'Email council adviser', kind: 'email', required: 'warning', section: 'contactgegevens' },
  { key: 'aardBijeenkomst', label: 'Aard bijeenkomst', labelEn: 'Type of meeting', kind: 'choice', required: 'error', section: 'bijeenkomst', choices: 'aardBijeenkomst', legacyLabels: ['Aard van de bijeenkomst', 'Soort bijeenkomst'] },
  { key: 'programma', label: 'Programma', labelEn: 'Programme', kind: 'choice', required: 'error', section: 'bijeenkomst', choices: 'programma', legacyLabels: ['Programma’s', 'Begrotingsprogramma'] },
  { key: 'planning.beeldvorming', label: 'Beeldvorming', labelEn: 'Information gathering (Beeldvorming)', kind: 'planningDate', required: 'error', section: 'planning', nvtAllowed: true, legacyLabels: ['Beeldvormend'] },
  { key: 'planning.oordeelsvorming', label: 'Oordeelsvorming', labelEn: 'Opinion forming (Oordeelsvorming)', kind: 'planningDate', required: 'error', section: 'planning', nvtAllowed: true, legacyLabels: ['Oordeelsvormend'] },
  { key: 'planning.besluitvorming', label: 'Besluitvorming', labelEn: 'Decision making (Besluitvorming)', kind: 'planningDate', required: 'error', section: 'planning', nvtAllowed: true, legacyLabels: ['Besluitvormend'] },
  { key: 'doelBespreking', label: 'Doel bespreking', labelEn: 'Purpose of discussion', kind: 'choice', required: 'error', section: 'doel', choices: 'doelBespreking', legacyLabels: ['Doel van de bespreking', 'Doel agendering'] },
  { key: 'adviesCommissie', label: 'Advies commissie', labelEn: 'Committee advice', kind: 'choice', required: 'optional', section: 'doel', choices: 'adviesCommissie', legacyLabels: ['Advies van de commissie', 'Commissieadvies'] },
  { key: 'toelichting.inleiding', label: 'Inleiding', labelEn: 'Introduction', kind: 'richText', required: 'error', section: 'toelichting', legacyLabels: ['Aanleiding'] },
  { key: 'toelichting.kern', label: 'Overige toelichting', labelEn: 'Further explanation', kind: 'richText', required: 'optional', section: 'toelichting', legacyLabels: [] },
  { key: 'toelichting.behandeladvies', label: 'Behandeladvies', labelEn: 'Handling advice', kind: 'richText', required: 'error', section: 'toelichting', legacyLabels: ['Behandelvoorstel', 'Advies behandeling'] },
  { key: 'achtergrondinformatie', label: 'Achtergrondinformatie', labelEn: 'Background information', kind: 'richText', required: 'error', section: 'achtergrond', nvtAllowed: true, legacyLabels: ['Achtergrond informatie', 'Achtergrondinformatie en bijlagen'] },
] as const satisfies readonly FieldSpec[];

export type FieldKey = (typeof FIELD_SPECS)[number]['key'];

export interface FieldDefinition {
  readonly key: FieldKey;
  /** Content-control tag: `annotatie.` + key. */
  readonly tag: string;
  /** Content-control title (`w:alias`): always the Dutch label. */
  readonly title: string;
  readonly label: LocalText;
  readonly kind: FieldKind;
  readonly required: Requirement;
  readonly section: SectionId;
  readonly choices?: ChoiceList;
  readonly nvtAllowed: boolean;
  /** Whether the value may span several lines (paragraphs in the document). */
  readonly multiline: boolean;
  /** Other labels the field had in old documents (see FieldSpec.legacyLabels). */
  readonly legacyLabels: readonly string[];
}

/** All fields, in document order. */
export const FIELDS: readonly FieldDefinition[] = FIELD_SPECS.map((spec: FieldSpec) => ({
  key: spec.key as FieldKey,
  tag: TAG_PREFIX + spec.key,
  title: spec.label,
  label: { nl: spec.label, en: spec.labelEn },
  kind: spec.kind,
  required: spec.required,
  section: spec.section,
  ...(spec.choices ? { choices: spec.choices } : {}),
  nvtAllowed: spec.nvtAllowed ?? false,
  multiline: spec.kind === 'richText' || spec.kind === 'names',
  legacyLabels: spec.legacyLabels ?? [],
}));

export const FIELD_KEYS: readonly FieldKey[] = FIELDS.map((field) => field.key);

const BY_KEY: ReadonlyMap<string, FieldDefinition> = new Map(FIELDS.map((field) => [field.key, field]));
const BY_TAG: ReadonlyMap<string, FieldDefinition> = new Map(FIELDS.map((field) => [field.tag, field]));

export function isFieldKey(key: string): key is FieldKey {
  return BY_KEY.has(key);
}

/** The definition of a key; throws for a key that is not in §2 (a programmer error). */
export function fieldByKey(key: FieldKey): FieldDefinition {
  const field = BY_KEY.get(key);
  if (!field) throw new Error(`Unknown annotatie field key: ${JSON.stringify(key)}`);
  return field;
}

/** The field a content-control tag belongs to, or undefined for any other tag. */
export function fieldByTag(tag: string): FieldDefinition | undefined {
  return BY_TAG.get(tag);
}

/** The planning phases in BOB order: Beeldvorming → Oordeelsvorming → Besluitvorming. */
export const PLANNING_KEYS = [
  'planning.beeldvorming',
  'planning.oordeelsvorming',
  'planning.besluitvorming',
] as const satisfies readonly FieldKey[];

/**
 * Values as a flat object keyed by field key (contract §5): the text as written in the document,
 * multi-line text joined with "\n". A missing key means the field is empty.
 */
export type AnnotatieValues = Readonly<Partial<Record<FieldKey, string>>>;
