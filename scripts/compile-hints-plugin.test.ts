import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rollup } from 'vite';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin } from './compile-hints-plugin.ts';

const root = mkdtempSync(join(tmpdir(), 'newsline-compile-hints-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(
  join(root, 'index.html'),
  '<!doctype html><html><body><script type="module" src="./entry.js"></script></body></html>',
);
writeFileSync(
  join(root, 'entry.js'),
  [
    'export function greet(name) {',
    '  return `Hello, ${name}`;',
    '}',
    'document.body.textContent = greet(location.hash);',
    "document.body.onclick = () => import('./on-demand.js').then((m) => m.open());",
    "import('./shared.js').then((m) => m.share());",
  ].join('\n'),
);
writeFileSync(join(root, 'on-demand.js'), 'export const open = () => console.log("opened");\n');
// With styles of its own, so that Vite writes its `__vite__mapDeps` line at the top.
writeFileSync(
  join(root, 'shared.js'),
  'import "./shared.css";\nexport const share = () => console.log("shared");\n',
);
writeFileSync(join(root, 'shared.css'), 'body { color: navy; }\n');

async function buildFixture(hints: boolean, onDemand = ['on-demand']) {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: hints ? [compileHintsPlugin(onDemand)] : [],
    build: { write: false, sourcemap: true, modulePreload: { polyfill: false } },
  })) as Rollup.RollupOutput;
  const files = new Map(result.output.map((file) => [file.fileName, file]));
  const chunk = (name: string) => {
    const found = result.output.find((file) => file.type === 'chunk' && file.name === name);
    if (found?.type !== 'chunk') throw new Error(`no chunk ${name}`);
    const map = files.get(`${found.fileName}.map`);
    if (map?.type !== 'asset') throw new Error(`no source map for ${name}`);
    return { code: found.code, map: JSON.parse(String(map.source)) as { mappings: string } };
  };
  return { entry: chunk('index'), shared: chunk('shared'), onDemand: chunk('on-demand') };
}

test('the scripts run on load start with the hint, and their source maps still line up', async () => {
  const plain = await buildFixture(false);
  const hinted = await buildFixture(true);
  for (const name of ['entry', 'shared'] as const) {
    expect(hinted[name].code).toBe(`${COMPILE_HINT}\n${plain[name].code}`);
    expect(hinted[name].map.mappings).toBe(`;${plain[name].map.mappings}`);
  }
  expect(plain.entry.code).toContain('__vite__mapDeps');
});

test('a script loaded only when asked for is left as it is', async () => {
  const plain = await buildFixture(false);
  const hinted = await buildFixture(true);
  expect(hinted.onDemand.code).toBe(plain.onDemand.code);
  expect(hinted.onDemand.code).not.toContain(COMPILE_HINT);
});

test('a script named as loaded on demand that the build does not have fails the build', async () => {
  // As when the file of a script loaded on demand is renamed, and its chunk with it.
  await expect(buildFixture(true, ['on-demand', 'present-page'])).rejects.toThrow(
    'compile hints: no chunk is named "present-page"',
  );
});
