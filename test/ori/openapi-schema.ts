import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/**
 * The vendored ODS Open Raadsinformatie specification (standards/ori/openapi.yaml) as JSON
 * Schema for ajv. OpenAPI 3.0 schema objects are JSON Schema (Wright draft 00) with a few
 * keywords of their own, which are translated here rather than ignored:
 *
 * - `nullable: true` adds "null" to `type` (OpenAPI 3.0.3 §4.7.24.1). The spec also writes
 *   `allOf: [{ description }, { nullable: true }, { $ref }]` to mean "this reference, or null";
 *   that becomes `anyOf: [{ type: 'null' }, { allOf: […] }]`.
 * - `$ref: '#/components/schemas/X'` points into `definitions` of the converted document.
 * - `readOnly: true` (§4.7.24.1: "SHOULD NOT be sent as part of the request"; a required
 *   readOnly property is required in responses only): for a request body the property is removed
 *   from `required` and forbidden (`false`), so a stray `id` or `url` fails validation.
 * - `example` and the other annotation-only keywords are dropped; ajv runs in strict mode, so a
 *   keyword this list forgot fails loudly instead of being skipped.
 *
 * `closed` adds `additionalProperties: false` to every object with `properties`: the standard
 * itself allows any extra property, but a misspelt name in our export (geplandeVergaderDatum)
 * should fail the test, not pass as an extra.
 */

const SPEC = join(__dirname, '..', '..', 'standards', 'ori', 'openapi.yaml');
const DROPPED = new Set(['nullable', 'readOnly', 'writeOnly', 'example', 'xml', 'externalDocs', 'discriminator', 'deprecated']);

type Schema = boolean | { [key: string]: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullableMarker(value: unknown): boolean {
  return isRecord(value) && value['nullable'] === true && Object.keys(value).every((key) => key === 'nullable' || key === 'description' || key === 'title');
}

interface Options {
  readonly closed: boolean;
}

function convert(node: unknown, options: Options): Schema {
  if (!isRecord(node)) return node as Schema;
  if (typeof node['$ref'] === 'string') {
    // OpenAPI 3.0: siblings of $ref are ignored, so only the reference is kept.
    return { $ref: node['$ref'].replace('#/components/schemas/', '#/definitions/') };
  }
  const out: Record<string, unknown> = {};
  const readOnly = new Set<string>();
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    if (key === 'properties' && isRecord(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, property]) => {
          if (isRecord(property) && property['readOnly'] === true) {
            readOnly.add(name);
            return [name, false];
          }
          return [name, convert(property, options)];
        }),
      );
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      const parts = value.filter((part) => !(key === 'allOf' && isNullableMarker(part))).map((part) => convert(part, options));
      if (key === 'allOf' && parts.length < value.length) {
        out['anyOf'] = [{ type: 'null' }, { allOf: parts }];
      } else {
        out[key] = parts;
      }
    } else if ((key === 'items' || key === 'not' || key === 'additionalProperties') && isRecord(value)) {
      out[key] = convert(value, options);
    } else {
      out[key] = value;
    }
  }
  if (Array.isArray(out['required'])) {
    const required = (out['required'] as unknown[]).filter((name) => typeof name === 'string' && !readOnly.has(name));
    if (required.length > 0) out['required'] = required;
    else delete out['required'];
  }
  if (node['nullable'] === true && typeof node['type'] === 'string') {
    out['type'] = [node['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...(out['enum'] as unknown[]), null];
  }
  if (options.closed && isRecord(out['properties']) && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  return out;
}

interface OpenApi {
  readonly openapi: string;
  readonly info: { readonly version: string };
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

let spec: OpenApi | undefined;

export function openApiSpec(): OpenApi {
  spec ??= parse(readFileSync(SPEC, 'utf8')) as OpenApi;
  return spec;
}

/** The component schemas as one JSON Schema document (draft-07), `$id` `ori`. */
export function jsonSchemaDocument(options: Options): Record<string, unknown> {
  const definitions = Object.fromEntries(Object.entries(openApiSpec().components.schemas).map(([name, schema]) => [name, convert(schema, options)]));
  return { $id: 'ori', definitions };
}

export type OriValidators = Readonly<Record<'InformatieObject' | 'Vergadering' | 'Agendapunt', ValidateFunction>>;

/** ajv validators for the three objects of the export, as request bodies. */
export function oriValidators(options: Options = { closed: true }): OriValidators {
  // Strict about keywords (one this file forgot is an error, see DROPPED), not about types: the
  // spec gives some objects `required` without `type: object` (Zaak), which JSON Schema allows.
  const ajv = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(jsonSchemaDocument(options));
  const validator = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`ori#/definitions/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate;
  };
  return { InformatieObject: validator('InformatieObject'), Vergadering: validator('Vergadering'), Agendapunt: validator('Agendapunt') };
}

/** ajv's errors in one line each, for a failing expectation that says why. */
export function errorsOf(validate: ValidateFunction): readonly string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}
