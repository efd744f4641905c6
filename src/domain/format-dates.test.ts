import { expect, test } from 'vitest';
import { date } from '../testing/date-fixtures.ts';
import { formatDateRange, formatDateValue } from './format-dates.ts';

// ICU puts thin and narrow no-break spaces around dashes and before AM/PM.
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

test('shows a date as precisely as it is known, and no more', () => {
  expect(formatDateValue(date('2025'), 'en')).toBe('2025');
  expect(formatDateValue(date('2025-02'), 'en')).toBe('February 2025');
  expect(formatDateValue(date('2025-02-12'), 'en')).toBe('Wednesday, February 12, 2025');
  expect(formatDateValue(date('2025-02-12'), 'en', 'short')).toBe('Feb 12, 2025');
});

test('a calendar date is the same day whatever zone is asked for', () => {
  for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
    expect(formatDateValue(date('2025-02-12'), 'en', 'long', zone)).toBe(
      'Wednesday, February 12, 2025',
    );
  }
});

test('a clock time is shown in the zone of the place', () => {
  const call = date('2025-02-12T10:00-05:00');
  expect(plain(formatDateValue(call, 'en', 'long', 'America/New_York'))).toBe(
    'February 12, 2025 at 10:00 AM EST',
  );
  expect(plain(formatDateValue(call, 'en', 'long', 'Europe/Kyiv'))).toBe(
    'February 12, 2025 at 5:00 PM GMT+2',
  );
});

test('a span of days is written once, with its last day included', () => {
  expect(plain(formatDateRange(date('2025-02-14'), date('2025-02-16'), 'en'))).toBe(
    'February 14 – 16, 2025',
  );
  expect(plain(formatDateRange(date('2025-01'), date('2025-03'), 'en'))).toBe(
    'January – March 2025',
  );
});

test('dates are written in the language asked for', () => {
  expect(formatDateValue(date('2025-02-12'), 'uk')).toBe('середа, 12 лютого 2025 р.');
});
