import { formatProblem } from '../../domain/story-problems.ts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { parseStoryData } from '../../domain/parse-story.ts';
import { storyFileFixture } from '../../testing/event-fixtures.ts';
import { EventPanel } from './event-panel.tsx';

function renderPanel(eventId: string, edit?: (file: ReturnType<typeof storyFileFixture>) => void) {
  const file = storyFileFixture();
  edit?.(file);
  const result = parseStoryData(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const event = result.story.events.find((candidate) => candidate.id === eventId)!;
  const onSelect = vi.fn();
  render(<EventPanel story={result.story} event={event} onSelect={onSelect} />);
  return { onSelect, panel: screen.getByRole('region', { name: event.title }) };
}

test('shows the event with its date, place, time zone and summary', () => {
  const { panel } = renderPanel('second-call');
  expect(within(panel).getByRole('heading', { level: 2, name: 'The second call' })).toBeVisible();
  expect(within(panel).getByText('Wednesday, February 12, 2025')).toHaveAttribute(
    'datetime',
    '2025-02-12',
  );
  expect(within(panel).getByText('Time of day not known')).toBeVisible();
  expect(within(panel).getByText('Washington')).toBeVisible();
  expect(within(panel).getByText('Local time zone: America/New_York')).toBeVisible();
  expect(within(panel).getByText('They speak again.')).toBeVisible();
});

test('shows quotes with their speakers and the publisher they come from', () => {
  const { panel } = renderPanel('second-call');
  const quotes = within(panel).getByRole('region', { name: 'Quotes' });
  expect(within(quotes).getByText('“It went well”')).toBeVisible();
  expect(within(quotes).getByText(/A\. Speaker/)).toBeVisible();
  expect(within(quotes).getByText('Example Wire')).toBeVisible();
});

test('lists sources as links that open safely in a new tab', () => {
  const { panel } = renderPanel('first-visit');
  const sources = within(panel).getByRole('region', { name: 'Sources' });
  const link = within(sources).getByRole('link', { name: 'A report (opens in a new tab)' });
  expect(link).toHaveAttribute('href', 'https://example.org/report');
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(within(sources).getByText('A print report')).toBeVisible();
  expect(within(sources).getByText(/No link available/)).toBeVisible();
});

test('never makes a link of an address that could run script', () => {
  const { panel } = renderPanel('second-call', (file) => {
    file.sources![0]!.url = 'javascript:alert(1)';
  });
  const sources = within(panel).getByRole('region', { name: 'Sources' });
  expect(within(sources).queryByRole('link')).toBeNull();
  expect(within(sources).getByText('A report')).toBeVisible();
});

test('shows each account with its source where the sources disagree', () => {
  const { panel } = renderPanel('first-visit');
  const accounts = within(panel).getByRole('region', { name: 'Accounts differ' });
  const items = within(accounts).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(items[0]).toHaveTextContent('A framework was agreed.');
  expect(items[0]).toHaveTextContent('According to Example Paper');
  expect(items[1]).toHaveTextContent('Only a draft was handed over.');
  expect(within(items[1]!).getByRole('link', { name: /A report/ })).toBeVisible();
});

test('walks the story in time order with previous and next', async () => {
  const user = userEvent.setup();
  const { panel, onSelect } = renderPanel('second-call');
  expect(within(panel).getByText('Event 2 of 3')).toBeVisible();
  await user.click(within(panel).getByRole('button', { name: 'Previous event' }));
  expect(onSelect).toHaveBeenLastCalledWith('first-visit');
  await user.click(within(panel).getByRole('button', { name: 'Next event' }));
  expect(onSelect).toHaveBeenLastCalledWith('conference');
  await user.click(within(panel).getByRole('button', { name: 'Close' }));
  expect(onSelect).toHaveBeenLastCalledWith(null);
});

test('keeps the previous button focusable but inert on the first event', async () => {
  const user = userEvent.setup();
  const { panel, onSelect } = renderPanel('first-visit');
  const previous = within(panel).getByRole('button', { name: 'Previous event' });
  expect(previous).toHaveAttribute('aria-disabled', 'true');
  await user.click(previous);
  expect(onSelect).not.toHaveBeenCalled();
});

test('shows a span of days and an approximate date as such', () => {
  renderPanel('conference');
  expect(screen.getByText(/February 14\s–\s16, 2025/)).toBeVisible();
  const { panel } = renderPanel('first-visit', (file) => {
    file.events[1]!.uncertainty = { label: 'earlier in the week' };
  });
  expect(within(panel).getByText('Approximate: earlier in the week')).toBeVisible();
});

test('shows a known clock time at the place and in the reader’s own time zone', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  try {
    const { panel } = renderPanel('second-call', (file) => {
      file.events[0]!.start = '2025-02-12T10:00-05:00';
    });
    const plain = (text: string | null) => text?.replace(/[\u2009\u202f]/g, ' ');
    expect(plain(within(panel).getByText(/February 12, 2025 at 10:00 AM EST/).textContent)).toBe(
      'February 12, 2025 at 10:00 AM EST',
    );
    expect(plain(within(panel).getByText(/in your time zone \(Asia\/Tokyo\)/).textContent)).toBe(
      'February 13, 2025 at 12:00 AM GMT+9 in your time zone (Asia/Tokyo)',
    );
    expect(within(panel).queryByText('Time of day not known')).toBeNull();
  } finally {
    process.env.TZ = zone;
  }
});
