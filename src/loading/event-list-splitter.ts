// Finds, in a story file's text as it arrives, its list of events and the places between the
// events: so that workers can check the events a block at a time while the rest of the file
// downloads, each parsing only its own blocks. It reads no values, only where strings,
// objects and lists begin and end; JSON.parse reads each block, and the story around them.

/** A run of whole events, as written in the file: `{…},{…}`, without the list's brackets. */
export interface EventBlock {
  text: string;
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

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

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
 * Splits a story file's text into blocks of at least `blockChars` characters, each ending at
 * the comma between two events, and hands each to `onBlock` as soon as it is complete.
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
  /** The first characters of the last string opened at the story's own level. */
  private key = '';
  private keyEscaped = false;
  private lastStringWasKey = false;
  private sawEvents = false;
  private readonly frame: string[] = [];
  private readonly block: string[] = [];
  private blockChars = 0;
  private commas = 0;
  private first = 0;
  private events = 0;
  /** Where the text of the chunk being read is not yet in a block or the frame. */
  private cut = 0;

  constructor(
    private readonly minBlockChars: number,
    private readonly onBlock: (block: EventBlock) => void,
  ) {}

  push(chunk: string): void {
    this.cut = 0;
    let i = 0;
    while (i < chunk.length && this.place !== 'lost') {
      i = this.place === 'list' ? this.scanList(chunk, i) : this.scanFrame(chunk, i);
    }
    if (this.place === 'lost') return;
    const rest = chunk.slice(this.cut);
    if (this.place === 'list') {
      this.block.push(rest);
      this.blockChars += rest.length;
    } else this.frame.push(rest);
  }

  /** The story around the events, once the whole text has been pushed; null if it gave up. */
  end(): StoryFrameText | null {
    if (this.place !== 'frame' || this.depth !== 0 || this.inString || !this.sawEvents) {
      return null;
    }
    return { text: this.frame.join(''), events: this.events };
  }

  /**
   * Reads the list of events from `i` on, until its closing bracket or the chunk's end: most
   * of the file, so it jumps from quote to quote through strings.
   */
  private scanList(chunk: string, i: number): number {
    let depth = this.depth;
    if (this.inString) i = this.skipString(chunk, i);
    for (; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
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
          this.endBlock(chunk.slice(this.cut, i));
          this.frame.push('[]');
          this.cut = i + 1;
          this.place = 'frame';
          break;
        }
      } else if (code === COMMA && depth === 2) {
        if (this.blockChars + i - this.cut >= this.minBlockChars) {
          this.endBlock(chunk.slice(this.cut, i));
          this.cut = i + 1;
        } else this.commas++;
      }
    }
    this.depth = depth;
    return i + 1;
  }

  /** The index after the string's closing quote, or the chunk's length if it goes on. */
  private skipString(chunk: string, i: number): number {
    if (this.escaped) {
      this.escaped = false;
      i++;
    }
    const from = i;
    for (;;) {
      const quote = chunk.indexOf('"', i);
      const end = quote === -1 ? chunk.length : quote;
      let backslashes = 0;
      while (end - backslashes > from && chunk.charCodeAt(end - backslashes - 1) === BACKSLASH) {
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

  /** Reads one character outside the list of events; its strings one character at a time. */
  private scanFrame(chunk: string, i: number): number {
    const code = chunk.charCodeAt(i);
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === BACKSLASH) {
        this.escaped = true;
        if (this.depth === 1) this.keyEscaped = true;
      } else if (code === QUOTE) this.inString = false;
      else if (this.depth === 1 && this.key.length <= 6) this.key += chunk[i];
    } else if (code === QUOTE) {
      this.inString = true;
      if (this.depth === 1) {
        this.key = '';
        this.keyEscaped = false;
        this.lastStringWasKey = true;
      }
    } else if (code !== 32 && code !== 10 && code !== 13 && code !== 9) {
      this.onFrame(code);
      if (this.place === 'list') {
        // The list's opening bracket: what came before it is the frame's.
        this.frame.push(chunk.slice(this.cut, i));
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

  private endBlock(last: string): void {
    this.block.push(last);
    const count = this.commas + 1;
    this.onBlock({ text: this.block.join(''), first: this.first, count });
    this.first += count;
    this.events += count;
    this.block.length = 0;
    this.blockChars = 0;
    this.commas = 0;
  }
}
