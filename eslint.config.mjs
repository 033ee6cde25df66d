// Lint rules that keep the architecture honest (see docs in README): no `any`; the domain core
// stays pure; only src/document/word talks to the Office host.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'src/domain is pure: no Node built-ins.' })),
            { name: 'react', message: 'src/domain is pure: no React.' },
            { name: 'react-dom', message: 'src/domain is pure: no React.' },
            { name: '@microsoft/office-js', message: 'src/domain is pure: no office-js.' },
          ],
          patterns: [
            { group: ['@fluentui/*', 'react/*', 'react-dom/*'], message: 'src/domain is pure: no UI.' },
            { group: ['**/document/*', '**/taskpane/*', '**/cli/*'], message: 'src/domain depends on nothing else in src.' },
          ],
        },
      ],
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
  {
    // .docx bytes in, bytes out: the OOXML layer never touches the file system.
    files: ['src/document/ooxml/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path'].map((name) => ({
            name,
            message: 'src/document/ooxml works on bytes; the caller does I/O.',
          })),
        },
      ],
    },
  },
);
