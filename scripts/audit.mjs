// `npm audit --omit=dev`: fails on any high or critical advisory for what readers download.
// Where the registry's advisory service cannot be reached (a mirror that allows only GET),
// it says so in one line and does not fail: there is nothing to judge.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.log(`npm audit gave no report (exit ${result.status}); advisories not checked.`);
  process.exit(0);
}
if (report.statusCode !== undefined || report.error !== undefined) {
  const reason = report.message ?? report.error?.summary ?? 'no answer';
  console.log(
    `npm audit could not reach the advisory service (${reason}); advisories not checked.`,
  );
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`,
);
process.exit(serious > 0 ? 1 : 0);
