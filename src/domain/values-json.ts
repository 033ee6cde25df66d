import type { AnnotatieValues, FieldKey } from './fields';
import { SCHEMA_VERSION, isFieldKey, fieldByKey } from './fields';
import type { Finding } from './findings';
import { formatDate, parseDate } from './dates';
import { formatPhone, parsePhone } from './phone/phones';
import { quoteable } from './text';

export interface ParsedValues {
  readonly values: AnnotatieValues;
  readonly findings: readonly Finding[];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a values object from JSON (contract §5): a flat object keyed by the keys of §2. Never
 * throws. What it does with each entry, so scripts know what to send:
 * - a string: the value as written in the document;
 * - null: the field is empty;
 * - an array of strings: lines, joined with "\n" (medePortefeuillehouders, paragraphs);
 * - anything else (number, boolean, object, mixed array): a `value_type` error, value ignored
 *   (a phone number sent as a JSON number has already lost its leading 0, so guessing is wrong);
 * - a key not in §2: an `unknown_key` warning, entry ignored.
 * The typed export (`{ "schema": "annotatie-raadsvoorstel/1", "values": { … } }`) is read too:
 * its ISO dates and E.164 numbers become house style again (the default profile's), so `export`
 * output can be validated directly.
 * Input that is not an object at all gives one `value_type` error with field null.
 */
export function parseValuesJson(input: unknown): ParsedValues {
  if (!isRecord(input)) {
    return { values: {}, findings: [{ field: null, code: 'value_type', severity: 'error', params: { key: '(JSON)', type: typeName(input) } }] };
  }
  const typed = input['schema'] === SCHEMA_VERSION && isRecord(input['values']);
  const source = typed && isRecord(input['values']) ? input['values'] : input;
  const values: Partial<Record<FieldKey, string>> = {};
  const findings: Finding[] = [];
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (!isFieldKey(key)) {
      findings.push({ field: null, code: 'unknown_key', severity: 'warning', params: { key: quoteable(key) } });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      values[key] = typed ? fromTyped(key, value) : value;
    } else if (Array.isArray(value) && value.every((line: unknown) => typeof line === 'string')) {
      values[key] = value.join('\n');
    } else {
      findings.push({ field: key, code: 'value_type', severity: 'error', params: { key, type: typeName(value) } });
    }
  }
  return { values, findings };
}

/** A typed-export value back as document text: ISO dates and E.164 numbers in house style. */
function fromTyped(key: FieldKey, text: string): string {
  const kind = fieldByKey(key).kind;
  if (kind === 'planningDate' && ISO_DATE.test(text)) {
    const date = parseDate(text);
    return date.kind === 'date' ? formatDate(date) : text;
  }
  if (kind === 'phone') {
    const phone = parsePhone(text);
    return phone.kind === 'phone' ? formatPhone(phone) : text;
  }
  return text;
}
