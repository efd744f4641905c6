import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { STORY_JSON_SCHEMA_PATH, storyJsonSchema } from './story-json-schema.ts';

const published = JSON.parse(
  readFileSync(new URL(`../../public/${STORY_JSON_SCHEMA_PATH}`, import.meta.url), 'utf8'),
);

test('the published JSON Schema is the one the app generates (run `npm run schema`)', () => {
  expect(published).toEqual(JSON.parse(JSON.stringify(storyJsonSchema())));
});

test('the default story is valid against the published JSON Schema, and a broken one is not', () => {
  const validate = new Ajv2020({ strict: false }).compile(published);
  const story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
  expect(validate(story), JSON.stringify(validate.errors)).toBe(true);
  expect(validate({ ...story, version: 2 })).toBe(false);
  expect(validate({ ...story, events: [{ ...story.events[0], start: '12 Feb 2025' }] })).toBe(
    false,
  );
});
