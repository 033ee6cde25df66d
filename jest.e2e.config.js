// Browser end-to-end tests of the built add-in (dist/), run by scripts/test.mjs after the
// production build: Debian chromium driven by playwright-core against a static server on loopback.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFilesAfterEnv: [],
  // A browser launch is ~175 ms, a page with the form ~250 ms; whole flows take a few seconds.
  testTimeout: 60_000,
};
