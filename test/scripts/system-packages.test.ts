/**
 * `npm test` on a fresh machine (issue 8): before, it stopped when chromium or pandoc was
 * missing and only .ci/run installed them. Now scripts/test.mjs carries out this plan itself:
 * install as root with apt-get, otherwise say exactly what to install, and stop.
 */
import { SYSTEM_PACKAGES, planSystemPackages } from '../../scripts/system-packages.cjs';

const machine = (present: readonly string[]) => (path: string) => present.includes(path);
const everything = [...SYSTEM_PACKAGES.map((entry) => entry.path), '/usr/bin/apt-get'];

describe('what npm test does about Debian packages', () => {
  it('the table names chromium, pandoc and a font, each with where it is looked for', () => {
    expect(SYSTEM_PACKAGES.map((entry) => entry.apt)).toEqual(['chromium', 'pandoc', 'fonts-dejavu-core']);
    for (const entry of SYSTEM_PACKAGES) expect(entry.path).toMatch(/^\//);
  });

  it('everything there: nothing to do', () => {
    expect(planSystemPackages({ exists: machine(everything), isRoot: true }).kind).toBe('ready');
  });

  it('a fresh Debian machine as root (CI): apt-get update, then one non-interactive install of what is missing', () => {
    const plan = planSystemPackages({ exists: machine(['/usr/bin/apt-get', '/usr/bin/pandoc']), isRoot: true });
    expect(plan.kind).toBe('install');
    if (plan.kind !== 'install') return;
    expect(plan.commands).toEqual([
      { command: '/usr/bin/apt-get', args: ['update'], env: { DEBIAN_FRONTEND: 'noninteractive' } },
      { command: '/usr/bin/apt-get', args: ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], env: { DEBIAN_FRONTEND: 'noninteractive' } },
    ]);
  });

  it('not root: says what is missing, why, and the exact command; installs nothing', () => {
    const plan = planSystemPackages({ exists: machine(['/usr/bin/apt-get', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf']), isRoot: false });
    expect(plan.kind).toBe('tell');
    if (plan.kind !== 'tell') return;
    expect(plan.message.split('\n')).toEqual([
      'npm test: chromium is missing (needed for the end-to-end tests of the task pane (driven by playwright-core)).',
      'npm test: pandoc is missing (needed for reading the generated .docx files independently).',
      'Install them, then run npm test again:',
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium pandoc',
    ]);
  });

  it('no apt-get at all: names the packages and where the tests look for them', () => {
    const plan = planSystemPackages({ exists: machine([]), isRoot: true, packages: SYSTEM_PACKAGES.slice(1, 2) });
    expect(plan.kind).toBe('tell');
    if (plan.kind !== 'tell') return;
    expect(plan.message).toContain('There is no apt-get here: install the equivalent of these Debian packages, then run npm test again: pandoc');
    expect(plan.message).toContain('/usr/bin/pandoc');
  });
});
