import { parseDateValue } from '../../domain/dates.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads one option's text, or gives `undefined` when it is not a valid value. */
type Reader<T> = (text: string) => T | undefined;

const ids: Reader<string[]> = (text) => {
  const list = text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((id) => ID.test(id)) ? list : undefined;
};

const date: Reader<string> = (text) => (parseDateValue(text).ok ? text : undefined);

const oneOf =
  <T extends string>(...values: T[]): Reader<T> =>
  (text) =>
    values.find((value) => value === text);

export interface EmbedOptions {
  event?: string;
  lanes?: string[];
  from?: string;
  to?: string;
  theme?: 'light' | 'dark' | 'auto';
  height?: number | 'auto';
  title?: boolean;
  id?: string;
}

/**
 * Each option of an embed's address, on its own: one bad option never spoils the others.
 * Read by hand, not with the story's schema library: the options are read as the page
 * starts, and that library need not load until a story file is checked.
 */
const OPTIONS: { [K in keyof EmbedOptions]-?: Reader<NonNullable<EmbedOptions[K]>> } = {
  event: (text) => (ID.test(text) ? text : undefined),
  lanes: ids,
  from: date,
  to: date,
  theme: oneOf('light', 'dark', 'auto'),
  height: (text) => {
    if (text === 'auto') return 'auto';
    const pixels = /^\d+$/.test(text) ? Number(text) : NaN;
    return pixels >= 200 && pixels <= 5000 ? pixels : undefined;
  },
  title: (text) => (text === '1' ? true : text === '0' ? false : undefined),
  id: (text) => (/^[\w-]{1,64}$/.test(text) ? text : undefined),
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
    const read: Reader<unknown> | undefined = OPTIONS[name as keyof typeof OPTIONS];
    if (read === undefined) {
      warn(`Newsline: the option "${name}" is unknown and was ignored.`);
      continue;
    }
    const option = read(value);
    if (option !== undefined) options[name] = option;
    else warn(`Newsline: ${name}=${value} is not a valid value and was ignored.`);
  }
  return options as EmbedOptions;
}
