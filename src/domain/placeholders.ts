import type { FieldKey, Language } from './fields';
import { FIELDS, fieldByKey } from './fields';
import type { DateStyle } from './house-style';
import { DATE_STYLES } from './house-style';
import { format, type MessageSet } from './i18n';
import { squash } from './text';

/**
 * How a date in the house style is written, for people: "d-m-jjjj" in Dutch (jaar), "d-m-yyyy"
 * in English. The task pane's date inputs and the document's placeholders show it, so a
 * municipality writing 05-10-2025 sees "dd-mm-jjjj" everywhere.
 */
export function datePattern(style: DateStyle, lang: Language): string {
  return style.replace(/y/g, PLACEHOLDER_TEXTS[lang].yearLetter);
}

/** Our placeholder texts, per language; `{label}` of a choice or text field is lower-cased. */
export const PLACEHOLDER_TEXTS: MessageSet<'yearLetter' | 'planningDate' | 'choice' | 'text'> = {
  nl: { yearLetter: 'j', planningDate: '{label}: datum ({pattern}) of n.v.t.', choice: 'Kies of typ: {label}', text: 'Vul in: {label}' },
  en: { yearLetter: 'y', planningDate: '{label}: date ({pattern}) or n.v.t.', choice: 'Choose or type: {label}', text: 'Enter: {label}' },
};

/**
 * Placeholder texts. A content control that still shows its placeholder has no value, so the
 * required rule treats these like empty text. The Word and .docx layers write
 * `placeholderFor(key, 'nl', dateStyle)` as the placeholder; the fixed Word defaults are listed as well because a
 * control inserted by hand (or by an older template) shows those.
 */
export function placeholderFor(key: FieldKey, lang: Language = 'nl', dateStyle: DateStyle = 'd-m-yyyy'): string {
  const field = fieldByKey(key);
  const label = field.label[lang];
  const texts = PLACEHOLDER_TEXTS[lang];
  if (field.kind === 'planningDate') return format(texts.planningDate, { label, pattern: datePattern(dateStyle, lang) });
  return format(field.kind === 'choice' ? texts.choice : texts.text, { label: label.toLowerCase() });
}

/** Word's built-in placeholder texts (Dutch and English UI, old and new wording). */
const WORD_DEFAULT_PLACEHOLDERS = [
  'Klik of tik om tekst in te voeren.',
  'Klik hier als u tekst wilt invoeren.',
  'Klik of tik om een datum in te voeren.',
  'Klik hier als u een datum wilt invoeren.',
  'Kies een item.',
  'Click or tap here to enter text.',
  'Click here to enter text.',
  'Click or tap to enter a date.',
  'Click here to enter a date.',
  'Choose an item.',
] as const;

const WORD_PLACEHOLDERS: readonly string[] = WORD_DEFAULT_PLACEHOLDERS.map((text) => text.toLowerCase());

/**
 * Per field, every text that counts as its placeholder, lower-cased; built once (validation runs
 * per keystroke). Every date style's: a document written under one profile reads as empty
 * under another.
 */
const PLACEHOLDERS: ReadonlyMap<FieldKey, ReadonlySet<string>> = new Map(
  FIELDS.map((field) => [
    field.key,
    new Set([
      ...WORD_PLACEHOLDERS,
      ...DATE_STYLES.flatMap((style) => [placeholderFor(field.key, 'nl', style).toLowerCase(), placeholderFor(field.key, 'en', style).toLowerCase()]),
    ]),
  ]),
);
const LONGEST = Math.max(...[...PLACEHOLDERS.values()].flatMap((set) => [...set].map((text) => text.length)));

/** Whether `text` is a placeholder (Word's default, or ours for this field in either language). */
export function isPlaceholder(key: FieldKey, text: string): boolean {
  // Cheap exit for real content: extra spacing aside, a placeholder is never much longer than the longest one.
  if (text.length > LONGEST * 2 + 20) return false;
  return PLACEHOLDERS.get(key)?.has(squash(text).toLowerCase()) ?? false;
}
