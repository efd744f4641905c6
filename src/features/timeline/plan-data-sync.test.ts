import { expect, test } from 'vitest';
import { planDataSync } from './plan-data-sync.ts';

const day = (d: number) => new Date(2025, 1, d);

test('removes what is gone, adds what is new, and updates only what changed', () => {
  const current = [
    { id: 'a', start: day(1), label: 'A' },
    { id: 'b', start: day(2), label: 'B' },
    { id: 'c', start: day(3), label: 'C' },
  ];
  const next = [
    { id: 'a', start: day(1), label: 'A' },
    { id: 'b', start: day(2), label: 'B, renamed' },
    { id: 'd', start: day(4), label: 'D' },
  ];
  expect(planDataSync(current, next)).toEqual({
    remove: ['c'],
    update: [next[1], next[2]],
  });
});

test('treats equal dates as unchanged even when they are other Date objects', () => {
  const plan = planDataSync([{ id: 'a', start: day(1) }], [{ id: 'a', start: day(1) }]);
  expect(plan).toEqual({ remove: [], update: [] });
});
