import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * What the pane's chunks hold, from an esbuild bundle with the same split points as webpack's
 * (dynamic import()). The form chunk (src/taskpane/form.ts, what loads before the first field)
 * carries no validation core: the rules, their messages, date-fns and libphonenumber arrive with
 * the rest of the form (src/taskpane/form-later.ts), which carries only what the form uses: the
 * domain's index re-exports everything (`export *` of the legacy recogniser, the ORI export), and
 * a pane module importing it would drag those in. The entry carries only the boot: the form
 * loads in parallel with Office's handshake.
 */
const root = join(__dirname, '..', '..');

/**
 * Per output chunk's entry module, the source files with bytes in that chunk or in the shared
 * chunks it imports statically: everything that must arrive before the entry runs (what it
 * fetches with import() not counted).
 */
async function chunks(): Promise<ReadonlyMap<string, readonly string[]>> {
  const result = await build({
    entryPoints: [join(root, 'src/taskpane/index.tsx'), join(root, 'src/taskpane/form.ts'), join(root, 'src/taskpane/form-later.ts')],
    bundle: true,
    splitting: true,
    outdir: join(root, 'test-output', 'bundle-check'),
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Fluent and React are not what this is about, and bundling them costs seconds.
    external: ['@fluentui/*', 'react', 'react-dom', 'react/*', 'react-dom/*'],
  });
  const outputs = result.metafile.outputs;
  const closure = (name: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(name)) return seen;
    seen.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) closure(imported.path, seen);
    return seen;
  };
  const sources = (output: string): string[] =>
    Object.entries(outputs[output]?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([source]) => source);
  return new Map(
    Object.entries(outputs)
      .filter(([, output]) => output.entryPoint !== undefined)
      .map(([name, output]) => [output.entryPoint ?? '', [...closure(name)].flatMap(sources)]),
  );
}

describe('what the pane bundles', () => {
  let bundled: ReadonlyMap<string, readonly string[]>;
  beforeAll(async () => {
    bundled = await chunks();
  }, 60_000);

  it('the first field’s chunk holds the Word layer and no validation core', () => {
    const form = bundled.get('src/taskpane/form.ts') ?? [];
    expect(form).toContain('src/document/word/word-document.ts');
    expect(form).toContain('src/taskpane/components/FieldControl/FieldControl.tsx');
    const validation = form.filter((name) => /src\/domain\/(rules\/|messages\/|validate\.ts|normalize\.ts|phone\/)|node_modules\/(date-fns|libphonenumber-js)\//.test(name));
    expect(validation).toEqual([]);
  });

  it('the rest of the form holds the rules and no legacy recogniser, ORI export, calendar reader or Word fake', () => {
    const form = bundled.get('src/taskpane/form-later.ts') ?? [];
    expect(form).toContain('src/domain/rules/value-unlisted.ts');
    expect(form).toContain('src/taskpane/components/FindingsSummary/FindingsSummary.tsx');
    // ori/title.ts is the rule onderwerp_too_long's limit, nothing more.
    const unwanted = form.filter((name) => /src\/domain\/(legacy\/|ori\/(?!title)|calendar\/ics)|src\/document\/word\/fake\/|ical\.js/.test(name));
    expect(unwanted).toEqual([]);
  });

  it('ical.js comes in the meeting calendar reader’s own chunk', () => {
    const reader = bundled.get('src/taskpane/calendar-reader.ts') ?? [];
    expect(reader).toEqual(expect.arrayContaining(['node_modules/ical.js/dist/ical.js', 'src/domain/calendar/ics.ts']));
  });

  it('the entry holds the boot, not the form or the domain’s rules', () => {
    const entry = bundled.get('src/taskpane/index.tsx') ?? [];
    expect(entry).toContain('src/document/word/office-script.ts');
    expect(entry.filter((name) => /src\/domain\/(rules|messages|profile\.ts|dates\.ts)|src\/taskpane\/components\/|src\/document\/word\/word-document\.ts/.test(name))).toEqual([]);
  });
});
