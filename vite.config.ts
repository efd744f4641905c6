import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compileHintsPlugin } from './scripts/compile-hints-plugin.ts';
import { SSR_BUNDLED, storyDataPlugin } from './scripts/story-data-plugin.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

// After one visit, the app and its story load with no network: the scripts, styles and page
// are precached; story files are fetched from the network first, so that a newsroom's edit
// shows at once, and from the cache when there is no network.
const offline = VitePWA({
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg}'],
    globIgnores: ['embed.js'],
    // `?event=…&present=1` is the same page.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        // The same files as isKeptOffline (src/app/service-worker.ts), written out: the
        // worker is built from this function's text.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/data\/[^/]+\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'newsline-stories', networkTimeoutSeconds: 5 },
      },
    ],
  },
});

// `vite build --mode single` (`npm run build:single`): one HTML file with the story inside,
// for a USB stick; no service worker, no other file.
export default defineConfig(({ mode }) => ({
  // A relative base lets the same build run under any path on any static host.
  base: process.env.NEWSLINE_BASE ?? './',
  publicDir: mode === 'single' ? false : 'public',
  // The single file has no worker file beside it; large stories are read in place there.
  resolve: {
    alias:
      mode === 'single'
        ? [
            {
              find: /^\.\/story-worker\.ts$/,
              replacement: fileURLToPath(
                new URL('./src/loading/story-worker-none.ts', import.meta.url),
              ),
            },
          ]
        : [],
  },
  // NEWSLINE_PUBLIC_URL, the address the build will be served from, turns on oEmbed.
  plugins: [
    react(),
    storyDataPlugin(dataDir, process.env.NEWSLINE_PUBLIC_URL, { inline: mode === 'single' }),
    mode === 'single' ? viteSingleFile({ removeViteModuleLoader: true }) : offline,
    // Present mode and the importers load when asked for, the handout's QR code when the
    // handout is made; the rest runs as the page opens.
    compileHintsPlugin(['present-page', 'import-story', 'qr-code']),
  ],
  // An embed sandboxed without its own origin (WordPress) fetches even its own story file
  // cross-origin, with Origin: null; the files are public, so any origin may read them.
  server: { host: 'localhost', port: 5173, cors: { origin: '*' } },
  // The story's page is pre-rendered with the app's own components (scripts/story-data-plugin.ts).
  ssr: { noExternal: SSR_BUNDLED },
  preview: { host: 'localhost', port: 4173, cors: { origin: '*' } },
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    target: 'es2022',
    sourcemap: mode !== 'single',
    // vis-timeline with React is about 180 KB gzipped on its own, so Rollup's generic
    // 500 kB warning would fire on every build and tell nothing. The budgets that count,
    // gzipped, are in .size-limit.json and checked by npm test.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
}));
