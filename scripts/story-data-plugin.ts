import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

const STORY_FILE = /^[a-z0-9][a-z0-9._-]*\.json$/i;

/**
 * Serves the story files in `data/` at `<base>data/` while developing, and copies them into
 * the build, where a newsroom can replace them without rebuilding the app. The preview
 * server serves the build alone, so that tests see exactly what gets deployed.
 */
export function storyDataPlugin(dataDir: string): Plugin {
  let base = '/';

  function serveStoryFiles(): Connect.NextHandleFunction {
    return function serveStoryFile(req, res, next) {
      const prefix = `${base}data/`;
      const pathname = (req.url ?? '').split('?')[0] ?? '';
      if (!pathname.startsWith(prefix)) return next();
      const name = decodeURIComponent(pathname.slice(prefix.length));
      // Only plain file names: no folders, so no way out of data/.
      if (!STORY_FILE.test(name)) return next();
      readFile(path.join(dataDir, name)).then(
        (body) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          // Embeds sandboxed without their own origin fetch the story as a cross-origin read.
          res.setHeader('Access-Control-Allow-Origin', '*');
          res.end(body);
        },
        () => next(),
      );
    };
  }

  return {
    name: 'newsline-story-data',
    configResolved(config) {
      // A relative base ('./') is served from the root by the dev and preview servers.
      base = config.base.startsWith('.') ? '/' : config.base;
    },
    configureServer(server) {
      server.middlewares.use(serveStoryFiles());
    },
    async generateBundle() {
      for (const name of await readdir(dataDir)) {
        if (!STORY_FILE.test(name)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: await readFile(path.join(dataDir, name)),
        });
      }
    },
  };
}
