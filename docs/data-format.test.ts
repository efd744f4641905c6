import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseStoryText } from '../src/domain/parse-story.ts';
import { formatProblem } from '../src/domain/story-problems.ts';
import { localizeStory } from '../src/domain/localize-story.ts';

const doc = readFileSync(new URL('./data-format.md', import.meta.url), 'utf8');

test('the complete example in the format documentation is a valid story', () => {
  const example = /## A complete example\s+```json\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const result = parseStoryText(example!);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.warnings).toEqual([]);
  const uk = localizeStory(result.story, 'uk');
  expect(uk.events[0]?.quotes[0]?.translation).toBe('нам потрібні реальні гарантії безпеки');
});
