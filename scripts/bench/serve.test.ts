import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from './serve.ts';

describe('the bench server', () => {
  let folder: string;
  let server: Served;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsline-serve-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Build</title>');
    writeFileSync(join(folder, 'app.js'), 'console.log("first");');
    server = await serve({ '/newsline/': folder }, new Map([['/bench/10.json', '{"events":[]}']]));
  });

  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** The answer as sent: node's own fetch would unpack gzip and hide it. */
  function get(path: string) {
    return new Promise<{ status?: number; type?: string; gzip: boolean; text: string }>(
      (resolve, reject) => {
        request(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const gzip = response.headers['content-encoding'] === 'gzip';
            const bytes = Buffer.concat(chunks);
            resolve({
              status: response.statusCode,
              type: response.headers['content-type'],
              gzip,
              text: (gzip ? gunzipSync(bytes) : bytes).toString('utf8'),
            });
          });
        })
          .on('error', reject)
          .end();
      },
    );
  }

  it('serves a folder under its prefix, gzipped, with each file’s type', async () => {
    expect(await get('/newsline/')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      gzip: true,
      text: '<!doctype html><title>Build</title>',
    });
    expect(await get('/newsline/app.js')).toMatchObject({
      type: 'text/javascript; charset=utf-8',
      text: 'console.log("first");',
    });
  });

  it('serves the stories it is given, by their address', async () => {
    expect(await get('/bench/10.json')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
      text: '{"events":[]}',
    });
  });

  it('answers from what it read first, as a CDN does: a file is read and packed once', async () => {
    await get('/newsline/app.js');
    writeFileSync(join(folder, 'app.js'), 'console.log("second");');
    expect((await get('/newsline/app.js')).text).toBe('console.log("first");');
  });

  it('serves nothing outside its folders', async () => {
    expect((await get('/newsline/../serve.test.ts')).status).toBe(404);
    expect((await get('/elsewhere/app.js')).status).toBe(404);
  });
});
