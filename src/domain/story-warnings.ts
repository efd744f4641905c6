import type { Story, TimelineEvent } from './event-schema.ts';
import { safeHref } from './links.ts';
import type { StoryProblem } from './story-problems.ts';

/**
 * What is allowed but worth fixing: events without sources, quotes without a speaker, links
 * that will be shown as text, and ids given twice. Paths follow the file's own order.
 * A repeated event id is renamed (`munich-2`) so that every event keeps a link of its own.
 */
export function checkWarnings(story: Story): { story: Story; warnings: StoryProblem[] } {
  const frame = frameWarnings(story);
  const ids = renameRepeatedIds(story.events.map((event) => event.id));
  const warnings = [
    ...frame.lists,
    ...ids.warnings,
    ...eventWarnings(story.events, 0),
    ...frame.links,
  ];
  return { story: { ...story, events: withIds(story.events, ids.renamed) }, warnings };
}

/**
 * The story's own warnings, apart from its events': ids repeated in `lanes` and `sources`
 * (given before the events'), and links shown as text (after).
 */
export function frameWarnings(story: Pick<Story, 'lanes' | 'sources'>) {
  const lists: StoryProblem[] = [];
  for (const [name, list] of [
    ['lanes', story.lanes],
    ['sources', story.sources],
  ] as const) {
    const first = new Map<string, number>();
    list.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else
        lists.push({
          path: [name, index, 'id'],
          message: `"${item.id}" is already the id of ${name}[${earlier}]; the first one is used`,
        });
    });
  }
  const links: StoryProblem[] = [];
  story.sources.forEach((source, index) => {
    if (source.url !== undefined && safeHref(source.url) === null) {
      links.push({
        path: ['sources', index, 'url'],
        message: `"${source.url}" is not an http(s) or mailto link; it is shown as text`,
      });
    }
  });
  return { lists, links };
}

/** A new id, by event index, for each event whose id an earlier event has already. */
export function renameRepeatedIds(ids: readonly string[]) {
  const warnings: StoryProblem[] = [];
  const renamed: [number, string][] = [];
  const taken = new Set(ids);
  if (taken.size === ids.length) return { renamed, warnings };
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = seen.get(id);
    if (earlier === undefined) {
      seen.set(id, index);
      return;
    }
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    const next = `${id}-${n}`;
    taken.add(next);
    renamed.push([index, next]);
    warnings.push({
      path: ['events', index, 'id'],
      message: `"${id}" is already the id of events[${earlier}]; this one is shown as "${next}"`,
    });
  });
  return { renamed, warnings };
}

/** The events with the ids `renameRepeatedIds` gave them. */
export function withIds(
  events: readonly TimelineEvent[],
  renamed: readonly [number, string][],
): TimelineEvent[] {
  const copy = [...events];
  for (const [index, id] of renamed) copy[index] = { ...copy[index]!, id };
  return copy;
}

/** Events without sources and quotes without a speaker; `events[0]` is at `first` in the file. */
export function eventWarnings(events: readonly TimelineEvent[], first: number): StoryProblem[] {
  const warnings: StoryProblem[] = [];
  events.forEach((event, i) => {
    const index = first + i;
    if (event.sources.length === 0) {
      warnings.push({ path: ['events', index, 'sources'], message: 'the event cites no sources' });
    }
    event.quotes.forEach((quote, q) => {
      if (quote.speaker === undefined) {
        warnings.push({
          path: ['events', index, 'quotes', q, 'speaker'],
          message: 'the quote has no speaker',
        });
      }
    });
  });
  return warnings;
}
