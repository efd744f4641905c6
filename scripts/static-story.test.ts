import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseStoryText } from '../src/domain/parse-story.ts';
import { oembedJson } from './static-story.ts';

const parsed = parseStoryText(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('data/story.json is invalid');
const story = parsed.story;

test('the oEmbed answer is a rich embed with the iframe, width and height', () => {
  const answer = oembedJson(story, 'https://news.example/timelines/');
  expect(answer).toMatchObject({
    version: '1.0',
    type: 'rich',
    width: 600,
    height: 600,
    title: story.title,
  });
  expect(answer.html).toContain('<iframe src="https://news.example/timelines/?embed=1"');
  expect(answer.html).toContain(
    '<script async src="https://news.example/timelines/embed.js"></script>',
  );
});
