// Stories for the benchmark: the default one, and generated ones of any size, in Newsline's
// format and in TimelineJS's, with the same events, dates and text.
import type { StoryFile } from '../../src/domain/event-schema.ts';

const KINDS = ['call', 'visit', 'meeting', 'statement', 'announcement', 'report'] as const;
const LANES = ['united-states', 'ukraine', 'russia', 'europe'];

/** A deterministic random sequence, so that every run measures the same stories. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'talks minister envoy summit ceasefire sanctions minerals aid security guarantees border statement visit call report delegation parliament vote energy grain port'.split(
    ' ',
  );

/**
 * `count` events, one a few hours to a day apart from 2015 on, spread over four lanes, each
 * with a summary of about 30 words and a source: a newsroom's archive on one topic.
 */
export function generatedStory(count: number): StoryFile {
  const next = random(count);
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  let day = Date.UTC(2015, 0, 1);
  const step = Math.max(1, Math.round((10 * 365) / count));
  const events = Array.from({ length: count }, (_, index) => {
    day += step * 86_400_000 * (0.5 + next());
    const date = new Date(day).toISOString().slice(0, 10);
    return {
      id: `event-${index + 1}`,
      title: `${words(3)} ${index + 1}`,
      start: date,
      kind: KINDS[index % KINDS.length]!,
      lane: LANES[index % LANES.length]!,
      summary: `${words(30)}.`,
      sources: ['archive'],
    };
  });
  return {
    version: 1,
    title: `A generated story of ${count.toLocaleString('en')} events`,
    description: 'Generated for the benchmark: the same text in Newsline and in TimelineJS.',
    lanes: LANES.map((id) => ({ id, label: id })),
    sources: [
      { id: 'archive', publisher: 'Archive', title: 'Archive', url: 'https://example.org/' },
    ],
    events,
  };
}

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

function timelineJsDate(text: string): TimelineJsDate {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  return {
    year: year!,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
  };
}

/** The same story as a TimelineJS 3 JSON file: a title slide, then one slide an event. */
export function toTimelineJs(story: StoryFile) {
  return {
    title: { text: { headline: story.title, text: story.description ?? '' } },
    events: story.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.start),
      ...(event.end ? { end_date: timelineJsDate(event.end) } : {}),
      text: { headline: event.title, text: event.summary ?? '' },
      ...(event.lane ? { group: event.lane } : {}),
    })),
  };
}
