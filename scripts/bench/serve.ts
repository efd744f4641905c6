// A static server on loopback that gzips what it sends, as a CDN would: the build at
// /newsline/, TimelineJS at /timelinejs/, and the benchmark's stories and pages at /bench/.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves each folder under its prefix; `files` are extra in-memory files, by path. */
export async function serve(
  roots: Record<string, string>,
  files: Map<string, string>,
): Promise<Served> {
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null; type: string }>();
  // Each answer is compressed once, on its first request, and kept by its address.
  async function load(path: string) {
    const cached = cache.get(path);
    if (cached) return cached;
    let body: Buffer | null = files.has(path) ? Buffer.from(files.get(path)!) : null;
    let name = path;
    if (body === null) {
      const prefix = Object.keys(roots).find((candidate) => path.startsWith(candidate));
      if (!prefix) return null;
      const inside = path.endsWith('/') ? `${path}index.html` : path;
      const relative = normalize(inside.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
      const file = join(roots[prefix]!, relative);
      body = await readFile(file).catch(() => null);
      if (body === null) return null;
      name = file;
    }
    const extension = extname(name) || '.html';
    const entry = {
      body,
      gzip: COMPRESSED.has(extension) ? gzipSync(body, { level: 6 }) : null,
      type: TYPES[extension] ?? 'application/octet-stream',
    };
    cache.set(path, entry);
    return entry;
  }
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    void load(path).then((entry) => {
      if (entry === null) {
        response.writeHead(404).end();
        return;
      }
      const gzip = entry.gzip !== null && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'Content-Type': entry.type,
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(gzip ? entry.gzip : entry.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
