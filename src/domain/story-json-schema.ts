import { z } from './zod.ts';
import { storySchema } from './event-schema.ts';

/** Where the JSON Schema of the format is published, under the app's own address. */
export const STORY_JSON_SCHEMA_PATH = 'schema/story.v1.json';

/**
 * The story format as a JSON Schema, generated from the app's own schema so the two never
 * disagree. Rules no JSON Schema can say (references between ids, real calendar dates, the
 * order of start and end) are checked by the app and by `npm run validate`.
 */
export function storyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' });
  const properties = generated.properties as Record<string, unknown>;
  const required = (generated.required as string[] | undefined) ?? [];
  return {
    ...generated,
    title: 'Newsline story, version 1',
    description:
      'A story for Newsline: events with their sources, date precision, uncertainty and time zones. See docs/data-format.md.',
    // The app reads `version` itself, to say which versions it knows; here it is plainly 1.
    properties: { ...properties, version: { const: 1, description: 'The format version: 1.' } },
    required: ['version', ...required.filter((name) => name !== 'version')],
  };
}
