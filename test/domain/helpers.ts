import seed from '../../src/preview/seed.json';
import type { AnnotatieValues, CalendarDate, Finding, FindingCode, Profile, ValidationContext } from '../../src/domain';
import { validate } from '../../src/domain';

/**
 * The day the seed annotatie was written (before its planning dates, 29-9 and 13-10-2025). Tests
 * pin today to it: with the clock, every 2025 date turns into planning_in_past once 2025 is over.
 */
export const SEED_TODAY: CalendarDate = { kind: 'date', year: 2025, month: 9, day: 1 };

/** The seed with its one typo fixed: a filled annotatie that gives no findings at all. */
export const CLEAN: AnnotatieValues = { ...(seed as AnnotatieValues), 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };

/** The clean seed with some fields changed (undefined removes the key). */
export function withValues(overrides: Readonly<Record<string, string | undefined>>): AnnotatieValues {
  const values: Record<string, string | undefined> = { ...CLEAN, ...overrides };
  for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
  return values as AnnotatieValues;
}

/** The findings of one code for the clean seed with `overrides`, on SEED_TODAY unless the context says otherwise. */
export function findingsOf(code: FindingCode, overrides: Readonly<Record<string, string | undefined>>, profile?: Profile, context: ValidationContext = {}): readonly Finding[] {
  return validate(withValues(overrides), profile, { today: SEED_TODAY, ...context }).filter((finding) => finding.code === code);
}
