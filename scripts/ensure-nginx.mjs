// Makes sure the browser tests have nginx to run against: Debian's package, installed when we can.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function ensureNginx() {
  if (existsSync(NGINX)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `nginx is missing at ${NGINX}: install it with "sudo apt-get install nginx" (Debian) or set NGINX_PATH to an nginx binary.`,
    );
    process.exit(1);
  }
  console.log('nginx is missing: installing the Debian package "nginx" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'nginx'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`"apt-get ${args.join(' ')}" failed; install nginx by hand and run again.`);
      process.exit(1);
    }
  }
  if (!existsSync(NGINX)) {
    console.error(`apt-get finished but there is still no nginx at ${NGINX}.`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureNginx();
