import { describe, expect, test } from 'vitest';
import { date } from '../testing/date-fixtures.ts';
import { daysInMonth, instantMs, momentAfter, parseDateValue, wallTimeAsUtcMs } from './dates.ts';

function problem(text: string): string {
  const result = parseDateValue(text);
  if (result.ok) throw new Error(`${text} parsed`);
  return result.message;
}

describe('parseDateValue', () => {
  test('takes the precision from the form the date is written in', () => {
    expect(date('2025').precision).toBe('year');
    expect(date('2025-02').precision).toBe('month');
    expect(date('2025-02-12').precision).toBe('day');
    expect(date('2025-02-12T10:00-05:00').precision).toBe('time');
  });

  test('keeps a month a month: no invented first day', () => {
    expect(date('2025-02')).toMatchObject({ year: 2025, month: 2, day: 1, text: '2025-02' });
  });

  test('rejects days that do not exist, saying why', () => {
    expect(problem('2025-02-30')).toBe('2025-02-30 is not a date: February 2025 has 28 days');
    expect(problem('2025-13-01')).toBe('2025-13-01 is not a date: there is no month 13');
    expect(parseDateValue('2024-02-29').ok).toBe(true);
  });

  test('asks for an offset when a clock time is given', () => {
    expect(problem('2025-02-12T10:00')).toContain('has no UTC offset');
  });

  test('rejects text that is no date at all', () => {
    expect(problem('12 Feb 2025')).toContain('is not a date');
    expect(problem('2025-2-12')).toContain('is not a date');
  });

  test('reads instants with their offset', () => {
    expect(new Date(instantMs(date('2025-02-12T10:00-05:00'))).toISOString()).toBe(
      '2025-02-12T15:00:00.000Z',
    );
    expect(new Date(instantMs(date('2025-02-12T17:00+02:00'))).toISOString()).toBe(
      '2025-02-12T15:00:00.000Z',
    );
  });
});

describe('momentAfter', () => {
  test('ends a date at the start of the next day, month or year', () => {
    expect(momentAfter(date('2025-02-28'))).toMatchObject({ year: 2025, month: 3, day: 1 });
    expect(momentAfter(date('2025-12-31'))).toMatchObject({ year: 2026, month: 1, day: 1 });
    expect(momentAfter(date('2025-12'))).toMatchObject({ year: 2026, month: 1, day: 1 });
    expect(momentAfter(date('2025'))).toMatchObject({ year: 2026, month: 1, day: 1 });
  });
});

test('wallTimeAsUtcMs counts as the calendar does, from year 1 to 9999', () => {
  const byDate = (year: number, month: number, day: number, hour: number, minute: number) => {
    if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute);
    // Date.UTC would read the year as 19xx; none of these carries past its month.
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
    date.setUTCFullYear(year);
    return date.getTime();
  };
  const samples: [number, number, number, number, number][] = [
    [1970, 1, 1, 0, 0],
    [2024, 2, 29, 23, 59],
    [2025, 3, 1, 0, 0],
    [1900, 2, 28, 12, 0],
    [2000, 2, 29, 0, 0],
    [1, 1, 1, 0, 0],
    [50, 6, 15, 8, 30],
    [9999, 12, 31, 23, 59],
    // Carried over: day 32, month 13, hour 24.
    [2025, 1, 32, 0, 0],
    [2025, 13, 1, 0, 0],
    [2025, 12, 31, 24, 0],
  ];
  for (let year = 1; year <= 9999; year += 97) {
    samples.push([year, (year % 12) + 1, (year % 28) + 1, year % 24, year % 60]);
  }
  for (const [year, month, day, hour, minute] of samples) {
    expect(
      wallTimeAsUtcMs({ year, month, day, hour, minute, second: 0 }),
      `${year}-${month}-${day}`,
    ).toBe(byDate(year, month, day, hour, minute));
  }
});

test('daysInMonth knows leap years', () => {
  expect(daysInMonth(2024, 2)).toBe(29);
  expect(daysInMonth(1900, 2)).toBe(28);
  expect(daysInMonth(2000, 2)).toBe(29);
  expect(daysInMonth(2025, 4)).toBe(30);
});
