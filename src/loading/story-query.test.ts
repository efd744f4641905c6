import { expect, test } from 'vitest';
import { StoryFormatError, StoryLoadError } from './story-errors.ts';
import { storyQueryOptions } from './story-query.ts';

const url = 'https://example.org/story.json';
const { retry, retryDelay } = storyQueryOptions(url) as {
  retry: (failures: number, error: Error) => boolean;
  retryDelay: (failures: number, error: Error) => number;
};

test('tries again three times when the network or the server fails, waiting longer each time', () => {
  for (const error of [new StoryLoadError(url, 'network'), new StoryLoadError(url, 'http', 503)]) {
    expect([0, 1, 2, 3].map((failures) => retry(failures, error))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  }
  const network = new StoryLoadError(url, 'network');
  expect([0, 1, 2].map((failures) => retryDelay(failures, network))).toEqual([1000, 2000, 4000]);
});

test('never tries again when the server said no or the file is not a story', () => {
  for (const error of [
    new StoryLoadError(url, 'not-found', 404),
    new StoryLoadError(url, 'http', 403),
    new StoryLoadError(url, 'too-large'),
    new StoryFormatError(url, ['title: must not be empty']),
    new TypeError('a fault of ours'),
  ]) {
    expect(retry(0, error)).toBe(false);
  }
});
