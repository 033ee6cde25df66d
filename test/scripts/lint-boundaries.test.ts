import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The import boundaries of src/README.md are lint rules (eslint.config.mjs, BOUNDARIES). A rule
 * that stops matching (a renamed folder, a pattern that no longer fits relative paths, a later
 * config that silently replaces it) would let every crossing through without a sound, so each
 * boundary is checked here on a snippet in the folder it guards: the forbidden import must be
 * reported, and an allowed one next to it must not.
 *
 * ESLint's Node API is an ES module and reads the .mjs config, so it runs in one child Node
 * process (jest's CommonJS runtime cannot load it); every snippet goes through lintText with the
 * file path it pretends to have, so nothing is written to src/.
 */
const ROOT = resolve(__dirname, '../..');

interface Case {
  readonly file: string;
  readonly code: string;
}

const SCRIPT = `
import { ESLint } from 'eslint';
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

function restrictedImports(cases: readonly Case[]): string[][] {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout) as string[][];
}

const use = (specifier: string): string => `import * as x from '${specifier}';\nexport const y = x;\n`;

/** [folder file, forbidden specifier] — one row per boundary of src/README.md. */
const FORBIDDEN: readonly (readonly [string, string])[] = [
  // The domain imports nothing else of src, no UI, no host, no Node.
  ['src/domain/x.ts', '../document/ooxml'],
  ['src/domain/x.ts', '../document/word'],
  ['src/domain/rules/x.ts', '../../taskpane/form-state'],
  ['src/domain/x.ts', '../cli/main'],
  ['src/domain/x.ts', '../preview/demo'],
  ['src/domain/x.ts', 'react'],
  ['src/domain/x.ts', '@fluentui/react-components'],
  ['src/domain/x.ts', '@microsoft/office-js'],
  ['src/domain/x.ts', 'node:fs'],
  // The Word layer never uses the .docx layer, from its own folder or from the fake.
  ['src/document/word/x.ts', '../ooxml'],
  ['src/document/word/x.ts', '../ooxml/template'],
  ['src/document/word/fake/x.ts', '../../ooxml/read'],
  ['src/document/word/x.ts', '../../taskpane/services'],
  ['src/document/word/x.ts', '../../cli/main'],
  // The .docx layer knows neither Word nor a front end, and does no I/O.
  ['src/document/ooxml/x.ts', '../word'],
  ['src/document/ooxml/x.ts', '../word/fake'],
  ['src/document/ooxml/x.ts', '../../taskpane/form-state'],
  ['src/document/ooxml/x.ts', '../../cli/io'],
  ['src/document/ooxml/x.ts', 'node:fs'],
  ['src/document/ooxml/x.ts', 'path'],
  // What both writers share imports neither.
  ['src/document/shape/x.ts', '../ooxml/zip'],
  ['src/document/shape/x.ts', '../word/api'],
  ['src/document/xml/x.ts', '../ooxml/read'],
  // The task pane: no .docx layer, no command line.
  ['src/taskpane/x.ts', '../document/ooxml'],
  ['src/taskpane/components/Foo/Foo.tsx', '../../../document/ooxml/read'],
  ['src/taskpane/x.ts', '../cli/messages'],
  ['src/taskpane/x.ts', '../preview/demo'],
  // The command line: no task pane, no Word layer.
  ['src/cli/x.ts', '../taskpane/i18n'],
  ['src/cli/commands/x.ts', '../../document/word'],
  ['src/cli/x.ts', '../document/word/fake'],
  // The preview: no command line (it may use the task pane, the Word fake and the domain).
  ['src/preview/x.tsx', '../cli/main'],
  ['src/preview/x.tsx', '../document/ooxml'],
  // No product code depends on test code or data.
  ['src/preview/x.ts', '../../test/fixtures/values/seed.json'],
  ['src/taskpane/x.ts', '../../test/support/render'],
  ['src/document/word/x.ts', '../../../test/word/support'],
  ['src/cli/x.ts', '../../test/fixtures/x'],
  ['src/domain/x.ts', '../../test/fixtures/values/seed.json'],
  ['src/manifest/x.ts', '../../test/fixtures/x'],
  ['src/document/shape/x.ts', '../../../test/fixtures/x'],
  ['src/document/pdf/x.ts', '../../../test/fixtures/x'],
];

/** Imports the same folders may make: the rules must not over-reach. */
const ALLOWED: readonly (readonly [string, string])[] = [
  ['src/document/word/x.ts', '../shape/layout'],
  ['src/document/word/x.ts', '../shape/snapshot-part'],
  ['src/document/word/x.ts', '../../domain/fields'],
  ['src/document/word/fake/x.ts', './document-xml'],
  ['src/document/ooxml/x.ts', '../shape/layout'],
  ['src/document/ooxml/x.ts', '../xml/tokenizer'],
  ['src/document/shape/x.ts', '../xml/tokenizer'],
  ['src/taskpane/x.ts', '../document/word'],
  ['src/taskpane/x.ts', '../document/port'],
  ['src/cli/x.ts', '../document/ooxml'],
  ['src/preview/x.tsx', '../taskpane/components/App'],
  ['src/preview/x.tsx', '../document/word/fake'],
  ['src/preview/x.ts', './seed.json'],
];

describe('lint enforces the import boundaries of src/README.md', () => {
  const cases = [...FORBIDDEN, ...ALLOWED].map(([file, specifier]) => ({ file, code: use(specifier) }));
  let reported: string[][] = [];
  beforeAll(() => {
    reported = restrictedImports(cases);
  }, 120_000);

  it.each(FORBIDDEN.map(([file, specifier], index) => [file, specifier, index] as const))('%s may not import %s', (_file, _specifier, index) => {
    expect(reported[index]).toHaveLength(1);
  });

  it.each(ALLOWED.map(([file, specifier], index) => [file, specifier, FORBIDDEN.length + index] as const))('%s may import %s', (_file, _specifier, index) => {
    expect(reported[index]).toEqual([]);
  });
});
