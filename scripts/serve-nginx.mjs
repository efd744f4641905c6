// Serves a build with the repository's own nginx configuration (deploy/nginx.conf), changed
// only in where it listens and which folder it serves: `node scripts/serve-nginx.mjs [port] [dir]`.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX } from './ensure-test-tools.mjs';

const port = Number(process.argv[2] ?? 4174);
const root = resolve(process.argv[3] ?? 'dist');

const site = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
const listen = /^\s*listen 80;\n\s*listen \[::\]:80;$/m;
const rootLine = /^\s*root \/srv\/newsline;$/m;
if (!listen.test(site) || !rootLine.test(site)) {
  console.error(
    'deploy/nginx.conf no longer has the `listen` and `root` lines this script changes.',
  );
  process.exit(1);
}
const tested = site
  .replace(listen, `    listen 127.0.0.1:${port};\n    listen [::1]:${port};`)
  .replace(rootLine, `    root ${root};`);

const prefix = mkdtempSync(join(tmpdir(), 'newsline-nginx-'));
mkdirSync(join(prefix, 'logs'));
writeFileSync(join(prefix, 'newsline.conf'), tested);
writeFileSync(
  join(prefix, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/newsline.conf;
}
`,
);

const nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx serves ${root} at http://localhost:${port}/ (config in ${prefix})`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGTERM'));
nginx.on('exit', (code) => process.exit(code ?? 0));
