import { z } from './zod.ts';

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
