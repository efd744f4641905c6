import type { Story } from './event-schema.ts';

// Apart from the translations' schema (story-translations.ts): the app localizes as it
// draws, and the schema library loads only when a story file is checked.
/**
 * The story as a reader of `language` should see it: translated fields replace the
 * originals, quotes keep their original words with the translation beside them. Fields with
 * no translation stay in the story's language. `localizeStory(story, 'uk')`.
 */
export function localizeStory(story: Story, language: string): Story {
  const translation = story.translations[language];
  if (language === story.language || translation === undefined) return story;
  return {
    ...story,
    language,
    title: translation.title ?? story.title,
    description: translation.description ?? story.description,
    lanes: story.lanes.map((lane) => ({
      ...lane,
      label: translation.lanes?.[lane.id] ?? lane.label,
    })),
    sources: story.sources.map((source) => {
      const t = translation.sources?.[source.id];
      return t
        ? {
            ...source,
            description: t.description ?? source.description,
            note: t.note ?? source.note,
          }
        : source;
    }),
    events: story.events.map((event) => {
      const t = translation.events?.[event.id];
      if (t === undefined) return event;
      return {
        ...event,
        title: t.title ?? event.title,
        summary: t.summary ?? event.summary,
        place: t.place ?? event.place,
        dateNote: t.dateNote ?? event.dateNote,
        notes: t.notes ?? event.notes,
        uncertainty: event.uncertainty && {
          ...event.uncertainty,
          label: t.uncertainty ?? event.uncertainty.label,
        },
        participants: event.participants.map((person, i) => ({
          name: t.participants?.[i]?.name ?? person.name,
          role: t.participants?.[i]?.role ?? person.role,
        })),
        quotes: event.quotes.map((quote, i) => {
          const said = quote.language ?? story.language;
          const quoteTranslation = t.quotes?.[i];
          const context = quoteTranslation?.context ?? quote.context;
          const words = said === language ? undefined : quoteTranslation?.text;
          const speaker = quoteTranslation?.speaker ?? quote.speaker;
          return {
            ...quote,
            language: said,
            speaker,
            context,
            translation: words ?? quote.translation,
          };
        }),
        accounts: event.accounts.map((account, i) => ({
          ...account,
          text: t.accounts?.[i] ?? account.text,
        })),
      };
    }),
  };
}
