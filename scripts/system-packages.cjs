// What `npm test` needs from the system, and what to do when some of it is missing: a plan
// scripts/test.mjs carries out. Plain CommonJS so both that script and a jest test can load it.
'use strict';

/**
 * One row per Debian package: `path` is how we know it is there, `why` is said when it is not.
 * Add a row when a test starts using another tool. (A test that only makes its fixtures with a
 * tool, such as LibreOffice or python3-docx, should commit the fixtures instead: then nobody
 * needs the tool to run the tests.)
 */
const SYSTEM_PACKAGES = [
  { apt: 'chromium', path: '/usr/bin/chromium', why: 'the end-to-end tests of the task pane (driven by playwright-core)' },
  { apt: 'pandoc', path: '/usr/bin/pandoc', why: 'reading the generated .docx files independently' },
  { apt: 'fonts-dejavu-core', path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', why: 'a font for chromium to lay out the task pane with' },
];

const APT_GET = ['/usr/bin/apt-get', '/bin/apt-get'];

/**
 * - nothing missing → `{ kind: 'ready' }`;
 * - root with apt-get (CI, a new container) → `{ kind: 'install', commands }`: apt-get update,
 *   then one non-interactive install of exactly what is missing;
 * - otherwise → `{ kind: 'tell', message }`: what is missing, why, and the command to run.
 */
function planSystemPackages({ exists, isRoot, packages = SYSTEM_PACKAGES }) {
  const missing = packages.filter((entry) => !exists(entry.path));
  if (missing.length === 0) return { kind: 'ready', missing };
  const names = missing.map((entry) => entry.apt);
  const reasons = missing.map((entry) => `npm test: ${entry.apt} is missing (needed for ${entry.why}).`);
  const aptGet = APT_GET.find((path) => exists(path));
  if (aptGet !== undefined && isRoot) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    return {
      kind: 'install',
      missing,
      reasons,
      commands: [
        { command: aptGet, args: ['update'], env },
        { command: aptGet, args: ['install', '-y', '--no-install-recommends', ...names], env },
      ],
    };
  }
  const how =
    aptGet !== undefined
      ? `Install ${names.length === 1 ? 'it' : 'them'}, then run npm test again:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names.join(' ')}`
      : `There is no apt-get here: install the equivalent of these Debian packages, then run npm test again: ${names.join(', ')}\n` +
        '(the tests look for ' +
        missing.map((entry) => entry.path).join(', ') +
        ').';
  return { kind: 'tell', missing, reasons, message: [...reasons, how].join('\n') };
}

module.exports = { SYSTEM_PACKAGES, planSystemPackages };
