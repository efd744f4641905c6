import type { StoryFile } from '../domain/event-schema.ts';

/** A small valid story file; tests change a copy of it to make the case they need. */
export function storyFileFixture(): StoryFile {
  return {
    version: 1,
    title: 'A test story',
    lanes: [
      { id: 'united-states', label: 'United States' },
      { id: 'ukraine', label: 'Ukraine' },
    ],
    sources: [
      {
        id: 'wire',
        publisher: 'Example Wire',
        title: 'A report',
        date: '2025-02-12',
        url: 'https://example.org/report',
      },
      { id: 'paper', publisher: 'Example Paper', description: 'A print report' },
    ],
    events: [
      {
        id: 'second-call',
        title: 'The second call',
        start: '2025-02-12',
        timeZone: 'America/New_York',
        place: 'Washington',
        lane: 'united-states',
        kind: 'call',
        summary: 'They speak again.',
        quotes: [{ text: 'It went well', speaker: 'A. Speaker', source: 'wire' }],
        sources: ['wire'],
      },
      {
        id: 'first-visit',
        title: 'The first visit',
        start: '2025-02-10',
        timeZone: 'Europe/Kyiv',
        place: 'Kyiv',
        lane: 'ukraine',
        kind: 'visit',
        summary: 'A minister visits.',
        accounts: [
          { text: 'A framework was agreed.', sources: ['paper'] },
          { text: 'Only a draft was handed over.', sources: ['wire'] },
        ],
        sources: ['wire', 'paper'],
      },
      {
        id: 'conference',
        title: 'The conference',
        start: '2025-02-14',
        end: '2025-02-16',
        timeZone: 'Europe/Berlin',
        place: 'Munich',
        kind: 'conference',
        summary: 'Three days of talks.',
        sources: ['paper'],
      },
    ],
  };
}
