// Bundles the command line into lib/cli/annotatie.cjs so `npx annotatie` starts fast and needs
// no TypeScript at run time. Runs as `prepare`, i.e. on every `npm ci`.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../lib/cli/annotatie.cjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
});
