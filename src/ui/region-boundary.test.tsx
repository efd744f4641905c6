import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { RegionBoundary } from './region-boundary.tsx';

let broken = true;

function Timeline() {
  if (broken) throw new Error('the timeline library failed');
  return <p>Timeline drawn</p>;
}

function Page({ resetKey = 1, onList = () => {} }: { resetKey?: number; onList?: () => void }) {
  return (
    <>
      <h1>The story</h1>
      <RegionBoundary
        name="The timeline"
        resetKey={resetKey}
        fallback={{ label: 'Show the list instead', onClick: onList }}
      >
        <Timeline />
      </RegionBoundary>
      <aside aria-label="Event">The panel still works</aside>
    </>
  );
}

beforeEach(() => {
  broken = true;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

test('a broken region says so while the rest of the page stays', () => {
  render(<Page />);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The rest of the page still works');
  expect(screen.getByRole('heading', { name: 'The timeline could not be shown' })).toBeVisible();
  expect(screen.getByRole('heading', { level: 1, name: 'The story' })).toBeVisible();
  expect(screen.getByRole('complementary', { name: 'Event' })).toHaveTextContent('still works');
});

test('Try again builds the region anew', async () => {
  render(<Page />);
  broken = false;
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(screen.getByText('Timeline drawn')).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('offers the other way to the same content', async () => {
  const onList = vi.fn();
  render(<Page onList={onList} />);
  await userEvent.click(screen.getByRole('button', { name: 'Show the list instead' }));
  expect(onList).toHaveBeenCalledOnce();
});

test('recovers by itself when what it shows changes', () => {
  const { rerender } = render(<Page resetKey={1} />);
  expect(screen.getByRole('alert')).toBeVisible();
  broken = false;
  rerender(<Page resetKey={2} />);
  expect(screen.getByText('Timeline drawn')).toBeVisible();
});
