import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatCount } from './intl-cache.ts';

describe('Intl formatters built once', () => {
  it('writes counts as each language does', () => {
    expect(formatCount(3178, 'en')).toBe('3,178');
    expect(formatCount(3178, 'uk')).toBe('3\u00a0178');
  });

  it('gives back the formatter it built for the same locale and options', () => {
    const first = dateTimeFormat('en', { timeZone: 'UTC', year: 'numeric' });
    expect(dateTimeFormat('en', { timeZone: 'UTC', year: 'numeric' })).toBe(first);
    expect(dateTimeFormat('uk', { timeZone: 'UTC', year: 'numeric' })).not.toBe(first);
    expect(dateTimeFormat('en', { timeZone: 'Europe/Kyiv', year: 'numeric' })).not.toBe(first);
    expect(first.format(Date.UTC(2025, 1, 12))).toBe('2025');
  });
});
