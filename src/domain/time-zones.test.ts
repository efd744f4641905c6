import { expect, test } from 'vitest';
import { instantOfWallTime, isTimeZone, zoneOffsetMinutes } from './time-zones.ts';

const noon = { year: 2025, month: 2, day: 12, hour: 12, minute: 0, second: 0 };

test('knows each zone of the story in February', () => {
  const moment = Date.UTC(2025, 1, 12, 15);
  expect(zoneOffsetMinutes('America/New_York', moment)).toBe(-300);
  expect(zoneOffsetMinutes('Europe/Kyiv', moment)).toBe(120);
  expect(zoneOffsetMinutes('Europe/Berlin', moment)).toBe(60);
  expect(zoneOffsetMinutes('Europe/Moscow', moment)).toBe(180);
  expect(zoneOffsetMinutes('UTC', moment)).toBe(0);
});

test('finds the instant of a wall time in a zone', () => {
  expect(new Date(instantOfWallTime(noon, 'Europe/Kyiv')).toISOString()).toBe(
    '2025-02-12T10:00:00.000Z',
  );
  expect(new Date(instantOfWallTime(noon, 'Pacific/Auckland')).toISOString()).toBe(
    '2025-02-11T23:00:00.000Z',
  );
});

test('settles on the right offset across a daylight-saving change', () => {
  // New York moved to UTC−4 at 02:00 on 9 March 2025.
  const after = { year: 2025, month: 3, day: 9, hour: 12, minute: 0, second: 0 };
  expect(new Date(instantOfWallTime(after, 'America/New_York')).toISOString()).toBe(
    '2025-03-09T16:00:00.000Z',
  );
});

test('isTimeZone accepts IANA zones and nothing else', () => {
  expect(isTimeZone('Europe/Kyiv')).toBe(true);
  expect(isTimeZone('America/New_York')).toBe(true);
  expect(isTimeZone('UTC')).toBe(true);
  expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  expect(isTimeZone('EST')).toBe(false);
});
