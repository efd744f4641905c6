import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type EventBlock, EventListSplitter } from './event-list-splitter.ts';

/** The file's bytes in chunks of the given lengths (the last one takes the rest). */
function chunked(text: string, lengths: readonly number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const length of lengths) {
    if (at >= bytes.length) break;
    chunks.push(bytes.slice(at, at + length));
    at += length;
  }
  if (at < bytes.length) chunks.push(bytes.slice(at));
  return chunks;
}

function split(text: string, blockBytes: number, lengths: readonly number[] = []) {
  const blocks: EventBlock[] = [];
  const splitter = new EventListSplitter(blockBytes, (block) => blocks.push(block));
  for (const chunk of chunked(text, lengths)) splitter.push(chunk);
  return { blocks, frame: splitter.end() };
}

/**
 * The file as a worker and the page put it together from the splitter's parts: null when a
 * part does not parse, or a block holds more or fewer events than its commas say.
 */
function reassembled(text: string, blockBytes: number, lengths: readonly number[] = []): unknown {
  const { blocks, frame } = split(text, blockBytes, lengths);
  if (frame === null) return null;
  try {
    const events = blocks.flatMap((block) => {
      const parsed = JSON.parse(`[${new TextDecoder().decode(block.bytes)}]`) as unknown[];
      if (parsed.length !== block.count) throw new Error('miscounted');
      return parsed;
    });
    const story = JSON.parse(frame.text) as Record<string, unknown>;
    return { ...story, events };
  } catch {
    return null;
  }
}

const tricky = [
  'plain',
  'a "quoted" word',
  'ends with a backslash \\',
  'two \\\\" backslashes',
  '{ "braces": [1, 2] }, ',
  'ç\u2028\uD83D\uDE00',
];
const event = fc.record({
  id: fc.string(),
  title: fc.oneof(fc.constantFrom(...tricky), fc.string()),
  extra: fc.jsonValue(),
});
const story = fc.record({
  version: fc.constant(1),
  title: fc.oneof(fc.constantFrom(...tricky), fc.string()),
  lanes: fc.array(fc.record({ id: fc.constantFrom(...tricky) }), { maxLength: 3 }),
  events: fc.array(event, { minLength: 1, maxLength: 30 }),
  after: fc.jsonValue(),
});

describe('splitting a story file into blocks of events', () => {
  test('gives back the file JSON.parse reads, however it is written and chunked', () => {
    // Chunks cut through characters of two, three and four bytes as well.
    fc.assert(
      fc.property(
        story,
        fc.constantFrom(undefined, 1, '\t'),
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 40 }),
        (file, indent, blockChars, lengths) => {
          const text = JSON.stringify(file, null, indent);
          expect(reassembled(text, blockChars, lengths)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('cuts blocks of at least the size asked for, at the commas between events', () => {
    const events = Array.from({ length: 100 }, (_, i) => ({ id: `event-${i}`, title: 'x' }));
    const text = JSON.stringify({ version: 1, title: 'A story', events });
    const { blocks, frame } = split(text, 200, [7, 300, 1]);
    expect(frame).toEqual({ text: '{"version":1,"title":"A story","events":[]}', events: 100 });
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks.slice(0, -1)) expect(block.bytes.length).toBeGreaterThanOrEqual(200);
    expect(blocks.map((block) => block.first)).toEqual(
      blocks.map((_, i) => blocks.slice(0, i).reduce((sum, block) => sum + block.count, 0)),
    );
    expect(blocks.reduce((sum, block) => sum + block.count, 0)).toBe(100);
  });

  test('reads past a byte order mark, as TextDecoder does', () => {
    const text = '\uFEFF{"version": 1, "events": [{"id": "a"}, {"id": "b"}]}';
    expect(reassembled(text, 1, [1, 1, 1, 1])).toEqual({
      version: 1,
      events: [{ id: 'a' }, { id: 'b' }],
    });
  });

  test('gives up on text it cannot vouch for, for the file to be read whole', () => {
    const given = [
      '[{"events": []}]',
      '\uFEFF\uFEFF{"events": [{}]}',
      '{"title": "no events"}',
      '{"events": {"a": 1}}',
      '{"events": [{}], "events": [{}]}',
      '{"events": [{}], "ev\\u0065nts": [{}]}',
      '{"events": [{}]',
      '{"events": [{}]}}',
      '{"events": [{"title": "never closed}]}',
      '{"events": [{}, {}}, "after": [1]}',
    ];
    for (const text of given) expect(split(text, 1).frame, text).toBeNull();
  });

  test('never throws, and never gives a file other than the one JSON.parse reads', () => {
    const nearlyJson = fc
      .tuple(story, fc.nat(), fc.constantFrom('', '"', '\\', ',', '[', ']', '{', '}', ':'))
      .map(([file, at, extra]) => {
        const text = JSON.stringify(file);
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + extra + text.slice(cut + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string()), fc.integer({ min: 1, max: 50 }), (text, n) => {
        const result = reassembled(text, n, [n, n + 3, 2 * n]);
        if (result === null) return;
        // A cut through a pair of surrogates leaves half of one, which goes out as U+FFFD.
        expect(result).toEqual(JSON.parse(text.toWellFormed()));
      }),
      { numRuns: 3000 },
    );
  });
});
