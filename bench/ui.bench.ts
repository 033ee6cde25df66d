import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure';
import { round2 } from './figure';
import { isolatedContext, launchChromium } from '../test/e2e/support/browser';
import { serveDirectory } from '../test/e2e/support/static-server';

/**
 * The task pane's weight and speed, from the production build in dist/ (`npm run build`):
 *
 * - ui.taskpane.initialJsGzipKB: gzip of the JS taskpane.html loads itself (its <script> tags),
 *   office.js not counted: React and the boot.
 * - ui.taskpane.firstFieldJsGzipKB: all the JS the first field (Onderwerp) waits for: the
 *   initial JS plus the chunk groups the entry awaits before it renders the form
 *   (FIRST_FIELD_GROUPS: the form's shell with Fluent's provider, Field and Input, the form state
 *   and the Word layer; src/taskpane/form.ts). No other JS is requested until all of it has
 *   arrived: the later chunks below are fetched only once the form's chunk is there (index.tsx,
 *   AnnotatieForm), so they never share the network with it. Budget: under 163 KB (Microsoft's
 *   React template), goal ≤ 120 KB (issue 11). Until issue 11 this was ui.taskpane.formJsGzipKB,
 *   when the whole form was one chunk. ui.taskpane.firstFieldJsDarkGzipKB: the same in a dark
 *   Office, where the entry also awaits the dark theme's chunk.
 * - ui.taskpane.restOfFormJsGzipKB: what the rest of the form adds, fetched right after
 *   (LATER_GROUPS: the sections, the choices, the summary, the save footer and the validation
 *   core; src/taskpane/later.ts); ui.taskpane.wholeFormJsGzipKB is the two together, what the
 *   complete form costs.
 * - ui.taskpane.cssGzipKB: the extracted Griffel CSS taskpane.html links or the form's chunks load.
 * - ui.taskpane.tabsJsGzipKB / reviewJsGzipKB: the lazy chunks of the tabs and of the Controle
 *   tab, counting only files not loaded before them (the whole form's).
 * - ui.preview.firstFieldMs: median time from navigation to the first field on screen in
 *   preview.html?demo=seed in Debian's chromium (browser launch excluded).
 */
const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const RUNS = 5;

/**
 * The lazily loaded chunk groups (dist/chunk-groups.json) the first field cannot appear without:
 * the form's shell (src/taskpane/form.ts), which the entry awaits before rendering.
 */
const FIRST_FIELD_GROUPS = ['form'] as const;

/** The rest of the form, fetched once the form's shell is there (src/taskpane/later.ts). */
const LATER_GROUPS = ['form-later'] as const;

const kb = (bytes: number): number => round2(bytes / 1024);
/** Level 6: what nginx, IIS and `gzip` use by default, so the figure is what a server sends. */
const gzipBytes = (file: string): number => gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;

function initialFiles(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter((file) => file !== '' && !file.startsWith('office/'));
}

function sizeFigures(): Figure[] {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const scripts = initialFiles(html, /<script[^>]*\ssrc="?([^"\s>]+)"?/g);
  const styles = initialFiles(html, /<link[^>]*\shref="?([^"\s>]+\.css)"?/g);
  // Content-hashed names only come from `webpack --mode production`; `npm start` writes a
  // development build (unminified, no extraction) into dist/ that would be measured wrongly.
  const production = scripts.every((file) => /\.[0-9a-f]{8}\.js$/.test(file));
  const note = production ? undefined : 'dist/ is not a production build: run `npm run build`';
  const initialJs = scripts.reduce((sum, file) => sum + gzipBytes(file), 0);
  const groups = JSON.parse(readFileSync(join(dist, 'chunk-groups.json'), 'utf8')) as Record<string, string[]>;
  const formFiles = new Set([...scripts, ...FIRST_FIELD_GROUPS.flatMap((group) => groups[group] ?? [])].filter((file) => file.endsWith('.js')));
  const formJs = [...formFiles].reduce((sum, file) => sum + gzipBytes(file), 0);
  // The form's chunks bring the extracted CSS with them (mini-css-extract-plugin loads it before
  // the chunk resolves): count what taskpane.html links plus what the first field waits for.
  const cssFiles = new Set([...styles, ...[...FIRST_FIELD_GROUPS, ...LATER_GROUPS].flatMap((group) => groups[group] ?? [])].filter((file) => file.endsWith('.css')));
  const css = [...cssFiles].reduce((sum, file) => sum + gzipBytes(file), 0);
  // The tabs' chunk (fetched at start-up beside office.js) and what opening the Controle tab
  // fetches beyond everything loaded before it (issue 10).
  const js = (names: readonly string[] | undefined): string[] => (names ?? []).filter((file) => file.endsWith('.js'));
  const laterFiles = [...new Set(LATER_GROUPS.flatMap((group) => js(groups[group])))].filter((file) => !formFiles.has(file));
  const laterJs = laterFiles.reduce((sum, file) => sum + gzipBytes(file), 0);
  const wholeForm = new Set([...formFiles, ...laterFiles]);
  // In a dark Office the entry also awaits the dark theme's chunk before it renders (index.tsx).
  const darkFiles = js(groups['dark-theme']).filter((file) => !formFiles.has(file));
  const darkJs = darkFiles.reduce((sum, file) => sum + gzipBytes(file), 0);
  const tabsFiles = js(groups['pane-tabs']).filter((file) => !wholeForm.has(file));
  const loaded = new Set([...wholeForm, ...tabsFiles]);
  const reviewFiles = js(groups.review).filter((file) => !loaded.has(file));
  const tabsJs = tabsFiles.reduce((sum, file) => sum + gzipBytes(file), 0);
  const reviewJs = reviewFiles.reduce((sum, file) => sum + gzipBytes(file), 0);
  const withNote = (figure: Figure): Figure => (note ? { ...figure, note } : figure);
  return [
    withNote({ name: 'ui.taskpane.initialJsGzipKB', value: kb(initialJs), unit: 'KB', note: `${scripts.length} scripts, office.js excluded` }),
    withNote({
      name: 'ui.taskpane.firstFieldJsGzipKB',
      value: kb(formJs),
      unit: 'KB',
      note: `all JS before the first field: initial JS + the ${FIRST_FIELD_GROUPS.join(', ')} chunk group; budget < 163, goal ≤ 120`,
    }),
    withNote({ name: 'ui.taskpane.firstFieldJsDarkGzipKB', value: kb(formJs + darkJs), unit: 'KB', note: 'the same in a dark Office: + the dark theme' }),
    withNote({ name: 'ui.taskpane.restOfFormJsGzipKB', value: kb(laterJs), unit: 'KB', note: `the ${LATER_GROUPS.join(', ')} chunk group, fetched once the first field's JS is there` }),
    withNote({ name: 'ui.taskpane.wholeFormJsGzipKB', value: kb(formJs + laterJs), unit: 'KB', note: 'first field + rest of the form' }),
    withNote({ name: 'ui.taskpane.cssGzipKB', value: kb(css), unit: 'KB' }),
    withNote({ name: 'ui.taskpane.tabsJsGzipKB', value: kb(tabsJs), unit: 'KB', note: 'the tab strip, the Controle panel and their words; fetched once the form’s shell runs' }),
    withNote({ name: 'ui.taskpane.reviewJsGzipKB', value: kb(reviewJs), unit: 'KB', note: 'what opening the Controle tab adds (fetched when idle or on the first click)' }),
  ];
}

async function firstFieldMs(): Promise<Figure> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const { context } = await isolatedContext(browser, server.origin);
      const page = await context.newPage();
      // Timestamp (ms since navigation start) when the first field's input enters the DOM
      // with a layout box, taken inside the page so no polling delay is counted.
      await page.addInitScript(() => {
        const found = () => {
          const input = document.getElementById('annotatie-onderwerp');
          if (input && input.getBoundingClientRect().height > 0) {
            (window as unknown as { firstFieldAt?: number }).firstFieldAt = performance.now();
            return true;
          }
          return false;
        };
        new MutationObserver((_records, observer) => {
          if (found()) observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.origin}/preview.html?demo=seed`);
      await page.waitForFunction(() => (window as unknown as { firstFieldAt?: number }).firstFieldAt !== undefined);
      samples.push(await page.evaluate(() => (window as unknown as { firstFieldAt: number }).firstFieldAt));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  samples.sort((a, b) => a - b);
  return {
    name: 'ui.preview.firstFieldMs',
    value: round2(samples[Math.floor(samples.length / 2)] ?? Number.NaN),
    unit: 'ms',
    note: `median of ${RUNS} in chromium; includes the demo's simulated 40 ms Word round trips (insert, read)`,
  };
}

export async function run(): Promise<readonly Figure[]> {
  if (!existsSync(join(dist, 'taskpane.html')) || !existsSync(join(dist, 'chunk-groups.json'))) {
    const note = 'dist/ is missing: run `npm run build` first';
    return [
      { name: 'ui.taskpane.initialJsGzipKB', value: Number.NaN, unit: 'KB', note },
      { name: 'ui.preview.firstFieldMs', value: Number.NaN, unit: 'ms', note },
    ];
  }
  return [...sizeFigures(), await firstFieldMs()];
}
