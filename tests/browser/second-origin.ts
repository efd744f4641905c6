import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | Buffer;
  type?: string;
  /** Whether the response lets other origins read it. */
  cors?: boolean;
}

/** A server on another local origin (another port), for stories loaded from elsewhere. */
export async function startSecondOrigin(
  routes: Record<string, Route>,
): Promise<{ url: string; routes: Record<string, Route>; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!route) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': route.type ?? 'application/json',
      ...(route.cors === false ? {} : { 'Access-Control-Allow-Origin': '*' }),
    });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
