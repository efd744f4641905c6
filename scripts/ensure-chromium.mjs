// Makes sure the browser tests have a Chromium: Debian's package, installed when we can.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium is missing at ${chromium}: install it with "sudo apt-get install chromium" (Debian) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing the Debian package "chromium" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium', 'fonts-liberation'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`"apt-get ${args.join(' ')}" failed; install Chromium by hand and run again.`);
      process.exit(1);
    }
  }
  if (!existsSync(chromium)) {
    console.error(`apt-get finished but there is still no Chromium at ${chromium}.`);
    process.exit(1);
  }
}
