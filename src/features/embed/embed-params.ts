import { z } from '../../domain/zod.ts';
import { parseDateValue } from '../../domain/dates.ts';

const idList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1));

const date = z.string().refine((text) => parseDateValue(text).ok);

/** Each option of an embed's address, on its own: one bad option never spoils the others. */
const OPTIONS = {
  event: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  lanes: idList,
  from: date,
  to: date,
  theme: z.enum(['light', 'dark', 'auto']),
  height: z.union([z.literal('auto'), z.coerce.number().int().min(200).max(5000)]),
  title: z.enum(['0', '1']).transform((value) => value === '1'),
  id: z.string().regex(/^[\w-]{1,64}$/),
} as const;

export type EmbedOptions = {
  [K in keyof typeof OPTIONS]?: z.output<(typeof OPTIONS)[K]>;
};

/**
 * Whether an address asks for the embed view. Any `embed=1` counts, even beside another
 * `embed`: the server lets exactly such addresses be framed (deploy/nginx.conf), so a page
 * that can be framed is always the embed view, never the full reader.
 */
export function isEmbedAddress(search: string): boolean {
  return new URLSearchParams(search).getAll('embed').includes('1');
}

/** Options that belong to the page as a whole, read elsewhere: not unknown, not warned about. */
const PAGE_OPTIONS = new Set(['embed', 'lang', 'data', 'view', 'axis']);

/**
 * Reads an embed's options from its address: `?embed=1&event=munich&lanes=ukraine,europe
 * &from=2025-02-10&to=2025-02-16&theme=dark&height=640&title=0`. Unknown and malformed
 * options are left out with a console warning, never an error.
 */
export function parseEmbedOptions(
  search: string,
  warn: (message: string) => void = console.warn,
): EmbedOptions {
  const options: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (PAGE_OPTIONS.has(name)) continue;
    const schema = OPTIONS[name as keyof typeof OPTIONS];
    if (schema === undefined) {
      warn(`Newsline: the option "${name}" is unknown and was ignored.`);
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) options[name] = result.data;
    else warn(`Newsline: ${name}=${value} is not a valid value and was ignored.`);
  }
  return options as EmbedOptions;
}
