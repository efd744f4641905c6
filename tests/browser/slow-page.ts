import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server in front of the test server that sends the page itself in pieces, holding each
 * piece back until the test lets it go: a page arriving over a slow connection. Everything
 * else passes through as it is.
 */
export async function startSlowPage(
  origin: string,
  /** Where the page is cut: each piece ends before the first match of its pattern. */
  cuts: RegExp[],
) {
  const held: (() => void)[] = [];
  const waiting: ((index: number) => void)[] = [];
  let reached = -1;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', origin));
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      response.writeHead(upstream.status, { 'Content-Type': type });
      const body = Buffer.from(await upstream.arrayBuffer());
      if (!type.startsWith('text/html')) {
        response.end(body);
        return;
      }
      const text = body.toString('utf8');
      let sent = 0;
      for (const [index, cut] of cuts.entries()) {
        const at = text.slice(sent).search(cut);
        if (at < 0) throw new Error(`The page has no ${cut}`);
        response.write(text.slice(sent, sent + at));
        sent += at;
        reached = index;
        for (const resolve of waiting.splice(0)) resolve(index);
        await new Promise<void>((resolve) => held.push(resolve));
      }
      response.end(text.slice(sent));
    })().catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Resolves once the page has been sent up to cut `index`, and is held there. */
    async heldAt(index: number): Promise<void> {
      while (reached < index) await new Promise((resolve) => waiting.push(resolve));
    },
    /** Sends the next piece. */
    release() {
      held.shift()?.();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const resolve of held.splice(0)) resolve();
        server.close(() => resolve());
      }),
  };
}
