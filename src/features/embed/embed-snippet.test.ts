import { expect, test } from 'vitest';
import { embedSnippet, embedUrl, shareUrl, type EmbedChoice } from './embed-snippet.ts';

const PAGE = 'https://news.example/timelines/?lang=uk&event=old&view=list#top';
const WHOLE: EmbedChoice = {
  event: null,
  lanes: null,
  theme: 'auto',
  height: 'auto',
  showTitle: true,
};

test('builds the embed address from the choices, keeping the language and the story', () => {
  expect(embedUrl(PAGE, WHOLE)).toBe('https://news.example/timelines/?lang=uk&embed=1');
  expect(
    embedUrl(PAGE, {
      event: 'munich',
      lanes: ['ukraine', 'europe'],
      theme: 'dark',
      height: 640,
      showTitle: false,
    }),
  ).toBe(
    'https://news.example/timelines/?lang=uk&embed=1&event=munich&lanes=ukraine%2Ceurope&theme=dark&height=640&title=0',
  );
});

test('a share link opens the full timeline at the event', () => {
  expect(shareUrl(PAGE, 'munich')).toBe('https://news.example/timelines/?lang=uk&event=munich');
});

test('the snippet is a titled, lazy, sandboxed iframe with the host script for auto height', () => {
  expect(embedSnippet(PAGE, WHOLE, 'Timeline: "Talks" & more')).toBe(
    '<iframe src="https://news.example/timelines/?lang=uk&amp;embed=1" title="Timeline: &quot;Talks&quot; &amp; more" data-newsline width="100%" height="600" loading="lazy" style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n' +
      '<script async src="https://news.example/timelines/embed.js"></script>',
  );
  expect(embedSnippet(PAGE, { ...WHOLE, height: 500 }, 'T')).not.toContain('<script');
});
