import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { AppErrorBoundary } from './app-error-boundary.tsx';

function Broken(): never {
  throw new Error('drawing failed');
}

test('shows a message and a way out instead of a blank page when drawing fails', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <AppErrorBoundary>
      <Broken />
    </AppErrorBoundary>,
  );
  expect(screen.getByRole('heading', { level: 1, name: 'Newsline stopped working' })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  vi.restoreAllMocks();
});
