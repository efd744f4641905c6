import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';
import { storyFileFixture } from '../testing/event-fixtures.ts';
import { ReaderPage } from './reader-page.tsx';

beforeEach(() => {
  vi.stubGlobal('fetch', async () => Response.json(storyFileFixture()));
  window.history.replaceState(null, '', '/?present=1');
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function slide() {
  return screen.getByRole('group', { name: /^(Title slide|\d+ of \d+)$/ });
}

test('presents the title, then one event a slide in time order', async () => {
  const user = userEvent.setup();
  renderApp(<ReaderPage storyUrl="/data/story.json" />);
  expect(await screen.findByRole('group', { name: 'Title slide' })).toBeVisible();
  expect(within(slide()).getByRole('heading', { level: 1 })).toHaveTextContent('A test story');
  expect(within(slide()).getByText('3 events')).toBeVisible();

  await user.keyboard('{PageDown}');
  expect(slide()).toHaveAccessibleName('1 of 3');
  expect(within(slide()).getByRole('heading', { name: 'The first visit' })).toBeVisible();
  expect(window.location.search).toContain('event=first-visit');

  await user.keyboard('{ArrowRight}');
  expect(within(slide()).getByRole('heading', { name: 'The second call' })).toBeVisible();
  expect(within(slide()).getByText('“It went well”')).toBeVisible();
  expect(within(slide()).getByRole('link', { name: /A report/ })).toHaveAttribute(
    'href',
    'https://example.org/report',
  );
  expect(screen.getByText('2 / 3')).toBeVisible();

  await user.keyboard('{End}');
  expect(within(slide()).getByRole('heading', { name: 'The conference' })).toBeVisible();
  await user.keyboard('{Home}');
  expect(slide()).toHaveAccessibleName('Title slide');
});

test('blanks the screen, shows the keys, and leaves with Esc on the event it was on', async () => {
  const user = userEvent.setup();
  renderApp(<ReaderPage storyUrl="/data/story.json" />);
  await screen.findByRole('group', { name: 'Title slide' });
  await user.keyboard('2{Enter}');
  expect(slide()).toHaveAccessibleName('2 of 3');

  await user.keyboard('b');
  expect(screen.getByText('The screen is blank. Press any key to go on.')).toBeInTheDocument();
  await user.keyboard('{PageDown}');
  expect(screen.queryByText('The screen is blank. Press any key to go on.')).toBeNull();
  expect(slide()).toHaveAccessibleName('2 of 3');

  await user.keyboard('?');
  const keys = screen.getByRole('dialog', { name: 'Keys while presenting' });
  expect(within(keys).getByText('black screen (any key goes on)')).toBeVisible();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();

  await user.keyboard('{Escape}');
  expect(await screen.findByRole('region', { name: 'The second call' })).toBeVisible();
  expect(window.location.search).not.toContain('present');
});

test('starts from the reader’s Present button', async () => {
  window.history.replaceState(null, '', '/');
  const user = userEvent.setup();
  renderApp(<ReaderPage storyUrl="/data/story.json" />);
  await user.click(await screen.findByRole('button', { name: 'Present' }));
  expect(screen.getByRole('group', { name: 'Title slide' })).toBeVisible();
  expect(screen.getByRole('toolbar', { name: 'Presentation controls' })).toBeVisible();
});
