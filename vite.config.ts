import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { storyDataPlugin } from './scripts/story-data-plugin.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

export default defineConfig({
  // A relative base lets the same build run under any path on any static host.
  base: process.env.NEWSLINE_BASE ?? './',
  // NEWSLINE_PUBLIC_URL, the address the build will be served from, turns on oEmbed.
  plugins: [react(), storyDataPlugin(dataDir, process.env.NEWSLINE_PUBLIC_URL)],
  // An embed sandboxed without its own origin (WordPress) fetches even its own story file
  // cross-origin, with Origin: null; the files are public, so any origin may read them.
  server: { host: 'localhost', port: 5173, cors: { origin: '*' } },
  preview: { host: 'localhost', port: 4173, cors: { origin: '*' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // vis-timeline with React is about 180 KB gzipped on its own, so Rollup's generic
    // 500 kB warning would fire on every build and tell nothing.
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
