import { describe, expect, test } from 'vitest';
import { date } from '../testing/date-fixtures.ts';
import { compareDateValues, dateOrder } from './date-order.ts';
import { instantMs, type DateValue } from './dates.ts';

describe('compareDateValues', () => {
  test('orders by start, coarser dates first on the same start', () => {
    const sorted = ['2025-02-14', '2025-02', '2025-02-12', '2025-02-01'].map(date);
    sorted.sort(compareDateValues);
    expect(sorted.map((value) => value.text)).toEqual([
      '2025-02',
      '2025-02-01',
      '2025-02-12',
      '2025-02-14',
    ]);
  });
});

describe('dateOrder', () => {
  const texts = (values: DateValue[], order: number[]) => order.map((i) => values[i]!.text);

  test('sorts as compareDateValues does, equal dates in their given order', () => {
    const values = [
      '2025-02-14',
      '2025-02-12T10:00-05:00',
      '2025-02',
      '2025-02-12T15:00Z',
      '2025-02-12',
      '2025-02-12T09:00-06:00',
    ].map(date);
    expect(texts(values, dateOrder(values))).toEqual([
      '2025-02',
      '2025-02-12',
      '2025-02-12T10:00-05:00',
      '2025-02-12T15:00Z',
      '2025-02-12T09:00-06:00',
      '2025-02-14',
    ]);
  });

  test('keeps years before 100 apart from the 1900s', () => {
    const values = ['1950', '0050', '0950'].map(date);
    expect(texts(values, dateOrder(values))).toEqual(['0050', '0950', '1950']);
    expect(instantMs(date('0050-03-01T00:00Z'))).toBeLessThan(instantMs(date('1950-03-01T00:00Z')));
  });
});
