import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bootScriptHash } from '../scripts/boot-script.ts';
import { isEmbedAddress } from '../src/features/embed/embed-params.ts';

const config = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');

/** The regular expression a `map $args $name { ~regex ... }` block gives its framed value. */
function mapPattern(name: string): RegExp {
  const block = new RegExp(`map \\$args \\$${name} \\{\\n\\s*~(\\S+)`).exec(config);
  if (!block) throw new Error(`deploy/nginx.conf has no map for $${name}`);
  return new RegExp(block[1]!);
}

function contentSecurityPolicy(): Map<string, string> {
  const header = /add_header Content-Security-Policy "([^"]+)"/.exec(config)?.[1] ?? '';
  return new Map(
    header.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

test('every address nginx lets other sites frame is one the app shows as the embed view', () => {
  const framed = mapPattern('newsline_frame_ancestors');
  const notDenied = mapPattern('newsline_frame_options');
  expect(framed.source).toBe(notDenied.source);
  const part = fc.constantFrom('embed', 'EMBED', 'embed=1', 'embed=0', '1', '=', '&', '%31', 'x');
  fc.assert(
    fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
      const args = parts.join('');
      if (framed.test(args)) expect(isEmbedAddress(`?${args}`)).toBe(true);
    }),
  );
  expect(framed.test('event=munich&embed=1')).toBe(true);
  expect(framed.test('embed=10')).toBe(false);
});

test('scripts come only from the site itself and the one boot script, by its hash; no eval', () => {
  const policy = contentSecurityPolicy();
  expect(policy.get('default-src')).toBe("'none'");
  // A change to scripts/boot-script.ts needs its new hash here: `npx tsx -e` on bootScriptHash().
  expect(policy.get('script-src')).toBe(`'self' ${bootScriptHash()}`);
  expect(policy.get('object-src')).toBe("'none'");
  expect(policy.get('base-uri')).toBe("'none'");
  expect(config).not.toMatch(/unsafe-(inline|eval)/);
});
