import { expect, test } from 'vitest';
import { readEventParam, withEventParam } from './event-param.ts';

test('reads the event from ?event= and from TimelineJS-style #event- links', () => {
  expect(readEventParam({ search: '?event=munich', hash: '' })).toBe('munich');
  expect(readEventParam({ search: '', hash: '#event-bessent-kyiv' })).toBe('bessent-kyiv');
  expect(readEventParam({ search: '?lang=uk', hash: '#top' })).toBeNull();
});

test('writes the event into the address and keeps the other options', () => {
  expect(withEventParam('https://x.org/t/?lang=uk', 'munich')).toBe(
    'https://x.org/t/?lang=uk&event=munich',
  );
  expect(withEventParam('https://x.org/t/?event=munich&lang=uk', null)).toBe(
    'https://x.org/t/?lang=uk',
  );
  expect(withEventParam('https://x.org/t/#event-old', 'new')).toBe('https://x.org/t/?event=new');
});
