// `npm run bench`: runs every bench/*.bench.ts and prints its figures.
// `npm run --silent bench -- --json` prints one JSON document { "name": value, … } instead.
// Each bench file exports `run(): Promise<readonly Figure[]>` with
// Figure = { name, value, unit, note? }. Figures are measured, never assumed.
import { build } from 'esbuild';
import { readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;
const json = process.argv.includes('--json');
const only = process.argv.filter((arg) => !arg.startsWith('--')).slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((filter) => name.includes(filter)))
  .sort();

const outDir = join(root, 'lib', 'bench');
mkdirSync(outDir, { recursive: true });
const require = createRequire(import.meta.url);
const log = (line) => (json ? process.stderr : process.stdout).write(line + '\n');

const figures = {};
let failed = false;
for (const file of files) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // Packages with native parts or their own assets stay outside the bundle.
    external: ['playwright-core', 'libxml2-wasm', 'xmllint-wasm', 'esbuild', 'webpack'],
  });
  log(`\n${file}`);
  try {
    const results = await require(outfile).run();
    for (const figure of results) {
      figures[figure.name] = figure.value;
      log(`  ${figure.name.padEnd(40)} ${String(figure.value).padStart(12)} ${figure.unit}${figure.note ? `  (${figure.note})` : ''}`);
    }
  } catch (error) {
    failed = true;
    log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (json) process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
process.exit(failed ? 1 : 0);
