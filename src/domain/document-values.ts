import { FIELDS } from './fields';
import type { AnnotatieValues, FieldKey } from './fields';
import type { Finding } from './findings';

/**
 * The rules every reader of a document applies to what it found, whatever the document is read
 * through (Word's API in src/document/word, the .docx bytes in src/document/ooxml): one function
 * each, so the task pane and `annotatie check` cannot drift apart (issue 9).
 */

/** What a reader found for one field: how many live controls carry its tag, and the text of the first. */
export interface FieldFound {
  readonly count: number;
  /** The text of the first live control, placeholders already read as ''; undefined when count is 0. */
  readonly text: string | undefined;
}

/**
 * The document's own findings (contract §4): `control_missing` when no live control carries a
 * field's tag, `control_duplicate` (params.count) when more than one does. In field-table order.
 */
export function controlFindings(count: (key: FieldKey) => number): Finding[] {
  const findings: Finding[] = [];
  for (const field of FIELDS) {
    const found = count(field.key);
    if (found === 0) findings.push({ field: field.key, code: 'control_missing', severity: 'error' });
    if (found > 1) findings.push({ field: field.key, code: 'control_duplicate', severity: 'error', params: { count: String(found) } });
  }
  return findings;
}

/**
 * The values a document holds: every field whose control is there, an empty one as `''`; a field
 * whose control is missing has no key at all. So "the control is there and empty" and "there is
 * no control" stay two things for every reader (contract §5 reads a missing key as empty, so a
 * consumer that does not care loses nothing).
 */
export function documentValues(found: (key: FieldKey) => FieldFound): AnnotatieValues {
  const values: Partial<Record<FieldKey, string>> = {};
  for (const field of FIELDS) {
    const { count, text } = found(field.key);
    if (count > 0) values[field.key] = text ?? '';
  }
  return values;
}

/** Empty and missing are the same value for a field (contract §5: a missing key is empty). */
function valueOf(values: AnnotatieValues, key: FieldKey): string {
  return values[key] ?? '';
}

/**
 * The fields whose value differs between `before` (what the document held) and `after` (what the
 * pane holds now), in field-table order; a missing key counts as ''.
 */
export function changedFields(before: AnnotatieValues, after: AnnotatieValues): readonly FieldKey[] {
  return FIELDS.map((field) => field.key).filter((key) => valueOf(after, key) !== valueOf(before, key));
}
