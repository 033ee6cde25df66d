import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * ical.js (~27 KB gzip) belongs to whoever reads a calendar, not to every user of the domain:
 * the task pane imports src/domain for every keystroke and has a budget for its first load. A
 * browser bundle of the domain's index must not contain it; one of src/domain/calendar must
 * (which shows the check can fail).
 */
async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', treeShaking: true });
  return new TextDecoder().decode(result.outputFiles[0]?.contents);
}

const domain = join(__dirname, '..', '..', '..', 'src', 'domain');

describe('ical.js stays out of the domain index', () => {
  it('the index has no ical.js; the calendar module has it', async () => {
    const ICAL_MARK = 'check_contracting_rules';
    expect(await bundle(join(domain, 'index.ts'))).not.toContain(ICAL_MARK);
    expect(await bundle(join(domain, 'calendar', 'index.ts'))).toContain(ICAL_MARK);
  }, 60_000);
});
