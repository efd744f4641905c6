import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseStoryData, parseStoryText } from '../src/domain/parse-story.ts';
import { oembedJson, staticStoryHtml } from './static-story.ts';

const parsed = parseStoryText(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('data/story.json is invalid');
const story = parsed.story;

test('the plain version holds every event with its date and its sources', () => {
  // ICU puts thin spaces around the dash of a range.
  const html = staticStoryHtml(story).replace(/\u2009/g, ' ');
  for (const event of story.events) {
    expect(html).toContain(`<time datetime="${event.start.text}">`);
  }
  expect(html).toContain('<time datetime="2025-02-14">February 14 – 16, 2025</time> · Munich');
  expect(html).toContain('<time datetime="2025-02-15">around 15 February</time> · Munich');
  expect(html).toContain('<a href="https://kyivindependent.com/');
});

test('the plain version escapes every text and links only to http(s)', () => {
  const result = parseStoryData({
    version: 1,
    title: '<script>alert(1)</script>',
    sources: [{ id: 's', publisher: 'P', title: 'T', url: 'javascript:alert(1)' }],
    events: [
      {
        id: 'a',
        title: '<img src=x onerror=alert(1)>',
        start: '2025',
        kind: 'call',
        sources: ['s'],
      },
    ],
  });
  if (!result.ok) throw new Error('rejected');
  const html = staticStoryHtml(result.story);
  expect(html).not.toMatch(/<script|<img|href="javascript/);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('<li>P: T</li>');
});

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
