// `npm test`: everything a reviewer needs to trust a change, in one command.
// lint → typecheck → unit and component tests → production build → browser end-to-end tests.
// Ends with one plain line "tests: N passed, N failed" over all jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

const required = [
  { command: 'chromium', path: '/usr/bin/chromium', apt: 'chromium', why: 'the end-to-end tests of the task pane' },
  { command: 'pandoc', path: '/usr/bin/pandoc', apt: 'pandoc', why: 'reading generated .docx files independently' },
];
const missing = required.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  for (const tool of missing) console.error(`npm test: ${tool.command} is missing (needed for ${tool.why}).`);
  console.error(`Install it with: apt-get update && apt-get install -y ${missing.map((tool) => tool.apt).join(' ')}`);
  console.error('(.ci/run does this for you when run as root.)');
  process.exit(1);
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
