// Lint rules that keep the architecture honest: no `any`; the domain core stays pure; only
// src/document/word talks to the Office host; and the import boundaries between the folders of
// src/ (src/README.md says why each exists; test/scripts/lint-boundaries.test.ts proves each
// one is reported).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Import specifiers that reach a folder of src/ (relative from anywhere, or through src/). */
const folder = (path) => [`**/${path}`, `**/${path}/**`];
const TEST = { group: ['**/test/**', 'test/**'], message: 'Product code never depends on test code or test data (copy the data into src/).' };
const DOMAIN_PURE = [
  ...nodeBuiltins.map((name) => ({ name, message: 'src/domain is pure: no Node built-ins.' })),
  { name: 'react', message: 'src/domain is pure: no React.' },
  { name: 'react-dom', message: 'src/domain is pure: no React.' },
  { name: '@microsoft/office-js', message: 'src/domain is pure: no office-js.' },
];
const OOXML_NO_IO = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path'].map((name) => ({
  name,
  message: 'src/document/ooxml works on bytes; the caller does I/O.',
}));

/**
 * Who may not import whom (src/README.md, "Boundaries"). One entry per folder; each entry lists
 * every forbidden target, because ESLint does not merge two configs' options for one rule: the
 * last config matching a file wins, so a folder's whole rule must be in one place.
 */
export const BOUNDARIES = [
  {
    files: ['src/domain/**/*.ts'],
    paths: DOMAIN_PURE,
    patterns: [
      { group: ['@fluentui/*', 'react/*', 'react-dom/*'], message: 'src/domain is pure: no UI.' },
      {
        group: [...folder('document'), ...folder('taskpane'), ...folder('cli'), ...folder('preview'), ...folder('manifest')],
        message: 'src/domain depends on nothing else in src.',
      },
    ],
  },
  {
    files: ['src/document/shape/**/*.ts', 'src/document/xml/**/*.ts'],
    patterns: [
      {
        group: [...folder('ooxml'), ...folder('word'), ...folder('pdf'), ...folder('taskpane'), ...folder('cli'), ...folder('preview')],
        message: 'src/document/shape and src/document/xml are shared by both writers: they import neither, nor anything above them.',
      },
    ],
  },
  {
    files: ['src/document/word/**/*.ts'],
    patterns: [
      { group: folder('ooxml'), message: 'The Word layer does not use the .docx layer: shared things live in src/document/shape (layout, custom XML parts).' },
      { group: [...folder('taskpane'), ...folder('cli'), ...folder('preview'), ...folder('pdf')], message: 'The Word layer is below the task pane and knows no other front end.' },
    ],
  },
  {
    files: ['src/document/ooxml/**/*.ts'],
    paths: OOXML_NO_IO,
    patterns: [
      { group: [...folder('word'), ...folder('taskpane'), ...folder('cli'), ...folder('preview')], message: 'The .docx layer is bytes in, bytes out: it knows neither Word nor any front end.' },
    ],
  },
  {
    files: ['src/document/pdf/**/*.ts', 'src/document/port.ts'],
    patterns: [{ group: [...folder('taskpane'), ...folder('cli'), ...folder('preview')], message: 'src/document is below every front end.' }],
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    patterns: [
      { group: folder('ooxml'), message: 'The task pane reaches documents only through the port (src/document/port.ts) and the Word layer.' },
      { group: [...folder('cli'), ...folder('preview')], message: 'The task pane does not depend on the command line or the preview.' },
    ],
  },
  {
    files: ['src/cli/**/*.ts'],
    patterns: [{ group: [...folder('taskpane'), ...folder('word'), ...folder('preview')], message: 'The command line works on files: no task pane, no Word layer.' }],
  },
  {
    files: ['src/preview/**/*.{ts,tsx}'],
    patterns: [{ group: [...folder('cli'), ...folder('ooxml')], message: 'The preview runs the task pane on the Word fake: no command line, no .docx layer.' }],
  },
  // The manifest writer uses the pane's profile source and office-script loader: only test/ is out.
  { files: ['src/manifest/**/*.ts'] },
];

function boundaryConfigs() {
  return BOUNDARIES.map(({ files, paths = [], patterns = [] }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths, patterns: [...patterns, TEST] }] },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/setup-tests.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The core runs in Node, the browser and the tests alike: no host, no UI, no file system.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/domain is pure: no office-js.' },
        { name: 'Word', message: 'src/domain is pure: no office-js.' },
        { name: 'window', message: 'src/domain is pure: no browser globals.' },
        { name: 'document', message: 'src/domain is pure: no browser globals.' },
        { name: 'process', message: 'src/domain is pure: no Node globals.' },
        { name: 'Buffer', message: 'src/domain is pure: no Node globals.' },
      ],
    },
  },
  {
    // One place talks to the host (STYLE habit 2).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/document/word/**', 'src/domain/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Only src/document/word may use the Office host.' },
        { name: 'Word', message: 'Only src/document/word may use the Word host.' },
      ],
    },
  },
  ...boundaryConfigs(),
);
