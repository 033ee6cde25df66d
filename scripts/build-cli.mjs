// Bundles the command line into lib/cli/ so `annotatie` starts fast and needs no TypeScript at
// run time. Runs as `prepare`, i.e. on every `npm ci`.
// - annotatie.cjs: argv, --help, usage errors. Small on purpose: every call pays for loading it.
// - commands/<name>.cjs: one bundle per command, loaded by annotatie.cjs only when that command
//   runs (main.ts imports them lazily; here those imports become require() of these files), so
//   `--help` does not parse the .docx reader and `validate` does not parse the zip code.
// - check-worker.cjs: what a worker thread of `check DIR` runs (loaded by path: its own file).
// - pdf-worker.cjs: the worker thread in which `import` reads PDFs. pdf.js itself is in no
//   bundle: this worker imports the installed pdfjs-dist by file URL at run time.
// The bundles share no state (the modules they have in common are texts and pure functions).
//
// The files are written to temporary names first and then renamed into place: tests in
// parallel jest workers rebuild and spawn the bundle at the same time, and a rename is atomic,
// so a spawned process sees whole files, never half of one.
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const COMMANDS = ['validate', 'new', 'check', 'export', 'import'];
const source = (path) => new URL(`../src/cli/${path}`, import.meta.url).pathname;
const outdir = new URL('../lib/cli/', import.meta.url).pathname;

/** main.ts's `import('./commands/check')` → `require('./commands/check.cjs')`, the separate bundle. */
const lazyCommands = {
  name: 'lazy-commands',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/commands\/[a-z-]+$/ }, (args) =>
      args.importer === source('main.ts') && COMMANDS.includes(args.path.slice('./commands/'.length)) ? { path: `${args.path}.cjs`, external: true } : undefined,
    );
  },
};

const common = {
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
};
const results = await Promise.all([
  build({
    ...common,
    entryPoints: {
      annotatie: source('main.ts'),
      'check-worker': source('check-worker.ts'),
      ...Object.fromEntries(COMMANDS.map((name) => [`commands/${name}`, source(`commands/${name}.ts`)])),
    },
    // import() of a CommonJS file would start Node's ES module loader (a few ms); require does not.
    supported: { 'dynamic-import': false },
    plugins: [lazyCommands],
  }),
  // pdf.js is an ES module (pdf.mjs): the worker needs a real import() of it, which the setting
  // above would turn into require(). Nothing else is in this bundle, so nothing else pays for it.
  build({ ...common, entryPoints: { 'pdf-worker': source('pdf-worker.ts') } }),
]);
const written = results.flatMap((result) => result.outputFiles).map((file) => {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  return { temporary, path: file.path };
});
for (const { temporary, path } of written) renameSync(temporary, path);
