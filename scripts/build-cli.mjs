// Bundles the command line into lib/cli/annotatie.cjs so `npx annotatie` starts fast and needs
// no TypeScript at run time. Runs as `prepare`, i.e. on every `npm ci`.
//
// The files are written to a temporary name and renamed into place: tests in parallel jest
// workers rebuild and spawn the bundle at the same time, and a rename is atomic, so a spawned
// process sees either the old bundle or the new one, never half a file.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const outfile = new URL('../lib/cli/annotatie.cjs', import.meta.url).pathname;
const result = await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});
mkdirSync(dirname(outfile), { recursive: true });
for (const file of result.outputFiles) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
