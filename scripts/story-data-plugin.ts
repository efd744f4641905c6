import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Connect, type Plugin, type ViteDevServer } from 'vite';
import type { Story } from '../src/domain/event-schema.ts';
import { parseStoryText } from '../src/domain/parse-story.ts';
import { FOLD_ID } from '../src/prerender/page-as-sent.ts';
import { bootScript } from './boot-script.ts';
import { escapeHtml, oembedJson } from './static-story.ts';

const RENDER_MODULE = '/src/prerender/render-story-page.tsx';
/** Packages whose Node builds cannot be imported as they are; Vite bundles them instead. */
export const SSR_BUNDLED = ['moment', 'vis-timeline', 'vis-data', 'vis-util'];

const STORY_FILE = /^[a-z0-9][a-z0-9._-]*\.json$/i;

/**
 * Serves the story files in `data/` at `<base>data/` while developing, and copies them into
 * the build, where a newsroom can replace them without rebuilding the app. The preview
 * server serves the build alone, so that tests see exactly what gets deployed.
 */
export function storyDataPlugin(
  dataDir: string,
  publicUrl?: string,
  { inline = false }: { inline?: boolean } = {},
): Plugin {
  let base = '/';
  let configBase = './';
  let root = process.cwd();

  async function defaultStory() {
    const result = parseStoryText(await readFile(path.join(dataDir, 'story.json'), 'utf8'));
    return result.ok ? result.story : null;
  }

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
      configBase = config.base;
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(serveStoryFiles());
    },
    // The default story's page, rendered by the app's own components, so that it can be read
    // before the scripts arrive (and without them); and, when the public address is known,
    // the oEmbed discovery link that lets WordPress and Ghost embed a link.
    async transformIndexHtml(html, context) {
      // The story is fetched while the scripts load, not after: the boot script adds this
      // preload where the page shows the default story.
      const preload = `<template id="newsline-preload"><link rel="preload" href="${configBase}data/story.json" as="fetch" crossorigin /></template>`;
      let page = html.replace(
        '</title>',
        `</title>\n    ${inline ? '' : preload}\n    <script>${bootScript()}</script>`,
      );
      const story = await defaultStory();
      if (story === null) return page;
      page = page.replace(
        /<title>[^<]*<\/title>/,
        `<title>${escapeHtml(story.title)} · Newsline</title>`,
      );
      page = page.replace(
        '<div id="root"></div>',
        `<div id="root">${await prerender(story, root, context.server)}</div>`,
      );
      // No paint before the page has come down to its timeline (FOLD_ID); browsers without
      // rel=expect paint as the page arrives.
      page = page.replace(
        '</head>',
        `    <link rel="expect" href="#${FOLD_ID}" blocking="render" />\n  </head>`,
      );
      if (inline)
        return inlineStory(page, await readFile(path.join(dataDir, 'story.json'), 'utf8'));
      if (!publicUrl) return page;
      const href = new URL('oembed.json', publicUrl).href;
      const link = `<link rel="alternate" type="application/json+oembed" href="${href}" title="Newsline" />`;
      return page.replace('</head>', `    ${link}\n  </head>`);
    },
    async generateBundle() {
      // The single file carries its story inside.
      if (inline) return;
      const story = await defaultStory();
      if (story !== null && publicUrl) {
        this.emitFile({
          type: 'asset',
          fileName: 'oembed.json',
          source: JSON.stringify(oembedJson(story, publicUrl), null, 2),
        });
      }
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

/**
 * Renders the story's page with the app's components: through the dev server while
 * developing, through a server of its own for a build.
 */
async function prerender(story: Story, root: string, devServer?: ViteDevServer): Promise<string> {
  const server =
    devServer ??
    (await createServer({
      configFile: false,
      root,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
      ssr: { noExternal: SSR_BUNDLED },
    }));
  try {
    const module = (await server.ssrLoadModule(RENDER_MODULE)) as {
      renderStoryPage(story: Story): string;
    };
    return module.renderStoryPage(story);
  } finally {
    if (!devServer) await server.close();
  }
}

/**
 * The single file: the story inside the page as JSON (every `<` escaped, so that no text in it
 * can close the script element), and the icon as a data address instead of a file beside it.
 */
function inlineStory(html: string, storyText: string): string {
  const json = JSON.stringify(JSON.parse(storyText)).replace(/</g, '\\u003c');
  const icon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
  return html
    .replace(
      /<link rel="icon"[^>]*>/,
      `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(icon)}" />`,
    )
    .replace(
      '</head>',
      `    <script type="application/json" id="newsline-story">${json}</script>\n  </head>`,
    );
}
