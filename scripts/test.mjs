// `npm test`: everything a reviewer needs to trust a change, in one command.
// lint → typecheck → unit and component tests → production build → browser end-to-end tests.
// Ends with one plain line "tests: N passed, N failed" over all jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import systemPackages from './system-packages.cjs';

const { planSystemPackages } = systemPackages;

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

// A fresh machine passes `npm ci && npm test` as it is: as root with apt-get (CI, a new
// container) the missing Debian packages are installed here; otherwise we say exactly what to
// run, and stop. The table of packages is scripts/system-packages.cjs.
const plan = planSystemPackages({ exists: existsSync, isRoot: process.getuid?.() === 0 });
if (plan.kind === 'tell') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  for (const reason of plan.reasons) console.log(reason);
  console.log(`\n▶ Installing ${plan.missing.map((entry) => entry.apt).join(', ')} (apt-get, as root)`);
  for (const { command, args, env } of plan.commands) {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    if (result.status !== 0) {
      console.error(`npm test: apt-get ${args[0]} failed (${result.status ?? result.signal}); install ${plan.missing.map((entry) => entry.apt).join(' ')} by hand and run npm test again.`);
      process.exit(1);
    }
  }
  const after = planSystemPackages({ exists: existsSync, isRoot: false });
  if (after.kind !== 'ready') {
    console.error(`npm test: still missing after apt-get install: ${after.missing.map((entry) => `${entry.apt} (${entry.path})`).join(', ')}`);
    process.exit(1);
  }
}

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const counts = { passed: 0, failed: 0 };
function jest(title, args, file) {
  const ok = step(title, 'npx', ['--no-install', 'jest', ...args, '--json', `--outputFile=${join(out, file)}`]);
  try {
    const report = JSON.parse(readFileSync(join(out, file), 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } catch {
    counts.failed += 1;
  }
  return ok;
}

let ok = true;
ok = step('Command line bundle', 'node', ['scripts/build-cli.mjs']) && ok;
ok = step('ESLint', 'npx', ['--no-install', 'eslint', '.']) && ok;
ok = step('TypeScript', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', '.']) && ok;
ok = jest('Unit and component tests', ['--maxWorkers=2'], 'jest-unit.json') && ok;
const built = step('Production build', 'npx', ['--no-install', 'webpack', '--mode', 'production']);
ok = built && ok;
if (built && existsSync(join(root, 'jest.e2e.config.js'))) {
  ok = jest('End-to-end tests in Chromium', ['-c', 'jest.e2e.config.js', '--runInBand'], 'jest-e2e.json') && ok;
}

console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
