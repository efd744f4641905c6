import type { Story } from './event-schema.ts';
import { safeHref } from './links.ts';
import type { StoryProblem } from './story-problems.ts';

/**
 * What is allowed but worth fixing: events without sources, quotes without a speaker, links
 * that will be shown as text, and ids given twice. Paths follow the file's own order.
 * A repeated event id is renamed (`munich-2`) so that every event keeps a link of its own.
 */
export function checkWarnings(story: Story): { story: Story; warnings: StoryProblem[] } {
  const warnings: StoryProblem[] = [];
  const warn = (path: StoryProblem['path'], message: string) => warnings.push({ path, message });

  for (const [name, list] of [
    ['lanes', story.lanes],
    ['sources', story.sources],
  ] as const) {
    const first = new Map<string, number>();
    list.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else
        warn(
          [name, index, 'id'],
          `"${item.id}" is already the id of ${name}[${earlier}]; the first one is used`,
        );
    });
  }

  const taken = new Set(story.events.map((event) => event.id));
  const seen = new Map<string, number>();
  const events = story.events.map((event, index) => {
    const earlier = seen.get(event.id);
    if (earlier === undefined) {
      seen.set(event.id, index);
      return event;
    }
    let n = 2;
    while (taken.has(`${event.id}-${n}`)) n++;
    const id = `${event.id}-${n}`;
    taken.add(id);
    warn(
      ['events', index, 'id'],
      `"${event.id}" is already the id of events[${earlier}]; this one is shown as "${id}"`,
    );
    return { ...event, id };
  });

  story.events.forEach((event, index) => {
    if (event.sources.length === 0)
      warn(['events', index, 'sources'], 'the event cites no sources');
    event.quotes.forEach((quote, i) => {
      if (quote.speaker === undefined) {
        warn(['events', index, 'quotes', i, 'speaker'], 'the quote has no speaker');
      }
    });
  });
  story.sources.forEach((source, index) => {
    if (source.url !== undefined && safeHref(source.url) === null) {
      warn(
        ['sources', index, 'url'],
        `"${source.url}" is not an http(s) or mailto link; it is shown as text`,
      );
    }
  });
  return { story: { ...story, events }, warnings };
}
