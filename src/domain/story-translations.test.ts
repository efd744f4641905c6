import { formatProblem } from './story-problems.ts';
import { expect, test } from 'vitest';
import { storyFileFixture } from '../testing/event-fixtures.ts';
import type { StoryFile } from './event-schema.ts';
import { parseStoryData } from './parse-story.ts';
import { localizeStory } from './localize-story.ts';

function parse(file: StoryFile) {
  const result = parseStoryData(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.story;
}

function translated(): StoryFile {
  const file = storyFileFixture();
  file.translations = {
    uk: {
      title: 'Тестова історія',
      lanes: { ukraine: 'Україна' },
      sources: { paper: { description: 'Друковане повідомлення' } },
      events: {
        'second-call': {
          title: 'Друга розмова',
          summary: 'Вони знову говорять.',
          quotes: [{ text: 'Усе пройшло добре' }],
        },
      },
    },
  };
  return file;
}

test('replaces translated fields and keeps the rest in the original language', () => {
  const story = localizeStory(parse(translated()), 'uk');
  expect(story.language).toBe('uk');
  expect(story.title).toBe('Тестова історія');
  expect(story.lanes.map((lane) => lane.label)).toEqual(['United States', 'Україна']);
  expect(story.sources.find((s) => s.id === 'paper')?.description).toBe('Друковане повідомлення');
  const call = story.events.find((event) => event.id === 'second-call')!;
  expect(call.title).toBe('Друга розмова');
  expect(story.events.find((event) => event.id === 'conference')?.title).toBe('The conference');
});

test('keeps quotes in the words they were said in, with the translation marked beside them', () => {
  const story = localizeStory(parse(translated()), 'uk');
  const [quote] = story.events.find((event) => event.id === 'second-call')!.quotes;
  expect(quote).toMatchObject({
    text: 'It went well',
    language: 'en',
    translation: 'Усе пройшло добре',
    speaker: 'A. Speaker',
  });
});

test('shows the story as it is when there is no translation into the language', () => {
  const story = parse(translated());
  expect(localizeStory(story, 'de')).toBe(story);
  expect(localizeStory(story, 'en')).toBe(story);
});

test('reports translations of lanes, sources and events that do not exist', () => {
  const file = translated();
  file.translations!.uk!.lanes = { mars: 'Марс' };
  file.translations!.uk!.events = {
    'no-such-event': { title: 'Ніщо' },
    'second-call': { quotes: [{ text: 'раз' }, { text: 'два' }] },
  };
  const result = parseStoryData(file);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map(formatProblem)).toEqual([
    'translations.uk.lanes.mars: "mars" is not the id of any entry in lanes',
    'translations.uk.events.no-such-event: "no-such-event" is not the id of any event',
    'translations.uk.events.second-call.quotes: has 2 entries but the event has 1',
  ]);
});
