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
  function checkSource(path: PropertyKey[], id: string) {
    if (!sourceIds.has(id)) report(path, `"${id}" is not the id of any entry in sources`);
  }

  story.events.forEach((event, index) => {
    const at = ['events', index];
    if (event.lane !== undefined && !laneIds.has(event.lane)) {
      report([...at, 'lane'], `"${event.lane}" is not the id of any entry in lanes`);
    }
    event.sources.forEach((id, i) => checkSource([...at, 'sources', i], id));
    event.quotes.forEach((quote, i) => {
      if (quote.source !== undefined) checkSource([...at, 'quotes', i, 'source'], quote.source);
    });
    event.accounts.forEach((account, i) =>
      account.sources.forEach((id, j) => checkSource([...at, 'accounts', i, 'sources', j], id)),
    );
  });
}
