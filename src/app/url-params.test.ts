import { expect, test } from 'vitest';
import { readParam, withParam } from './url-params.ts';

test('reads the event from ?event= and from TimelineJS-style #event- links', () => {
  expect(readParam({ search: '?event=munich', hash: '' }, 'event')).toBe('munich');
  expect(readParam({ search: '', hash: '#event-bessent-kyiv' }, 'event')).toBe('bessent-kyiv');
  expect(readParam({ search: '?lang=uk', hash: '#top' }, 'event')).toBeNull();
});

test('reads other options from the query alone', () => {
  expect(readParam({ search: '?view=list', hash: '' }, 'view')).toBe('list');
  expect(readParam({ search: '', hash: '#view-list' }, 'view')).toBeNull();
});

test('writes an option into the address and keeps the others', () => {
  expect(withParam('https://x.org/t/?lang=uk', 'event', 'munich')).toBe(
    'https://x.org/t/?lang=uk&event=munich',
  );
  expect(withParam('https://x.org/t/?event=munich&lang=uk', 'event', null)).toBe(
    'https://x.org/t/?lang=uk',
  );
  expect(withParam('https://x.org/t/#event-old', 'event', 'new')).toBe(
    'https://x.org/t/?event=new',
  );
  expect(withParam('https://x.org/t/#about', 'view', 'list')).toBe(
    'https://x.org/t/?view=list#about',
  );
});
