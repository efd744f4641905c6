// `npm test`: every check and every test, unit, component and browser, then one summary line.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const REPORTS = 'reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [
  // Chromium, and nginx to serve the build with the production configuration
  // (deploy/nginx.conf): what is missing is installed in one apt-get run.
  [
    'Chromium and nginx for the browser tests',
    'node',
    ['scripts/ensure-test-tools.mjs'],
    { required: true },
  ],
  // No high or critical advisory for the runtime dependencies, where the registry answers.
  ['Security advisories', 'node', ['scripts/audit.mjs']],
  ['Type check', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Format', 'npx', ['prettier', '--check', '.']],
  [
    'Unit and component tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${REPORTS}/vitest.json`,
    ],
  ],
  // Built for the address the browser tests serve it from, so that oEmbed is on.
  [
    'Build',
    'npx',
    ['vite', 'build', '--logLevel', 'warn'],
    { required: true, env: { NEWSLINE_PUBLIC_URL: 'http://localhost:4174/' } },
  ],
  // Fails when the critical path (40 kB), the first view or present mode grows past its
  // budget (.size-limit.json).
  ['Bundle budget', 'npx', ['size-limit']],
  // The one-file build for a USB stick, opened from disk by the browser tests.
  ['Single-file build', 'npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];

const failed = [];
// How long each step took, for the summary: where the time of a slow run went.
const durations = [];
for (const [name, command, args, options = {}] of steps) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...options.env },
  });
  durations.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failed.push(name);
    if (options.required) break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
function addReport(file, read) {
  try {
    read(JSON.parse(readFileSync(`${REPORTS}/${file}`, 'utf8')));
  } catch {
    // The step did not run or did not write its report; it is listed among the failures.
  }
}
addReport('vitest.json', (report) => {
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
});
addReport('playwright.json', (report) => {
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
});

console.log('');
console.log(`Time: ${durations.join(', ')}`);
if (failed.length > 0) console.log(`Failed steps: ${failed.join(', ')}`);
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed.length > 0 ? 1 : 0);
