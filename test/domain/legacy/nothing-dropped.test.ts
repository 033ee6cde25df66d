import fc from 'fast-check';
import { FIELDS, SECTIONS, recogniseAnnotatie } from '../../../src/domain';
import type { LegacyBlock } from '../../../src/domain';

/**
 * The recogniser's promise: text that belongs to no field is returned, never dropped. Documents
 * are built from real labels (some damaged), unique marker words, values of every shape, bullets
 * and page furniture, as lines or table rows; every marker word must come out in a value, in
 * `unrecognised`, or in a label as written.
 */
const labels = [...FIELDS.flatMap((field) => [field.title, ...field.legacyLabels]), ...SECTIONS.flatMap((section) => [section.title.nl, ...section.legacyTitles]), 'Telefoon', 'E-mail'];

let counter = 0;
const marker = fc.constant(null).map(() => `zq${(counter += 1).toString(36)}x`);
const label = fc.constantFrom(...labels).chain((text) =>
  fc.constantFrom(text, `${text}:`, text.toUpperCase(), `${text.slice(0, -1)}q`, text.replace(/ /g, '  ')),
);
const value = fc.oneof(
  marker,
  fc.constantFrom('n.v.t.', '29-9-2025', '13 oktober 2025', '+31 79 3468269', '06 39340866', 'a.b@zoetermeer.nl', 'Reguliere raad'),
  fc.array(marker, { minLength: 2, maxLength: 6 }).map((words) => words.join(' ')),
);
const line = fc.oneof(
  { weight: 3, arbitrary: value },
  { weight: 3, arbitrary: label },
  { weight: 2, arbitrary: fc.tuple(label, value).map(([l, v]) => `${l} ${v}`) },
  { weight: 1, arbitrary: fc.tuple(label, label, label).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('e', 'o', '•', '-'), marker).map(([bullet, word]) => `${bullet} Z${word}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '', 'Pagina 2', 'Z/25/123456', '- 3 -') },
);
const block: fc.Arbitrary<LegacyBlock> = fc.oneof(
  { weight: 4, arbitrary: line.map((text) => ({ kind: 'paragraph' as const, text })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 4 }).map((cells) => ({ kind: 'row' as const, cells })) },
);

describe('nothing is dropped', () => {
  it.each([true, false])('every marker word ends up in a value, unrecognised or a label (reflow %s)', (reflow) => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), (blocks) => {
        const result = recogniseAnnotatie({ blocks, reflow });
        const out = [...Object.values(result.values), ...result.unrecognised, ...result.labels].join('\n');
        const input = blocks.flatMap((b) => (b.kind === 'row' ? b.cells : [b.text])).join(' ');
        for (const word of input.match(/zq[0-9a-z]+x/g) ?? []) {
          if (!out.includes(word)) throw new Error(`dropped ${word}\n${JSON.stringify(blocks, null, 1)}\n${JSON.stringify(result, null, 1)}`);
        }
        for (const furniture of ['Pagina 2', 'Z/25/123456', '- 3 -']) {
          if (input.includes(furniture) && !result.unrecognised.includes(furniture) && !out.includes(furniture)) throw new Error(`furniture ${furniture} lost`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 }), (texts) => {
        recogniseAnnotatie({ blocks: texts.map((text) => ({ kind: 'paragraph', text })), reflow: true });
      }),
      { numRuns: 300 },
    );
  });
});
