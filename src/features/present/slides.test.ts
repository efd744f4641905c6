import { expect, test } from 'vitest';
import { parseStoryData } from '../../domain/parse-story.ts';
import { storyFileFixture } from '../../testing/event-fixtures.ts';
import { buildSlides, keyQuote, slideIndexOf, stripPositions } from './slides.ts';

function story() {
  const result = parseStoryData(storyFileFixture());
  if (!result.ok) throw new Error('the fixture is invalid');
  return result.story;
}

test('a title slide, then one slide an event in time order, numbered from 1', () => {
  const slides = buildSlides(story());
  expect(slides[0]).toEqual({ kind: 'title' });
  expect(
    slides.slice(1).map((slide) => (slide.kind === 'event' ? [slide.number, slide.event.id] : [])),
  ).toEqual([
    [1, 'first-visit'],
    [2, 'second-call'],
    [3, 'conference'],
  ]);
});

test('finds the slide of an event, and falls back to the title slide', () => {
  const slides = buildSlides(story());
  expect(slideIndexOf(slides, 'conference')).toBe(3);
  expect(slideIndexOf(slides, 'no-such-event')).toBe(0);
  expect(slideIndexOf(slides, null)).toBe(0);
});

test('the key quote is the first the story gives', () => {
  const [, second] = story().events;
  expect(keyQuote(second!)?.text).toBe('It went well');
  expect(keyQuote(story().events[0]!)).toBeUndefined();
});

test('places events along the strip by their time', () => {
  expect(stripPositions(story().events)).toEqual([0, 0.5, 1]);
  expect(stripPositions(story().events.slice(0, 1))).toEqual([0.5]);
});
