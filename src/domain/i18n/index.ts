import type { Language } from '../fields';

/**
 * The one way this code base speaks to people (issue 9, point 3). Every text for people lives in
 * a message set: one map per language, keyed by a code or key, with the same keys in every
 * language — the shape of zod v4's locale files and of the finding messages (../messages).
 * Code keeps codes and parameters as data and turns them into words only at the edge (the pane,
 * the CLI), by picking `SET[lang][key]`.
 *
 * A value is a template with `{name}` placeholders, filled by {@link format}. Where the wording
 * itself depends on the data (a reason, a plural, a list), the value is a typed function in the
 * same map instead, as the finding messages are; the choice is then made per language, never by
 * a language ternary in the code that renders.
 *
 * test/i18n/message-sets.test.ts holds every set to {@link messageSetProblems}: a key missing
 * from a language, an extra key, or a placeholder that one language has and the other lacks
 * fails it. This module is pure and tiny: the task pane's first chunk imports it.
 */
export type { Language } from '../fields';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** Values for a template's `{name}` placeholders. */
export type TextParams = Readonly<Record<string, string | number>>;

/** One language's texts of a set: templates keyed by `K`. */
export type Templates<K extends string> = Readonly<Record<K, string>>;

/** A message set of templates: the same keys in every language. */
export type MessageSet<K extends string> = Readonly<Record<Language, Templates<K>>>;

const PLACEHOLDER = /\{(\w+)\}/g;

// Not Object.hasOwn: older Office WebViews (Safari before 15.4) lack it.
const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * `template` with each `{name}` replaced by `params[name]`. A placeholder without a value stays
 * as written, so a forgotten parameter shows in the text (and in a test) instead of vanishing.
 */
export function format(template: string, params: TextParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (has(params, name) ? String(params[name]) : whole));
}

/** The `{name}` placeholders of a template, sorted and without repeats. */
export function placeholdersOf(template: string): readonly string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}

/** The text of `key` in `lang` from a template set, placeholders filled. */
export function text<K extends string>(set: MessageSet<K>, lang: Language, key: K, params: TextParams = {}): string {
  return format(set[lang][key], params);
}

/**
 * What is wrong with a message set, one sentence per problem (empty when it is whole): a key
 * that a language misses or has extra, an empty text, or a template whose placeholders differ
 * between languages. Nested maps (a value that is itself keyed data, like the CLI's node:fs
 * reasons) are compared key by key; functions are compared by presence only (their parameters
 * are typed).
 */
export function messageSetProblems(set: Readonly<Record<Language, unknown>>): readonly string[] {
  const problems: string[] = [];
  compare(set.nl, set.en, '', problems);
  return problems;
}

function compare(nl: unknown, en: unknown, path: string, problems: string[]): void {
  const where = path === '' ? 'the set' : path;
  if (typeof nl === 'string' || typeof en === 'string') {
    if (typeof nl !== 'string' || typeof en !== 'string') problems.push(`${where}: text in one language, not in the other`);
    else {
      if (nl.trim() === '' || en.trim() === '') problems.push(`${where}: empty text`);
      const nlNames = placeholdersOf(nl).join(', ');
      const enNames = placeholdersOf(en).join(', ');
      if (nlNames !== enNames) problems.push(`${where}: placeholders {${nlNames}} in nl but {${enNames}} in en`);
    }
    return;
  }
  if (typeof nl === 'function' || typeof en === 'function') {
    if (typeof nl !== typeof en) problems.push(`${where}: a function in one language, not in the other`);
    return;
  }
  if (Array.isArray(nl) || Array.isArray(en)) {
    if (!Array.isArray(nl) || !Array.isArray(en) || nl.length !== en.length) problems.push(`${where}: lists of different length`);
    return;
  }
  if (typeof nl !== 'object' || nl === null || typeof en !== 'object' || en === null) {
    if (typeof nl !== typeof en) problems.push(`${where}: ${typeof nl} in nl but ${typeof en} in en`);
    return;
  }
  const nlMap = nl as Readonly<Record<string, unknown>>;
  const enMap = en as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(nlMap)) if (!has(enMap, key)) problems.push(`${path === '' ? '' : `${path}.`}${key}: missing in en`);
  for (const key of Object.keys(enMap)) if (!has(nlMap, key)) problems.push(`${path === '' ? '' : `${path}.`}${key}: missing in nl`);
  for (const key of Object.keys(nlMap)) if (has(enMap, key)) compare(nlMap[key], enMap[key], path === '' ? key : `${path}.${key}`, problems);
}
