// Finds, in a story file as it arrives, its list of events and the places between the events:
// so that workers can check the events a block at a time while the rest of the file downloads,
// each decoding and parsing only its own blocks. It reads the file's bytes (UTF-8), not text:
// every byte JSON gives a meaning to is ASCII, and no byte of a longer character is. It reads
// no values, only where strings, objects and lists begin and end; JSON.parse reads each
// block, and the story around them.

import {
  BACKSLASH,
  BYTE_ORDER_MARK,
  CLOSE_LIST,
  CLOSE_OBJECT,
  COLON,
  COMMA,
  EMPTY_LIST,
  joinBytes,
  nextQuote,
  OPEN_LIST,
  OPEN_OBJECT,
  QUOTE,
} from './json-bytes.ts';

/** A run of whole events, as written in the file: `{…},{…}`, without the list's brackets. */
export interface EventBlock {
  /** Its bytes, in a buffer of their own: sent to a worker, not copied. */
  bytes: Uint8Array<ArrayBuffer>;
  /** The index of its first event in the file's list. */
  first: number;
  /** How many events it holds, by the commas between them. */
  count: number;
}

/** The file without its events: the list emptied (`"events": []`), all else as written. */
export interface StoryFrameText {
  text: string;
  events: number;
}

type Place =
  /** Before the story's opening brace. */
  | 'start'
  /** In the story object, outside its list of events. */
  | 'frame'
  /** After the key "events" and its colon: the list's bracket comes next. */
  | 'list-next'
  /** In the list of events. */
  | 'list'
  /** The text is not one this splitter can vouch for; the whole file is read at once. */
  | 'lost';

/**
 * Splits a story file into blocks of at least `minBlockBytes` bytes, each ending at the comma
 * between two events, and hands each to `onBlock` as soon as it is complete.
 *
 * It gives up (`end()` returns null) on any text it cannot vouch for: no list under the key
 * `events`, that key written twice or with escapes, a top level that is not an object. Its
 * blocks are only as sound as the text: a worker parses each, and compares the count.
 */
export class EventListSplitter {
  private place: Place = 'start';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The first bytes of the last string opened at the story's own level. */
  private key = '';
  private keyEscaped = false;
  private lastStringWasKey = false;
  private sawEvents = false;
  private readonly frame: Uint8Array[] = [];
  private readonly block: Uint8Array[] = [];
  private blockBytes = 0;
  /** How many bytes came before the chunk being read. */
  private offset = 0;
  private commas = 0;
  private first = 0;
  private events = 0;
  /** Where the bytes of the chunk being read are not yet in a block or the frame. */
  private cut = 0;

  constructor(
    private readonly minBlockBytes: number,
    private readonly onBlock: (block: EventBlock) => void,
  ) {}

  /** The next bytes of the file; kept only until the block or frame they belong to is done. */
  push(chunk: Uint8Array): void {
    this.cut = 0;
    let i = 0;
    while (i < chunk.length && this.place !== 'lost') {
      i = this.place === 'list' ? this.scanList(chunk, i) : this.scanFrame(chunk, i);
    }
    this.offset += chunk.length;
    if (this.place === 'lost') return;
    const rest = chunk.subarray(this.cut);
    if (this.place === 'list') {
      this.block.push(rest);
      this.blockBytes += rest.length;
    } else this.frame.push(rest);
  }

  /** The story around the events, once the whole text has been pushed; null if it gave up. */
  end(): StoryFrameText | null {
    if (this.place !== 'frame' || this.depth !== 0 || this.inString || !this.sawEvents) {
      return null;
    }
    return { text: new TextDecoder().decode(joinBytes(this.frame)), events: this.events };
  }

  /**
   * Reads the list of events from `i` on, until its closing bracket or the chunk's end: most
   * of the file, so it jumps from quote to quote through strings.
   */
  private scanList(chunk: Uint8Array, i: number): number {
    let depth = this.depth;
    if (this.inString) i = this.skipString(chunk, i);
    for (; i < chunk.length; i++) {
      const code = chunk[i]!;
      if (code === QUOTE) {
        this.inString = true;
        i = this.skipString(chunk, i + 1) - 1;
      } else if (code === OPEN_OBJECT || code === OPEN_LIST) depth++;
      else if (code === CLOSE_OBJECT || code === CLOSE_LIST) {
        depth--;
        if (depth === 1) {
          // No block holds the list's own brackets, so no JSON.parse sees that they match.
          if (code !== CLOSE_LIST) {
            this.place = 'lost';
            break;
          }
          // The list's closing bracket: the last block ends before it.
          this.endBlock(chunk.subarray(this.cut, i));
          this.frame.push(EMPTY_LIST);
          this.cut = i + 1;
          this.place = 'frame';
          break;
        }
      } else if (code === COMMA && depth === 2) {
        if (this.blockBytes + i - this.cut >= this.minBlockBytes) {
          this.endBlock(chunk.subarray(this.cut, i));
          this.cut = i + 1;
        } else this.commas++;
      }
    }
    this.depth = depth;
    return i + 1;
  }

  /** The index after the string's closing quote, or the chunk's length if it goes on. */
  private skipString(chunk: Uint8Array, i: number): number {
    if (this.escaped) {
      this.escaped = false;
      i++;
    }
    const from = i;
    for (;;) {
      const quote = nextQuote(chunk, i);
      const end = quote === -1 ? chunk.length : quote;
      let backslashes = 0;
      while (end - backslashes > from && chunk[end - backslashes - 1] === BACKSLASH) {
        backslashes++;
      }
      if (quote === -1) {
        this.escaped = backslashes % 2 === 1;
        return chunk.length;
      }
      if (backslashes % 2 === 0) {
        this.inString = false;
        return quote + 1;
      }
      i = quote + 1;
    }
  }

  /** Reads one byte outside the list of events; its strings one byte at a time. */
  private scanFrame(chunk: Uint8Array, i: number): number {
    const code = chunk[i]!;
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === BACKSLASH) {
        this.escaped = true;
        if (this.depth === 1) this.keyEscaped = true;
      } else if (code === QUOTE) this.inString = false;
      else if (this.depth === 1 && this.key.length <= 6) this.key += String.fromCharCode(code);
    } else if (code === QUOTE) {
      this.inString = true;
      if (this.depth === 1) {
        this.key = '';
        this.keyEscaped = false;
        this.lastStringWasKey = true;
      }
    } else if (code !== 32 && code !== 10 && code !== 13 && code !== 9) {
      if (this.place === 'start' && code === BYTE_ORDER_MARK[this.offset + i]) return i + 1;
      this.onFrame(code);
      if (this.place === 'list') {
        // The list's opening bracket: what came before it is the frame's.
        this.frame.push(chunk.subarray(this.cut, i));
        this.cut = i + 1;
      }
    }
    return i + 1;
  }

  /** A character outside strings, outside the list of events. */
  private onFrame(code: number): void {
    const wasKey = this.lastStringWasKey;
    this.lastStringWasKey = false;
    if (this.place === 'start') {
      if (code === OPEN_OBJECT) {
        this.place = 'frame';
        this.depth = 1;
      } else this.place = 'lost';
      return;
    }
    if (this.place === 'list-next') {
      this.place = code === OPEN_LIST ? 'list' : 'lost';
      if (this.place === 'list') this.depth = 2;
      return;
    }
    if (code === OPEN_OBJECT || code === OPEN_LIST) this.depth++;
    else if (code === CLOSE_OBJECT || code === CLOSE_LIST) this.depth--;
    else if (code === COLON && this.depth === 1 && wasKey) {
      // A key escaped (`"ev\u0065nts"`) may or may not be "events": read the file whole.
      if (this.keyEscaped) this.place = 'lost';
      else if (this.key === 'events') {
        this.place = this.sawEvents ? 'lost' : 'list-next';
        this.sawEvents = true;
      }
    }
    if (this.depth < 0 || (this.depth === 0 && code !== CLOSE_OBJECT)) this.place = 'lost';
  }

  private endBlock(last: Uint8Array): void {
    this.block.push(last);
    const count = this.commas + 1;
    this.onBlock({ bytes: joinBytes(this.block), first: this.first, count });
    this.first += count;
    this.events += count;
    this.block.length = 0;
    this.blockBytes = 0;
    this.commas = 0;
  }
}
