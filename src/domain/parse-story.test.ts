import { describe, expect, test } from 'vitest';
import { storyFileFixture } from '../testing/event-fixtures.ts';
import { joinStory, parseEventBlock, parseStoryData, parseStoryText } from './parse-story.ts';
import { formatProblem } from './story-problems.ts';

function problemsOf(data: unknown): string[] {
  const result = parseStoryData(data);
  if (result.ok) throw new Error('the story was accepted');
  return result.problems.map(formatProblem);
}

describe('a valid story', () => {
  test('is read with its events in time order and defaults filled in', () => {
    const result = parseStoryData(storyFileFixture());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.story.events.map((event) => event.id)).toEqual([
      'first-visit',
      'second-call',
      'conference',
    ]);
    expect(result.story.events[0]?.status).toBe('happened');
    expect(result.story.events[2]?.quotes).toEqual([]);
  });
});

describe('problems are listed as path: message', () => {
  test('an impossible date', () => {
    const story = storyFileFixture();
    story.events[1]!.start = '2025-02-30';
    expect(problemsOf(story)).toEqual([
      'events[1].start: 2025-02-30 is not a date: February 2025 has 28 days',
    ]);
  });

  test('several problems at once, each with its own path', () => {
    const story = storyFileFixture() as Record<string, unknown>;
    const events = story.events as Record<string, unknown>[];
    delete events[0]!.title;
    events[1]!.kind = 'party';
    events[2]!.timeZone = 'Munich';
    expect(problemsOf(story)).toEqual([
      'events[0].title: is required',
      expect.stringMatching(/^events\[1\]\.kind: must be one of "call", .* \(found "party"\)$/),
      'events[2].timeZone: "Munich" is not an IANA time zone, such as "Europe/Kyiv"',
    ]);
  });

  test('a missing or unknown version', () => {
    const story = storyFileFixture() as Record<string, unknown>;
    delete story.version;
    expect(problemsOf(story)).toEqual([
      'version: is required: this app reads story files of version 1',
    ]);
    expect(problemsOf({ ...story, version: 2 })).toEqual([
      'version: 2 is not a version this app reads (it reads 1)',
    ]);
  });

  test('an end before the start, and a precision that does not match the date', () => {
    const story = storyFileFixture();
    story.events[2]!.end = '2025-02-13';
    story.events[0]!.precision = 'month';
    expect(problemsOf(story)).toEqual([
      'events[0].precision: is "month" but start 2025-02-12 is written with day precision',
      'events[2].end: 2025-02-13 is before start 2025-02-14',
    ]);
  });

  test('a clock time without the time zone of the place', () => {
    const story = storyFileFixture();
    story.events[0]!.start = '2025-02-12T10:00-05:00';
    delete story.events[0]!.timeZone;
    expect(problemsOf(story)).toEqual([
      'events[0].timeZone: is required when a clock time is known, such as "America/New_York"',
    ]);
  });

  test('references to lanes and sources that do not exist', () => {
    const story = storyFileFixture();
    story.events[0]!.lane = 'mars';
    story.events[1]!.sources = ['wire', 'nowhere'];
    expect(problemsOf(story)).toEqual([
      'events[0].lane: "mars" is not the id of any entry in lanes',
      'events[1].sources[1]: "nowhere" is not the id of any entry in sources',
    ]);
  });

  test('a missing kind is required, as any missing field is', () => {
    const story = storyFileFixture();
    delete (story.events[1] as { kind?: unknown }).kind;
    expect(problemsOf(story)).toEqual(['events[1].kind: is required']);
  });

  test('a story with no events, or that is not an object', () => {
    expect(problemsOf({ ...storyFileFixture(), events: [] })).toEqual([
      'events: a story needs at least one event',
    ]);
    expect(problemsOf([])).toEqual(['(the whole file): must be an object (found a list)']);
  });

  test('ids that would not work in a link', () => {
    const story = storyFileFixture();
    story.events[0]!.id = 'Second Call';
    expect(problemsOf(story)[0]).toMatch(/^events\[0\]\.id: an id is lowercase letters/);
  });
});

describe('text that is there but cannot be seen or is far too long', () => {
  test('a title of zero-width spaces and direction marks is not a title', () => {
    const story = storyFileFixture();
    story.events[0]!.title = '\u200B\u200D\u200F\uFEFF \u2060';
    expect(problemsOf(story)).toEqual(['events[0].title: has no visible characters']);
  });

  test('a megabyte title is refused by its length, not shown', () => {
    const story = storyFileFixture();
    story.title = 'A'.repeat(1024 * 1024);
    expect(problemsOf(story)).toEqual(['title: is longer than 300 characters']);
  });

  test('right-to-left text and joiners inside visible text are kept as written', () => {
    const story = storyFileFixture();
    story.events[0]!.title = 'زيلينسكي في ميونيخ \u200D👩‍💻';
    const result = parseStoryData(story);
    if (!result.ok) throw new Error('refused');
    expect(result.story.events.map((event) => event.title)).toContain(story.events[0]!.title);
  });
});

describe('parseStoryText', () => {
  test('tells a web page from a broken story file', () => {
    const result = parseStoryText('<!doctype html><html><body>Sign in</body></html>');
    if (result.ok) throw new Error('accepted a web page');
    expect(result.problems.map(formatProblem)).toEqual([
      '(the whole file): is a web page (HTML), not a story file: check that the address points to the JSON file itself',
    ]);
  });

  test('says where the JSON breaks, by line and column', () => {
    const result = parseStoryText('{\n  "version": 1,\n  "title": "x",,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toMatch(
      /^\(the whole file\): is not valid JSON at line 3, column 16/,
    );
    expect(result.problems[0]).toMatchObject({ line: 3, column: 16 });
  });
});

describe('warnings', () => {
  function warningsOf(data: unknown): string[] {
    const result = parseStoryData(data);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.warnings.map(formatProblem);
  }

  test('a valid, complete story has none', () => {
    expect(warningsOf(storyFileFixture())).toEqual([]);
  });

  test('name events without sources, quotes without a speaker and links shown as text', () => {
    const story = storyFileFixture();
    story.events[2]!.sources = [];
    delete story.events[0]!.quotes![0]!.speaker;
    story.sources![1]!.url = 'javascript:alert(1)';
    expect(warningsOf(story)).toEqual([
      'events[0].quotes[0].speaker: the quote has no speaker',
      'events[2].sources: the event cites no sources',
      'sources[1].url: "javascript:alert(1)" is not an http(s) or mailto link; it is shown as text',
    ]);
  });

  test('give a repeated event id a link of its own, and keep both events', () => {
    const story = storyFileFixture();
    story.events[2]!.id = 'second-call';
    const result = parseStoryData(story);
    if (!result.ok) throw new Error('rejected');
    expect(result.warnings.map(formatProblem)).toEqual([
      'events[2].id: "second-call" is already the id of events[0]; this one is shown as "second-call-2"',
    ]);
    expect(result.story.events.map((event) => event.id)).toEqual([
      'first-visit',
      'second-call',
      'second-call-2',
    ]);
  });
});

describe('a long list of events, checked a slice at a time', () => {
  /** Broken stories, each as the tests above break them, plus one of each kind at once. */
  const broken = (): unknown[] => {
    const stories = Array.from({ length: 6 }, () => storyFileFixture());
    const [several, version, dates, clock, references, frame] = stories as [
      Record<string, unknown>,
      ...ReturnType<typeof storyFileFixture>[],
    ];
    const events = several.events as Record<string, unknown>[];
    delete events[0]!.title;
    events[1]!.kind = 'party';
    events[2]!.timeZone = 'Munich';
    several.version = 2;
    delete (version as { version?: unknown }).version;
    dates!.events[2]!.end = '2025-02-13';
    dates!.events[0]!.precision = 'month';
    clock!.events[0]!.start = '2025-02-12T10:00-05:00';
    delete clock!.events[0]!.timeZone;
    references!.events[0]!.lane = 'mars';
    references!.events[1]!.sources = ['wire', 'nowhere'];
    frame!.title = ' ';
    frame!.translations = { uk: { title: '' } };
    frame!.events[2]!.start = '2025-02-30';
    return stories;
  };

  test('gives the report, in its order, that checking them at once gives', () => {
    for (const story of broken()) {
      const once = parseStoryData(story);
      expect(once.ok).toBe(false);
      for (const slice of [1, 2]) expect(parseStoryData(story, slice)).toEqual(once);
    }
  });

  test('gives the story and warnings that checking them at once gives', () => {
    const story = storyFileFixture();
    delete (story.events[2] as { sources?: unknown }).sources;
    expect(parseStoryData(story, 1)).toEqual(parseStoryData(story));
    expect(parseStoryData(story, 1).ok).toBe(true);
  });

  test('100,000 events of another kind of file are refused with every problem', () => {
    // A TimelineJS file's events: none has an id, a title, a start or a kind of ours.
    const events = Array.from({ length: 100_000 }, (_, index) => ({
      start_date: { year: 2000 + (index % 20) },
      text: { headline: `Slide ${index}` },
    }));
    const problems = problemsOf({ ...storyFileFixture(), events });
    expect(problems).toHaveLength(400_000);
    expect(problems.slice(0, 4)).toEqual([
      'events[0].id: is required',
      'events[0].title: is required',
      'events[0].start: is required',
      'events[0].kind: is required',
    ]);
    expect(problems.at(-1)).toBe('events[99999].kind: is required');
  });
});

describe('a large file read in blocks of events, by several workers', () => {
  /** The file cut into `blocks` blocks of events, as the page cuts it, each checked apart. */
  const readInBlocks = (text: string, blocks: number) => {
    const file = JSON.parse(text) as { events: unknown[] };
    const size = Math.ceil(file.events.length / blocks);
    const checked = Array.from({ length: blocks }, (_, block) => {
      const events = file.events.slice(block * size, (block + 1) * size);
      return parseEventBlock(JSON.stringify(events).slice(1, -1), block * size, events.length);
    });
    return joinStory(JSON.stringify({ ...file, events: [] }), checked);
  };

  test('gives the story, defaults and warnings that reading it whole gives', () => {
    const story = storyFileFixture();
    delete (story.events[2] as { sources?: unknown }).sources;
    delete story.events[0]!.quotes![0]!.speaker;
    story.events.push({ ...story.events[0]!, id: 'second-call', start: '2025-02-01' });
    story.sources![1]!.url = 'javascript:alert(1)';
    const text = JSON.stringify(story);
    const whole = parseStoryText(text);
    if (!whole.ok) throw new Error('rejected');
    expect(whole.warnings).toHaveLength(5);
    expect(whole.story.events.map((event) => event.id)).toContain('second-call-2');
    for (const blocks of [1, 2, 3, 5]) expect(readInBlocks(text, blocks)).toEqual(whole);
  });

  test('keeps a story written in time order as it is, across the blocks', () => {
    const story = storyFileFixture();
    story.events.sort((a, b) => a.start.localeCompare(b.start));
    const text = JSON.stringify(story);
    const whole = parseStoryText(text);
    for (const blocks of [2, 3]) expect(readInBlocks(text, blocks)).toEqual(whole);
  });

  test('a problem in any block, or in what an event names, sends the file to be read whole', () => {
    const badDate = storyFileFixture();
    badDate.events[2]!.start = '2025-02-30';
    const unknownSource = storyFileFixture();
    unknownSource.events[2]!.sources = ['nowhere'];
    const noVersion = storyFileFixture() as Record<string, unknown>;
    delete noVersion.version;
    for (const story of [badDate, unknownSource, noVersion]) {
      const text = JSON.stringify(story);
      expect(parseStoryText(text).ok).toBe(false);
      expect(readInBlocks(text, 3)).toBeNull();
    }
  });

  test('a block that does not parse, or holds more or fewer events than counted, is refused', () => {
    const events = JSON.stringify(storyFileFixture().events).slice(1, -1);
    expect(parseEventBlock(events, 0, 3).ok).toBe(true);
    expect(parseEventBlock(events, 0, 2).ok).toBe(false);
    expect(parseEventBlock(`${events},`, 0, 4).ok).toBe(false);
    expect(parseEventBlock(events.slice(0, -1), 0, 3).ok).toBe(false);
    expect(joinStory('{"version": 1, "events": [', [])).toBeNull();
    // A story needs at least one event, whichever way it is read.
    expect(joinStory(JSON.stringify({ ...storyFileFixture(), events: [] }), [])).toBeNull();
  });
});
