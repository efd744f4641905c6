import type { z } from 'zod';

interface StoryReferences {
  lanes: { id: string }[];
  sources: { id: string }[];
  events: {
    id: string;
    lane?: string | undefined;
    sources: string[];
    quotes: { source?: string | undefined }[];
    accounts: { sources: string[] }[];
  }[];
}

/**
 * Whether the story is sound enough to check its references, even while other parts of
 * it have problems: so that a file's problems are all listed at once.
 */
export function canCheckReferences(payload: { value: unknown }): boolean {
  const story = payload.value as Partial<Record<keyof StoryReferences, unknown>> | null;
  if (typeof story !== 'object' || story === null) return false;
  return [story.lanes, story.sources, story.events].every(
    (list) =>
      Array.isArray(list) && list.every((item) => typeof item === 'object' && item !== null),
  );
}

/**
 * Checks what one part of a story says of another: ids are unique (they appear in links),
 * and every lane and source an event names exists.
 */
export function checkStoryReferences(story: StoryReferences, ctx: z.RefinementCtx): void {
  function report(path: PropertyKey[], message: string) {
    ctx.addIssue({ code: 'custom', path, message });
  }
  function checkUnique(list: { id: string }[], name: string) {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      if (typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else report([name, index, 'id'], `"${item.id}" is already the id of ${name}[${first}]`);
    });
  }
  checkUnique(story.lanes, 'lanes');
  checkUnique(story.sources, 'sources');
  checkUnique(story.events, 'events');

  const laneIds = new Set(story.lanes.map((lane) => lane.id));
  const sourceIds = new Set(story.sources.map((source) => source.id));
  function checkSource(path: PropertyKey[], id: unknown) {
    if (typeof id === 'string' && !sourceIds.has(id))
      report(path, `"${id}" is not the id of any entry in sources`);
  }

  story.events.forEach((event, index) => {
    const at = ['events', index];
    // Parts with problems of their own are already reported; check only what is sound.
    if (typeof event.lane === 'string' && !laneIds.has(event.lane)) {
      report([...at, 'lane'], `"${event.lane}" is not the id of any entry in lanes`);
    }
    listOf(event.sources).forEach((id, i) => checkSource([...at, 'sources', i], id));
    listOf(event.quotes).forEach((quote, i) => {
      if (typeof quote?.source === 'string') {
        checkSource([...at, 'quotes', i, 'source'], quote.source);
      }
    });
    listOf(event.accounts).forEach((account, i) =>
      listOf(account?.sources).forEach((id, j) =>
        checkSource([...at, 'accounts', i, 'sources', j], id),
      ),
    );
  });
}

function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}
