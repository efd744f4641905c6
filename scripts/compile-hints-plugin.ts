// Chromium compiles each function of a script on the main thread when it is first called,
// unless the script asks for all of them at once: then V8 compiles them on a background
// thread while the file downloads (its explicit compile hints). Nearly every function of
// the first view's scripts runs while the timeline is first drawn, and compiled then, they
// block the page in the very tasks that draw it.
import type { Plugin } from 'vite';

/** V8's magic comment; it must be the file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Marks every chunk of the build but those in `onDemand` (by name), loaded only when a reader
 * asks for them: compiled whole, they would take a background thread for nothing. A name that
 * is no chunk's (a file renamed) fails the build, rather than have its chunk marked unseen.
 */
export function compileHintsPlugin(onDemand: readonly string[]): Plugin {
  return {
    name: 'newsline:compile-hints',
    apply: 'build',
    generateBundle: {
      // Last: Vite puts lines of its own at the top of a chunk (`__vite__mapDeps`) here.
      order: 'post',
      handler(options, bundle) {
        const names = new Set(Object.values(bundle).map((file) => file.name));
        // A build of one file (the single-file build) has its on-demand code inlined.
        const split = !options.inlineDynamicImports;
        const missing = split ? onDemand.filter((name) => !names.has(name)) : [];
        if (missing.length > 0) {
          this.error(
            `compile hints: no chunk is named ${missing.map((name) => `"${name}"`).join(', ')}; ` +
              'name the chunks that load on demand as the build names them',
          );
        }
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || onDemand.includes(chunk.name)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // One line more at the top: the source map's lines move down by one.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const mapFile = bundle[`${chunk.fileName}.map`];
          if (mapFile?.type === 'asset' && chunk.map) mapFile.source = chunk.map.toString();
        }
      },
    },
  };
}
