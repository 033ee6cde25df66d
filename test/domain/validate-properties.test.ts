import fc from 'fast-check';
import type { AnnotatieValues } from '../../src/domain';
import { FIELD_KEYS, FINDING_CODES, normalizeValue, parseValuesJson, reportFindings, typedValues, validate } from '../../src/domain';
import { CLEAN } from './helpers';

const KNOWN_CODES: ReadonlySet<string> = new Set(FINDING_CODES);
const KNOWN_FIELDS: ReadonlySet<string | null> = new Set([...FIELD_KEYS, null]);

/** Text a user (or a paste from a PDF, or a hostile script) can put in a field. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u200b', '\u202e', '\ufeff', '\ud800', '@', '.', '-', ' ', '0', '9'), maxLength: 40 }),
  fc.constantFrom(
    'n.v.t.',
    '31-2-2025',
    '+31 79 3468269',
    'a@zoetemeer.nl',
    '@@@@',
    '1'.repeat(300),
    '-'.repeat(300),
    `${'9-'.repeat(200)}2025`,
    `${'a'.repeat(300)}@${'b.'.repeat(300)}nl`,
    '<script>alert(1)</script>',
    '${constructor}',
    '__proto__',
  ),
);

const anyValues: fc.Arbitrary<AnnotatieValues> = fc.dictionary(fc.constantFrom(...FIELD_KEYS), hostileText);

describe('validate never throws and speaks only the contract', () => {
  it('for arbitrary values: known codes, known fields, valid severities, messages in both languages', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const findings = validate(values);
        for (const finding of findings) {
          expect(KNOWN_CODES.has(finding.code)).toBe(true);
          expect(KNOWN_FIELDS.has(finding.field)).toBe(true);
          expect(['error', 'warning', 'info']).toContain(finding.severity);
        }
        for (const lang of ['nl', 'en'] as const) expect(reportFindings(findings, lang)).toHaveLength(findings.length);
        typedValues(values);
        for (const key of FIELD_KEYS) normalizeValue(key, values[key] ?? '');
      }),
      { numRuns: 1000 },
    );
  });

  it.each(FIELD_KEYS.map((key) => [key]))('for a megabyte in %s, quickly', (key) => {
    for (const filler of ['x', '9', ' ', '@', '\u0000', '😀', '-1']) {
      const big = filler.repeat(Math.ceil(1_000_000 / filler.length));
      const started = Date.now();
      const findings = validate({ ...CLEAN, [key]: big });
      // A ceiling for catastrophic behaviour (quadratic on a megabyte is minutes), not a speed
      // figure: ~100 ms alone, over 500 ms while the whole suite shares two cores.
      expect(Date.now() - started).toBeLessThan(5_000);
      for (const finding of findings) expect(KNOWN_CODES.has(finding.code)).toBe(true);
      for (const report of reportFindings(findings)) expect(report.message.length).toBeLessThan(400);
    }
  }, 60_000);

  it('for arbitrary megabyte strings in arbitrary fields', () => {
    const megabyteValues = fc
      .tuple(fc.constantFrom(...FIELD_KEYS), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }))
      .map(([key, unit]): AnnotatieValues => ({ ...CLEAN, [key]: unit.repeat(Math.ceil(1_000_000 / unit.length)) }));
    fc.assert(
      fc.property(megabyteValues, (values) => {
        for (const finding of validate(values)) expect(KNOWN_CODES.has(finding.code)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('for values that are not strings at all (a JavaScript caller without types)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELD_KEYS), fc.anything()), (values) => {
        const findings = validate(values as AnnotatieValues);
        for (const finding of findings) expect(KNOWN_CODES.has(finding.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(() => validate(null as unknown as AnnotatieValues)).not.toThrow();
  });
});

describe('parseValuesJson never throws', () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()), (json, object) => {
        for (const input of [json, object, { ...object, onderwerp: json }]) {
          const { values, findings } = parseValuesJson(input);
          for (const key of Object.keys(values)) expect(FIELD_KEYS).toContain(key);
          for (const value of Object.values(values)) expect(typeof value).toBe('string');
          for (const finding of [...findings, ...validate(values)]) expect(KNOWN_CODES.has(finding.code)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeValue', () => {
  it('is idempotent: house style stays house style', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_KEYS), hostileText, (key, text) => {
        const once = normalizeValue(key, text);
        expect(normalizeValue(key, once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never adds findings: what it writes validates at least as well as what was typed', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const normalized = Object.fromEntries(FIELD_KEYS.filter((key) => values[key] !== undefined).map((key) => [key, normalizeValue(key, values[key] ?? '')]));
        expect(validate(normalized).length).toBeLessThanOrEqual(validate(values).length);
      }),
      { numRuns: 500 },
    );
  });
});
