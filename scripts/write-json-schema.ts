// `npm run schema`: writes the format's JSON Schema, generated from the app's schema.
import { writeFileSync } from 'node:fs';
import { STORY_JSON_SCHEMA_PATH, storyJsonSchema } from '../src/domain/story-json-schema.ts';

const file = new URL(`../public/${STORY_JSON_SCHEMA_PATH}`, import.meta.url);
writeFileSync(file, `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
console.log(`wrote public/${STORY_JSON_SCHEMA_PATH}`);
