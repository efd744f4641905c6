// Makes sure the browser tests have what they run on: Debian's Chromium, and nginx to serve
// the build with the production configuration (deploy/nginx.conf). What is missing is
// installed in one apt-get run when we can (as root, with apt-get); else one line says how.
//
//   node scripts/ensure-test-tools.mjs              Chromium and nginx
//   node scripts/ensure-test-tools.mjs chromium     Chromium alone
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** What Chromium is started with, for the tests and the bench: off the closed network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Each tool: where it is looked for, the variable that names another, its Debian packages. */
const TOOLS = {
  chromium: {
    name: 'Chromium',
    path: CHROMIUM,
    variable: 'CHROMIUM_PATH',
    packages: ['chromium', 'fonts-liberation'],
  },
  nginx: { name: 'nginx', path: NGINX, variable: 'NGINX_PATH', packages: ['nginx'] },
};

/** The one line that tells a reader who cannot install them how to: `missing` is never empty. */
function howToInstall(missing) {
  const names = missing.map((tool) => tool.name).join(' and ');
  const packages = missing.flatMap((tool) => tool.packages).join(' ');
  const variables = missing.map((tool) => tool.variable).join(' and ');
  return `${names} ${missing.length > 1 ? 'are' : 'is'} missing: install with "sudo apt-get install ${packages}" (Debian), or set ${variables} to where ${missing.length > 1 ? 'they are' : 'it is'}.`;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function ensureTestTools(names) {
  const missing = names.map((name) => TOOLS[name]).filter((tool) => !existsSync(tool.path));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) fail(howToInstall(missing));
  const packages = missing.flatMap((tool) => tool.packages);
  console.log(`Installing the Debian packages ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) fail(`"apt-get ${args.join(' ')}" failed. ${howToInstall(missing)}`);
  }
  for (const tool of missing) {
    if (!existsSync(tool.path))
      fail(`apt-get finished but there is still no ${tool.name} at ${tool.path}.`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in TOOLS));
  if (unknown.length > 0)
    fail(`Unknown tool ${unknown.join(', ')}: name ${Object.keys(TOOLS).join(' or ')}.`);
  ensureTestTools(asked.length > 0 ? asked : Object.keys(TOOLS));
}
