import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * What the pane's chunks hold, from an esbuild bundle with the same split points as webpack's
 * (dynamic import()). The form chunk (src/taskpane/form.ts, what loads before the first field)
 * carries only what the form uses: the domain's index re-exports everything (`export *` of the
 * legacy recogniser, the ORI export), and a pane module importing it would drag those in. The
 * entry carries only the boot: the form and the rules load in parallel with Office's handshake.
 */
const root = join(__dirname, '..', '..');

/** Per output chunk's entry module, the source files with bytes in that chunk. */
async function chunks(): Promise<ReadonlyMap<string, readonly string[]>> {
  const result = await build({
    entryPoints: [join(root, 'src/taskpane/index.tsx'), join(root, 'src/taskpane/form.ts')],
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
  return new Map(
    Object.values(result.metafile.outputs)
      .filter((output) => output.entryPoint !== undefined)
      .map((output) => [output.entryPoint ?? '', Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([name]) => name)]),
  );
}

describe('what the pane bundles', () => {
  let bundled: ReadonlyMap<string, readonly string[]>;
  beforeAll(async () => {
    bundled = await chunks();
  }, 60_000);

  it('the form chunk holds no legacy recogniser, ORI export, calendar reader or Word fake', () => {
    const form = bundled.get('src/taskpane/form.ts') ?? [];
    expect(form).toContain('src/domain/rules/value-unlisted.ts');
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
