import type { OfficeScriptSource, ScriptPage } from '../../src/document/word/office-script';
import { BUNDLED_OFFICE_URL, OFFICE_CDN_URL, bundledHref, loadOfficeScript } from '../../src/document/word/office-script';

/** A page whose scripts and timers the test settles by hand. */
function fakePage(options: { readonly search?: string; readonly href?: string; readonly officeLoaded?: boolean } = {}) {
  const scripts: { src: string; onLoad: () => void; onError: () => void; removed: boolean }[] = [];
  const timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
  const reloads: string[] = [];
  const page: ScriptPage = {
    officeLoaded: () => options.officeLoaded ?? false,
    search: options.search ?? '?profile=profiles/delft.json',
    href: options.href ?? 'https://addin.example.nl/taskpane.html?profile=profiles/delft.json',
    addScript(src, onLoad, onError) {
      const script = { src, onLoad, onError, removed: false };
      scripts.push(script);
      return { remove: () => void (script.removed = true) };
    },
    reload: (href) => void reloads.push(href),
    setTimer(callback, ms) {
      const timer = { callback, ms, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
  };
  const fire = (ms: number) => timers.filter((timer) => timer.ms === ms && !timer.cancelled).forEach((timer) => timer.callback());
  return { page, scripts, timers, reloads, fire };
}

const TIMEOUTS = { cdnMs: 4000, bundledMs: 15_000 };

/** What the promise has settled to so far ('pending' when it has not). */
async function state(promise: Promise<OfficeScriptSource>): Promise<OfficeScriptSource | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 0))]);
}

describe('loading office.js: the CDN first, the bundled copy when it fails', () => {
  it('takes the CDN when it loads, and loads nothing else', async () => {
    const { page, scripts, timers, reloads } = fakePage();
    const loaded = loadOfficeScript(page, TIMEOUTS);
    expect(scripts.map((script) => script.src)).toEqual([OFFICE_CDN_URL]);
    scripts[0]?.onLoad();
    await expect(loaded).resolves.toBe('cdn');
    expect(timers.every((timer) => timer.cancelled)).toBe(true);
    expect(reloads).toEqual([]);
  });

  it('falls back to the bundled copy when the CDN fails, removing the failed element first', async () => {
    const { page, scripts } = fakePage();
    const loaded = loadOfficeScript(page, TIMEOUTS);
    scripts[0]?.onError();
    // office.js takes its base URL from the first <script> ending in office.js: the failed one must be gone.
    expect(scripts[0]?.removed).toBe(true);
    expect(scripts.map((script) => script.src)).toEqual([OFFICE_CDN_URL, BUNDLED_OFFICE_URL]);
    await expect(state(loaded)).resolves.toBe('pending');
    scripts[1]?.onLoad();
    await expect(loaded).resolves.toBe('bundled');
  });

  it('reloads with office=bundled when the CDN is slow, instead of running a second office.js next to it', async () => {
    const { page, scripts, reloads, fire } = fakePage();
    const loaded = loadOfficeScript(page, TIMEOUTS);
    fire(4000);
    expect(reloads).toEqual(['https://addin.example.nl/taskpane.html?profile=profiles/delft.json&office=bundled']);
    // No second script on this page; a late CDN answer changes nothing (the page is going away).
    expect(scripts).toHaveLength(1);
    scripts[0]?.onLoad();
    await expect(state(loaded)).resolves.toBe('pending');
  });

  it('loads only the bundled copy with office=bundled (after such a reload, or from a manifest)', async () => {
    const { page, scripts, reloads, fire } = fakePage({ search: '?profile=x.json&office=bundled' });
    const loaded = loadOfficeScript(page, TIMEOUTS);
    expect(scripts.map((script) => script.src)).toEqual([BUNDLED_OFFICE_URL]);
    fire(4000);
    expect(reloads).toEqual([]);
    scripts[0]?.onLoad();
    await expect(loaded).resolves.toBe('bundled');
  });

  type Failure = (script: { readonly onError: () => void }, fire: (ms: number) => void) => void;
  it.each<[string, Failure]>([
    ['fails', (script) => script.onError()],
    ['never answers', (_script, fire) => fire(15_000)],
  ])('says office.js is nowhere when the bundled copy %s too (the pane then explains where it runs)', async (_name, fail) => {
    const { page, scripts, fire } = fakePage();
    const loaded = loadOfficeScript(page, TIMEOUTS);
    scripts[0]?.onError();
    const bundled = scripts[1];
    if (!bundled) throw new Error('no bundled script');
    fail(bundled, fire);
    await expect(loaded).resolves.toBe('none');
  });

  it('uses office.js that the page already has, without loading another', async () => {
    const { page, scripts } = fakePage({ officeLoaded: true });
    await expect(loadOfficeScript(page, TIMEOUTS)).resolves.toBe('page');
    expect(scripts).toEqual([]);
  });
});

describe('bundledHref', () => {
  it.each([
    ['https://a.nl/taskpane.html', 'https://a.nl/taskpane.html?office=bundled'],
    ['https://a.nl/taskpane.html?_host_Info=Word$Win32$16.01$nl-NL$$$$0', 'https://a.nl/taskpane.html?_host_Info=Word$Win32$16.01$nl-NL$$$$0&office=bundled'],
    ['https://a.nl/taskpane.html?profile=p.json#frag', 'https://a.nl/taskpane.html?profile=p.json&office=bundled#frag'],
  ])('%s → %s (Office’s own query left exactly as it was)', (href, expected) => {
    expect(bundledHref(href)).toBe(expected);
  });
});
