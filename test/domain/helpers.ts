import seed from '../fixtures/values/seed.json';
import type { AnnotatieValues, Finding, FindingCode, Profile } from '../../src/domain';
import { validate } from '../../src/domain';

/** The seed with its one typo fixed: a filled annotatie that gives no findings at all. */
export const CLEAN: AnnotatieValues = { ...(seed as AnnotatieValues), 'ambtenaar.email': 'a.e.de.vries@zoetermeer.nl' };

/** The clean seed with some fields changed (undefined removes the key). */
export function withValues(overrides: Readonly<Record<string, string | undefined>>): AnnotatieValues {
  const values: Record<string, string | undefined> = { ...CLEAN, ...overrides };
  for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
  return values as AnnotatieValues;
}

/** The findings of one code for the clean seed with `overrides`. */
export function findingsOf(code: FindingCode, overrides: Readonly<Record<string, string | undefined>>, profile?: Profile): readonly Finding[] {
  return validate(withValues(overrides), profile).filter((finding) => finding.code === code);
}
