import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CALENDAR_OPTION_TEXTS } from '../../src/cli/calendar-option';
import { IMPORT_TEXTS } from '../../src/cli/commands/import-texts';
import { DOCX_TEXTS, SKIP_TEXTS } from '../../src/cli/docx-texts';
import { CLI_TEXTS, NOT_A_FILE_TEXTS } from '../../src/cli/messages';
import { DOCX_ERROR_TEXTS } from '../../src/document/ooxml/errors';
import { PDF_ERROR_TEXTS } from '../../src/document/pdf/errors';
import { WORD_FAILURE_TEXTS } from '../../src/document/port';
import { CALENDAR_TEXTS } from '../../src/domain/calendar/errors';
import { format, messageSetProblems, placeholdersOf, text } from '../../src/domain/i18n';
import { MESSAGES } from '../../src/domain/messages';
import { PLACEHOLDER_TEXTS } from '../../src/domain/placeholders';
import { PROFILE_TEXTS } from '../../src/domain/profile';
import { PREVIEW_TEXTS } from '../../src/preview/PreviewPage';
import { ENTRY_TEXTS } from '../../src/taskpane/entry-texts';
import { CALENDAR_NAMES, PANE_TEXTS } from '../../src/taskpane/i18n';
import { REVIEW_TEXTS } from '../../src/taskpane/i18n-review';

/**
 * Every message set of the code base (issue 9, point 3: one way to speak), with the file that
 * defines it. A new set goes here; the last test below fails when a file defines a per-language
 * map that is not listed.
 */
const SETS: readonly (readonly [name: string, file: string, set: Readonly<Record<'nl' | 'en', unknown>>])[] = [
  ['MESSAGES (findings)', 'src/domain/messages/index.ts', MESSAGES],
  ['PLACEHOLDER_TEXTS', 'src/domain/placeholders.ts', PLACEHOLDER_TEXTS],
  ['PROFILE_TEXTS', 'src/domain/profile.ts', PROFILE_TEXTS],
  ['CALENDAR_TEXTS', 'src/domain/calendar/errors.ts', CALENDAR_TEXTS],
  ['WORD_FAILURE_TEXTS', 'src/document/port.ts', WORD_FAILURE_TEXTS],
  ['DOCX_ERROR_TEXTS', 'src/document/ooxml/errors.ts', DOCX_ERROR_TEXTS],
  ['PDF_ERROR_TEXTS', 'src/document/pdf/errors.ts', PDF_ERROR_TEXTS],
  ['CLI_TEXTS', 'src/cli/messages.ts', CLI_TEXTS],
  ['NOT_A_FILE_TEXTS', 'src/cli/messages.ts', NOT_A_FILE_TEXTS],
  ['DOCX_TEXTS', 'src/cli/docx-texts.ts', DOCX_TEXTS],
  ['SKIP_TEXTS', 'src/cli/docx-texts.ts', SKIP_TEXTS],
  ['IMPORT_TEXTS', 'src/cli/commands/import-texts.ts', IMPORT_TEXTS],
  ['CALENDAR_OPTION_TEXTS', 'src/cli/calendar-option.ts', CALENDAR_OPTION_TEXTS],
  ['PANE_TEXTS', 'src/taskpane/i18n.ts', PANE_TEXTS],
  ['CALENDAR_NAMES', 'src/taskpane/i18n.ts', CALENDAR_NAMES],
  ['REVIEW_TEXTS', 'src/taskpane/i18n-review.ts', REVIEW_TEXTS],
  ['ENTRY_TEXTS', 'src/taskpane/entry-texts.ts', ENTRY_TEXTS],
  ['PREVIEW_TEXTS', 'src/preview/PreviewPage.tsx', PREVIEW_TEXTS],
];

describe('format', () => {
  it('fills every placeholder, also one used twice, and leaves the rest of the text alone', () => {
    expect(format('{label}: datum ({pattern}) of n.v.t.', { label: 'Besluitvorming', pattern: 'd-m-jjjj' })).toBe('Besluitvorming: datum (d-m-jjjj) of n.v.t.');
    expect(format('{n} en {n}', { n: 3 })).toBe('3 en 3');
    expect(format('geen plaatshouders')).toBe('geen plaatshouders');
  });

  it('does not read a value as a template or as a replacement pattern', () => {
    expect(format('map {path}', { path: '{path} $& $1' })).toBe('map {path} $& $1');
  });

  it('keeps a placeholder without a value visible, so a forgotten parameter shows', () => {
    expect(format('{count} velden in {file}', { count: 2 })).toBe('2 velden in {file}');
    // Not a value from the object's prototype either.
    expect(format('{toString}', {})).toBe('{toString}');
  });

  it('names the placeholders of a template once each, sorted', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(text({ nl: { k: 'Hallo {naam}' }, en: { k: 'Hello {naam}' } }, 'en', 'k', { naam: 'Jan' })).toBe('Hello Jan');
  });
});

describe('the parity check itself', () => {
  it('finds a key missing in one language, an extra one, different placeholders and an empty text', () => {
    expect(messageSetProblems({ nl: { a: 'x {n}', b: 'y', c: ' ' }, en: { a: 'x {m}', d: 'z', c: 'w' } })).toEqual([
      'b: missing in en',
      'd: missing in nl',
      'a: placeholders {n} in nl but {m} in en',
      'c: empty text',
    ]);
  });

  it('looks into nested maps and compares functions and lists by presence and length', () => {
    expect(messageSetProblems({ nl: { reasons: { ENOENT: 'weg', EACCES: 'nee' }, f: () => '', l: ['a', 'b'] }, en: { reasons: { ENOENT: 'gone' }, f: 'text', l: ['a'] } })).toEqual([
      'reasons.EACCES: missing in en',
      'f: text in one language, not in the other',
      'l: lists of different length',
    ]);
  });

  it('passes a whole set', () => {
    expect(messageSetProblems({ nl: { a: '{x} ja', f: () => 'ja' }, en: { a: 'yes {x}', f: () => 'yes' } })).toEqual([]);
  });
});

describe.each(SETS)('message set %s (%s)', (_name, _file, set) => {
  it('has the same keys in nl and en, no empty text, and the same {placeholders} in both', () => {
    expect(messageSetProblems(set)).toEqual([]);
  });
});

/** Every .ts/.tsx file under src, as a path from the repository root. */
function sourceFiles(dir = join(__dirname, '../../src')): readonly string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(join(__dirname, '../..'), path).split('\\').join('/')] : [];
  });
}

/**
 * The components are edited by others in parallel with this change; their own maps and the one
 * ternary there are theirs to move (named in the issue 9 closing note). Nothing else is exempt.
 */
const NOT_YET: ReadonlySet<string> = new Set([
  'src/taskpane/components/OutsideWord/OutsideWord.tsx',
  'src/taskpane/components/ProfileProblem/ProfileProblem.tsx',
  'src/taskpane/components/PlanningDateInput/CalendarPopover.tsx',
]);

describe('one way to speak', () => {
  const files = sourceFiles().filter((file) => !NOT_YET.has(file));

  it('has no sentence chosen by a language ternary in the code (`lang === \'nl\' ? … : …`)', () => {
    const ternary = /\b\w*(?:lang|language)\w*\s*[!=]==\s*'(?:nl|en)'\s*\?|\bnl\s*\?\s*[`'"]/i;
    const found = files.filter((file) => ternary.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('lists every file that defines a per-language map among the message sets', () => {
    const perLanguage = /^\s*nl:\s*[{(]|=\s*\{\s*nl:\s*\w/m;
    const listed = new Set(SETS.map(([, file]) => file));
    const unlisted = files.filter((file) => perLanguage.test(readFileSync(file, 'utf8')) && !listed.has(file));
    expect(unlisted).toEqual([]);
  });

  it('keeps no texts as { nl, en } pairs per key (one map per language instead), but for the field table\'s labels', () => {
    // The labels are a column of the field table (src/domain/fields.ts), the one source of a
    // field's key, tag and label; the LocalText type requires both languages there.
    const pair = /\{\s*nl:\s*['`"]/;
    const found = files.filter((file) => file !== 'src/domain/fields.ts' && pair.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
