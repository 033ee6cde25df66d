/**
 * Child-process side of test/domain/linear-time.test.ts: runs one entry point that sees user
 * text (argv[2]) on adversarial input of up to ~50 000 characters and prints "ok". A backtracking
 * regex blows up synchronously, where no jest timeout can interrupt it; the parent's kill can.
 */
import fc from 'fast-check';
import { FIELD_KEYS, isNvt, isPlaceholder, normalizeValue, parseDate, parseEmail, parsePhone, parseValuesJson, phoneProblem, reportFindings, suggestEmail, typedValues, validate } from '../../../src/domain';
import type { AnnotatieValues } from '../../../src/domain';
import { visibleText } from '../../../src/domain/messages';
import { cleanText, droppedCharacters, foldChoice, hasUnwritableCharacters, isBlank, quoteable, squash, writableText } from '../../../src/domain/text';
import { humanText, terminalSafe } from '../../../src/cli/terminal';
import { documentText, readDocx, writeDocx } from '../../../src/document/ooxml';
import { t } from '../../../src/taskpane/i18n';

const everywhere = (text: string): AnnotatieValues => Object.fromEntries(FIELD_KEYS.map((key) => [key, text]));

export const ENTRY_POINTS: Readonly<Record<string, (text: string) => unknown>> = {
  isBlank,
  squash,
  foldChoice,
  quoteable: (text) => quoteable(text),
  cleanText,
  droppedCharacters: (text) => droppedCharacters(text),
  writableText,
  hasUnwritableCharacters,
  visibleText,
  parseEmail,
  suggestEmail: (text) => suggestEmail(text),
  parseDate,
  isNvt,
  parsePhone,
  phoneProblem,
  isPlaceholder: (text) => FIELD_KEYS.map((key) => isPlaceholder(key, text)),
  normalizeValue: (text) => FIELD_KEYS.map((key) => normalizeValue(key, text)),
  validate: (text) => reportFindings(validate(everywhere(text))),
  typedValues: (text) => typedValues(everywhere(text)),
  parseValuesJson: (text) => parseValuesJson(JSON.stringify({ ...everywhere(text), [text.slice(0, 300)]: text })),
  terminalSafe,
  humanText: (text) => humanText([text, text]),
  documentText,
  docxRoundTrip: (text) => readDocx(writeDocx(everywhere(text), { houseStyle: false })),
  taskpaneText: (text) => t('nl', 'optionsFor', { label: text }),
};

/**
 * Characters the audited patterns treat specially: every kind of blank (two alternatives matched
 * tab, LF, CR and U+FEFF in the old isBlank), separators of addresses, dates and numbers, and
 * characters that take the u-flag paths (surrogates, astral, combining).
 */
const ALPHABET = [
  ' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u0000', '\u0007', '\u001b', '\u007f', '\u00a0', '\u2000', '\u200b', '\u200c', '\u200d',
  '\u2060', '\u202e', '\u3000', '\ufeff', '@', '.', ',', ';', ':', '<', '>', '(', ')', '[', ']', '{', '}', '"', "'", '-', '\u2010', '+',
  '/', '0', '1', '9', 'a', 'z', 'Z', 'é', 'e\u0301', '€', '😀', '\ud800', '\udc00', 'mailto:', 'n.v.t.', 'oktober', '&amp;',
];

const MAX = 50_000;

/** Runs of short patterns (the shape that makes a regex backtrack), up to MAX characters. */
const adversarial = fc
  .array(fc.record({ piece: fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((units) => units.join('')), times: fc.integer({ min: 1, max: MAX }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((runs) => {
    let text = '';
    for (const { piece, times } of runs) text += piece.repeat(Math.max(1, Math.min(times, Math.floor((MAX - text.length) / piece.length))));
    return text;
  });

/** Known killers of the old code, always run first. */
const FIXED = [
  `${'\t'.repeat(40)}x`,
  `${'\ufeff'.repeat(40)}x`,
  `${'\r\n'.repeat(20)}x`,
  `${' '.repeat(MAX)}x`,
  `${'.'.repeat(MAX)}x`,
  `a${' '.repeat(MAX)}b`,
  `${'a.'.repeat(MAX / 2)}`,
  `${'<'.repeat(MAX)}`,
  `${'('.repeat(MAX)}0`,
];

/** Fewer runs where one run is a whole document (20 fields × 50 000 characters written and read). */
const RUNS: Readonly<Record<string, number>> = { validate: 25, docxRoundTrip: 6 };

const name = process.argv[2] ?? '';
const entry = ENTRY_POINTS[name];
if (entry) {
  for (const text of FIXED) entry(text);
  fc.assert(
    fc.property(adversarial, (text) => {
      entry(text);
    }),
    { numRuns: RUNS[name] ?? 60 },
  );
  process.stdout.write('ok\n');
} else if (name === '--list') {
  process.stdout.write(JSON.stringify(Object.keys(ENTRY_POINTS)));
} else {
  process.stderr.write(`unknown entry point ${name}\n`);
  process.exitCode = 2;
}
