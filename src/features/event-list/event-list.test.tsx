import { formatProblem } from '../../domain/story-problems.ts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { parseStoryData } from '../../domain/parse-story.ts';
import { storyFileFixture } from '../../testing/event-fixtures.ts';
import { EventList } from './event-list.tsx';

function renderList() {
  const result = parseStoryData(storyFileFixture());
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const onSelect = vi.fn();
  render(<EventList story={result.story} selectedId={null} onSelect={onSelect} />);
  return { story: result.story, onSelect, list: screen.getByRole('list', { name: /^Events: / }) };
}

test('lists every event in time order, each with a button for its details', async () => {
  const { story, onSelect, list } = renderList();
  const titles = within(list)
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
  expect(titles).toEqual(story.events.map((event) => event.title));
  await userEvent.click(within(list).getByRole('button', { name: 'Details: The first visit' }));
  expect(onSelect).toHaveBeenCalledWith('first-visit');
});

test('finding events keeps those that hold every word, and says how many', async () => {
  const { story, list } = renderList();
  await userEvent.type(screen.getByRole('searchbox', { name: 'Find events' }), 'KYIV');
  expect(await screen.findByRole('status')).toHaveTextContent(
    `1 of ${story.events.length} events match`,
  );
  expect(
    within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent),
  ).toEqual(['The first visit']);
});

test('a search that finds nothing says so, with the words searched for', async () => {
  const { list } = renderList();
  await userEvent.type(screen.getByRole('searchbox', { name: 'Find events' }), 'no such thing');
  expect(await screen.findByRole('status')).toHaveTextContent('No event matches “no such thing”');
  expect(within(list).queryAllByRole('listitem')).toEqual([]);
});
