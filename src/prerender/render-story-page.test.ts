import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { parseStoryData, parseStoryText } from '../domain/parse-story.ts';
import { renderStoryPage } from './render-story-page.tsx';

const parsed = parseStoryText(
  readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('data/story.json is invalid');
const story = parsed.story;

function page(html: string) {
  return new JSDOM(`<div id="root">${html}</div>`).window.document;
}

test('the page as first sent holds the title and every event with its date and sources', () => {
  const document = page(renderStoryPage(story));
  expect(document.querySelector('h1')?.textContent).toBe(story.title);
  const titles = [...document.querySelectorAll('.timeline-preview h2')].map((h) => h.textContent);
  expect(titles).toEqual(story.events.map((event) => event.title));
  const times = [...document.querySelectorAll('.timeline-preview time')];
  expect(times.map((time) => time.getAttribute('datetime'))).toEqual(
    story.events.map((event) => event.start.text),
  );
  // ICU puts thin spaces around the dash of a range.
  expect(document.body.textContent?.replace(/\u2009/g, ' ')).toContain(
    'February 14 – 16, 2025 · Munich · Conference',
  );
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.timeline-preview-sources a')];
  expect(links.some((link) => link.href.startsWith('https://kyivindependent.com/'))).toBe(true);
});

test('each title links to its event, and the page links are relative to wherever it is served', () => {
  const document = page(renderStoryPage(story));
  const first = document.querySelector('.timeline-preview h2 a');
  expect(first?.getAttribute('href')).toBe(`?event=${story.events[0]!.id}`);
  const languages = [...document.querySelectorAll('.language-links a')];
  expect(languages.map((link) => link.getAttribute('href'))).toEqual(['./?lang=en', './?lang=uk']);
  expect(document.body.innerHTML).not.toContain('newsline.prerender');
});

test('the page as first sent offers no control that does nothing before the scripts arrive', () => {
  const document = page(renderStoryPage(story));
  const controls = [...document.querySelectorAll<HTMLButtonElement>('button, select')];
  const names = controls.map((control) =>
    control.tagName === 'SELECT' ? 'a menu' : control.textContent?.trim(),
  );
  expect(names).toEqual(
    expect.arrayContaining(['Present', 'List', '+ Zoom in', 'Show the whole story', 'a menu']),
  );
  expect(controls.filter((control) => !control.disabled)).toEqual([]);
  const links = [...document.querySelectorAll('a')];
  expect(links.length).toBeGreaterThan(story.events.length);
  expect(links.filter((link) => link.closest(':disabled'))).toEqual([]);
});

test('the page as first sent has the timeline drawn, each event a link to its text', () => {
  const document = page(renderStoryPage(story));
  const sketch = document.querySelector(`nav[aria-label="Timeline: ${story.title}"]`)!;
  const links = [...sketch.querySelectorAll('.sketch-item a')];
  expect(links.map((link) => link.textContent?.replace(/^≈ /, '')).sort()).toEqual(
    story.events.map((event) => event.title).sort(),
  );
  for (const link of links) {
    const target = document.getElementById(link.getAttribute('href')!.slice(1));
    expect(target?.querySelector('h2')?.textContent).toBe(
      story.events.find((event) => link.textContent?.endsWith(event.title))?.title,
    );
  }
  // Each event in its lane, placed by its date in the window the toolbar names.
  const lanes = [...sketch.querySelectorAll('.sketch-lane-label')].map((lane) => lane.textContent);
  expect(lanes).toEqual(expect.arrayContaining(['United States', 'Ukraine', 'Russia', 'Europe']));
  const left = (title: string) =>
    parseFloat(
      links
        .find((link) => link.textContent === title)!
        .closest('.sketch-item')!
        .getAttribute('x')!,
    );
  expect(left('Trump calls Zelenskyy')).toBeGreaterThan(
    left("Trump says he wants Ukraine's rare earths in exchange for aid"),
  );
});

test('the page as first sent has no timeline widget yet: it is drawn by the script', () => {
  const document = page(renderStoryPage(story));
  expect(document.querySelector('[role="listbox"]')).toBeNull();
  expect(document.querySelector('[data-prerendered] .page')).not.toBeNull();
  expect(document.querySelector('.timeline-range')?.textContent).toMatch(/^Showing Feb \d+/);
});

test('story text is escaped and only safe links are kept', () => {
  const result = parseStoryData({
    version: 1,
    title: '<script>alert(1)</script>',
    sources: [{ id: 's', publisher: 'P', title: 'T', url: 'javascript:alert(1)' }],
    events: [
      {
        id: 'a',
        title: '<img src=x onerror=alert(1)>',
        start: '2025',
        kind: 'call',
        sources: ['s'],
      },
    ],
  });
  if (!result.ok) throw new Error('rejected');
  const html = renderStoryPage(result.story);
  expect(html).not.toMatch(/<script|<img|href="javascript/);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  const document = page(html);
  expect(document.querySelector('.timeline-preview h2 a')?.getAttribute('href')).toBe('?event=a');
});
