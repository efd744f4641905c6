// The bytes of UTF-8 JSON that give it its shape, and what the splitter does with bytes.
// Every byte JSON gives a meaning to is ASCII, and no byte of a longer character is one.

export const QUOTE = 34;
export const BACKSLASH = 92;
export const COMMA = 44;
export const COLON = 58;
export const OPEN_LIST = 91;
export const CLOSE_LIST = 93;
export const OPEN_OBJECT = 123;
export const CLOSE_OBJECT = 125;

/** A UTF-8 file may begin with these three bytes, which say only that it is UTF-8. */
export const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** `[]`: the list of events as the frame holds it. */
export const EMPTY_LIST = new Uint8Array([OPEN_LIST, CLOSE_LIST]);

/** The index of the next quote from `i` on, or -1. */
export function nextQuote(chunk: Uint8Array, i: number): number {
  // Most strings are short (keys, ids, dates): looking a byte at a time costs less than a
  // call, for the first few.
  for (const near = Math.min(i + 24, chunk.length); i < near; i++) {
    if (chunk[i] === QUOTE) return i;
  }
  return i < chunk.length ? chunk.indexOf(QUOTE, i) : -1;
}

/** The parts one after another, in a buffer of their own. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
