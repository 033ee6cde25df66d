import type { Phase } from '../phases';
import { foldChoice } from '../text';

/**
 * Which calendar events are which BOB phase: data in the profile (contract §3), not code.
 * Patterns are plain text tests (equals, starts with, contains), compared the way choice values
 * are (case, spacing, apostrophe and dash style do not matter): a profile from a griffie should
 * never have to hold a regular expression, which could also be made to backtrack for minutes.
 */
export const TEXT_MATCHES = ['equals', 'startsWith', 'contains'] as const;
export type TextMatch = (typeof TEXT_MATCHES)[number];

/**
 * As written in the profile JSON, e.g. `{ "startsWith": "Commissie" }`: exactly one test. A
 * loaded profile keeps the JSON's shape, so it can be read again (profileFromJson) unchanged.
 */
export type TextPattern = { readonly equals: string } | { readonly startsWith: string } | { readonly contains: string };

/** The test and the text of a pattern. */
export function patternParts(pattern: TextPattern): readonly [TextMatch, string] {
  if ('equals' in pattern) return ['equals', pattern.equals];
  if ('startsWith' in pattern) return ['startsWith', pattern.startsWith];
  return ['contains', pattern.contains];
}

/**
 * One line of the profile's `calendar.events`: an event whose SUMMARY (and/or one of whose
 * CATEGORIES) matches is a meeting of `phase`; `phase: null` says "not a phase", which lets a
 * profile set aside events that would otherwise match a later pattern ("Commissie van
 * Onderzoek"). Both tests given: both must match. The first matching pattern wins.
 */
export interface EventPattern {
  readonly phase: Phase | null;
  readonly summary?: TextPattern;
  readonly categories?: TextPattern;
}

/** `pattern` already folded (see classifier). */
function matches(pattern: TextPattern, folded: string): boolean {
  const [match, text] = patternParts(pattern);
  switch (match) {
    case 'equals':
      return folded === text;
    case 'startsWith':
      return folded.startsWith(text);
    case 'contains':
      return folded.includes(text);
  }
}

/** A SUMMARY longer than this is not a meeting title; folding megabytes for it is not worth it. */
const MAX_TEXT = 1000;

type Classifier = (summary: string, categories: readonly string[]) => Phase | null;

/**
 * The patterns as one function, their texts folded once; results are remembered per title, since
 * the occurrences of a series (and most meetings) share a handful of titles.
 */
export function classifier(patterns: readonly EventPattern[]): Classifier {
  const compiled = patterns.map((pattern) => {
    const fold = (test: TextPattern | undefined): TextPattern | undefined => {
      if (test === undefined) return undefined;
      const [match, text] = patternParts(test);
      return match === 'equals' ? { equals: foldChoice(text) } : match === 'startsWith' ? { startsWith: foldChoice(text) } : { contains: foldChoice(text) };
    };
    return { phase: pattern.phase, summary: fold(pattern.summary), categories: fold(pattern.categories) };
  });
  const seen = new Map<string, Phase | null>();
  return (summary, categories) => {
    const key = `${summary.slice(0, MAX_TEXT)}\u0000${categories.map((category) => category.slice(0, MAX_TEXT)).join('\u0000')}`;
    const known = seen.get(key);
    if (known !== undefined) return known;
    const foldedSummary = foldChoice(summary.slice(0, MAX_TEXT));
    const foldedCategories = categories.map((category) => foldChoice(category.slice(0, MAX_TEXT)));
    let phase: Phase | null = null;
    for (const pattern of compiled) {
      if (pattern.summary && !matches(pattern.summary, foldedSummary)) continue;
      const test = pattern.categories;
      if (test && !foldedCategories.some((category) => matches(test, category))) continue;
      phase = pattern.phase;
      break;
    }
    if (seen.size < 10_000) seen.set(key, phase);
    return phase;
  };
}
