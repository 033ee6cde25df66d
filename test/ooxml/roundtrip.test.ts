import { FIELDS } from '../../src/domain/fields';
import type { AnnotatieValues } from '../../src/domain/fields';
import { documentText, readDocx, writeDocx } from '../../src/document/ooxml';
import seed from '../../src/preview/seed.json';
import { pandocText, squashSpace } from './support/docx-tools';
import { HOSTILE_STRINGS, valuesWithEverywhere } from './support/hostile-strings';

function readValues(bytes: Uint8Array): AnnotatieValues {
  const result = readDocx(bytes);
  if (result.status !== 'annotatie') throw new Error(`expected an annotatie, got ${result.status}`);
  expect(result.findings).toEqual([]);
  return result.values;
}

describe('write → read round-trips every value exactly', () => {
  it('the seed', () => {
    expect(readValues(writeDocx(seed))).toEqual(seed);
  });

  it.each(HOSTILE_STRINGS.map((entry) => [entry.name, entry.value] as const))('%s, in every field', (_name, value) => {
    const values = valuesWithEverywhere(value);
    expect(readValues(writeDocx(values, { houseStyle: false }))).toEqual(values);
  });

  it('empty fields read back as empty, not as their placeholder', () => {
    expect(readValues(writeDocx({}))).toEqual(valuesWithEverywhere(''));
  });

  it.each([
    ['CRLF becomes a newline', 'a\r\nb', 'a\nb'],
    ['a lone CR becomes a newline', 'a\rb', 'a\nb'],
    ['C0 controls cannot be carried by XML 1.0 and are dropped', 'a\u0001b\u001fc', 'abc'],
    ['U+FFFE/U+FFFF are dropped', 'a\ufffeb\uffffc', 'abc'],
    ['a lone surrogate is dropped', 'a\ud800b', 'ab'],
  ])('documented exceptions: %s', (_name, value, expected) => {
    expect(documentText(value)).toBe(expected);
    expect(readValues(writeDocx({ onderwerp: value, 'toelichting.kern': value }, { houseStyle: false }))).toMatchObject({
      onderwerp: expected,
      'toelichting.kern': expected,
    });
  });
});

describe('pandoc, an independent reader, sees the values', () => {
  it('the seed: every line of every value', () => {
    const text = squashSpace(pandocText(writeDocx(seed)));
    for (const field of FIELDS) {
      for (const line of (seed as Readonly<Record<string, string>>)[field.key]?.split('\n') ?? []) expect(text).toContain(squashSpace(line));
    }
  });

  it('hostile strings (compared without whitespace differences)', () => {
    const special = HOSTILE_STRINGS.filter((entry) => entry.name !== 'long line' && entry.name !== 'no-break and zero-width');
    const values: Record<string, string> = {};
    FIELDS.forEach((field, index) => {
      const entry = special[index % special.length];
      if (entry) values[field.key] = entry.value;
    });
    const text = squashSpace(pandocText(writeDocx(values, { houseStyle: false })));
    for (const value of Object.values(values)) for (const line of value.split('\n')) expect(text).toContain(squashSpace(line));
  });

  it('placeholders, not values, for an empty document', () => {
    const text = pandocText(writeDocx({}));
    expect(text).toContain('Vul in: onderwerp');
  });
});
