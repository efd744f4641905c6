import { z } from './zod.ts';
import type { Story } from './event-schema.ts';

/** A BCP 47 language tag such as `en`, `uk` or `pt-BR`. */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'is not a language tag such as "en" or "uk"');

function translatedText(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max).optional();
}

const eventTranslationSchema = z.object({
  title: translatedText(300),
  summary: translatedText(20_000),
  place: translatedText(200),
  dateNote: translatedText(500),
  /** The translated label of the event's uncertainty, e.g. "приблизно 15 лютого". */
  uncertainty: translatedText(200),
  notes: translatedText(20_000),
  /** By position, as in the event: each participant's name and role. */
  participants: z
    .array(z.object({ name: translatedText(200), role: translatedText(200) }))
    .optional(),
  /** By position: each quote's words and context in translation. The original words are
   * still shown, as they were said. */
  quotes: z
    .array(
      z.object({
        text: translatedText(5000),
        speaker: translatedText(200),
        context: translatedText(500),
      }),
    )
    .optional(),
  /** By position: each account in translation. */
  accounts: z.array(translatedText(5000)).optional(),
});

const sourceTranslationSchema = z.object({
  description: translatedText(1000),
  note: translatedText(1000),
});

export const storyTranslationSchema = z.object({
  title: translatedText(300),
  description: translatedText(2000),
  lanes: z.record(z.string(), z.string().trim().min(1).max(100)).optional(),
  sources: z.record(z.string(), sourceTranslationSchema).optional(),
  events: z.record(z.string(), eventTranslationSchema).optional(),
});

export type StoryTranslation = z.output<typeof storyTranslationSchema>;

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
