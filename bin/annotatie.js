#!/usr/bin/env node
// Entry of `npx annotatie`: runs the bundle that `npm ci` (prepare) builds from src/cli.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'lib', 'cli', 'annotatie.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('annotatie: de command line is nog niet gebouwd; voer eerst `npm ci` uit.\n');
  process.exit(2);
}
require(bundle);
