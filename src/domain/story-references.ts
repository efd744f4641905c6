/** Where a problem is, and what it is. */
export type Report = (path: PropertyKey[], message: string) => void;

/** What an event names elsewhere in its story. */
export interface EventReferences {
  id: string;
  lane?: string | undefined;
  participants?: unknown[];
  sources: string[];
  quotes: { source?: string | undefined }[];
  accounts: { sources: string[] }[];
}

interface StoryReferences {
  lanes: { id: string }[];
  sources: { id: string }[];
  events: EventReferences[];
  translations?: Record<
    string,
    {
      lanes?: Record<string, unknown>;
      sources?: Record<string, unknown>;
      events?: Record<
        string,
        { quotes?: unknown[]; accounts?: unknown[]; participants?: unknown[] }
      >;
    }
  >;
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
 * Checks what one part of a story says of another: every lane and source named exists. Each
 * problem goes to `report`; paths are built only for those.
 */
export function checkStoryReferences(story: StoryReferences, report: Report): void {
  const laneIds = new Set(story.lanes.map((lane) => lane.id));
  const sourceIds = new Set(story.sources.map((source) => source.id));
  const unknownSource = (id: unknown): id is string => typeof id === 'string' && !sourceIds.has(id);
  const noSource = (id: string) => `"${id}" is not the id of any entry in sources`;

  checkTranslations(story, report);

  story.events.forEach((event, index) => {
    // Parts with problems of their own are already reported; check only what is sound.
    if (typeof event.lane === 'string' && !laneIds.has(event.lane)) {
      report(['events', index, 'lane'], `"${event.lane}" is not the id of any entry in lanes`);
    }
    listOf(event.sources).forEach((id, i) => {
      if (unknownSource(id)) report(['events', index, 'sources', i], noSource(id));
    });
    listOf(event.quotes).forEach((quote, i) => {
      const id = quote?.source;
      if (unknownSource(id)) report(['events', index, 'quotes', i, 'source'], noSource(id));
    });
    listOf(event.accounts).forEach((account, i) =>
      listOf(account?.sources).forEach((id, j) => {
        if (unknownSource(id)) report(['events', index, 'accounts', i, 'sources', j], noSource(id));
      }),
    );
  });
}

function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** A translation may only name lanes, sources and events that exist, and no more quotes,
 * accounts or participants than the event has. */
function checkTranslations(story: StoryReferences, report: Report) {
  const lanes = new Set(story.lanes.map((lane) => lane.id));
  const sources = new Set(story.sources.map((source) => source.id));
  // Built for the first translation that needs it: most stories have none.
  let byId: Map<string, EventReferences> | undefined;
  for (const [language, translation] of entriesOf(story.translations)) {
    const at = ['translations', language];
    for (const id of keysOf(translation.lanes)) {
      if (!lanes.has(id))
        report([...at, 'lanes', id], `"${id}" is not the id of any entry in lanes`);
    }
    for (const id of keysOf(translation.sources)) {
      if (!sources.has(id)) {
        report([...at, 'sources', id], `"${id}" is not the id of any entry in sources`);
      }
    }
    for (const [id, eventTranslation] of entriesOf(translation.events)) {
      byId ??= new Map(story.events.map((event) => [event.id, event]));
      const event = byId.get(id);
      if (event === undefined) {
        report([...at, 'events', id], `"${id}" is not the id of any event`);
        continue;
      }
      const counts = {
        quotes: listOf(event.quotes).length,
        accounts: listOf(event.accounts).length,
        participants: listOf(event.participants).length,
      };
      for (const [field, count] of Object.entries(counts)) {
        const given = listOf(Reflect.get(eventTranslation, field) as unknown[] | undefined).length;
        if (given > count) {
          report([...at, 'events', id, field], `has ${given} entries but the event has ${count}`);
        }
      }
    }
  }
}

// Parts of a translation that are not objects have problems of their own, already reported.
function entriesOf<T>(record: Record<string, T> | undefined): [string, T][] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return [];
  return Object.entries(record).filter(
    (entry): entry is [string, T] => typeof entry[1] === 'object' && entry[1] !== null,
  );
}

function keysOf(record: Record<string, unknown> | undefined): string[] {
  return typeof record === 'object' && record !== null && !Array.isArray(record)
    ? Object.keys(record)
    : [];
}
