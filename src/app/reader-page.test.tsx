import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';
import { storyFileFixture } from '../testing/event-fixtures.ts';
import { ReaderPage } from './reader-page.tsx';

const URL = '/data/story.json';

// StrictMode mounts twice and the query may fetch again, so every call gets a fresh answer.
function respondWith(response: () => Response) {
  const fetchMock = vi.fn<typeof fetch>(async () => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

test('says that the story is loading while it loads', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise<Response>(() => {})),
  );
  renderApp(<ReaderPage storyUrl={URL} />);
  expect(await screen.findByRole('status')).toHaveTextContent('Loading the story…');
});

test('while a large story file arrives, says how much of it has', async () => {
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  // Three megabytes of the file, then nothing more for now.
  respondWith(() => {
    let sent = 0;
    return new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 3) controller.enqueue(megabyte);
          else return new Promise(() => {});
        },
      }),
    );
  });
  renderApp(<ReaderPage storyUrl="/data/large.json" />);
  await screen.findByText('3 MB received');
  expect(screen.getByText('3 MB received')).toBeVisible();
  expect(screen.getByRole('status')).toHaveTextContent('Loading the story…');
});

test('after a broken download, counts the next try from nothing', async () => {
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  // Until the connection breaks, each try sends three megabytes and breaks off; a try
  // after that sends nothing yet.
  let broken = false;
  let triesAfterBreak = 0;
  respondWith(() => {
    const breaksOff = !broken;
    if (broken) triesAfterBreak++;
    let sent = 0;
    return new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!breaksOff) return new Promise(() => {});
          if (sent++ < 3) return controller.enqueue(megabyte);
          broken = true;
          controller.error(new TypeError('network error'));
        },
      }),
    );
  });
  vi.useFakeTimers({ shouldAdvanceTime: true });
  renderApp(<ReaderPage storyUrl="/data/broken-off.json" />);
  await screen.findByText('3 MB received');
  // The first retry waits 2 s.
  await vi.advanceTimersByTimeAsync(2_500);
  vi.useRealTimers();
  expect(triesAfterBreak).toBeGreaterThan(0);
  expect(screen.getByRole('status')).toHaveTextContent('Loading the story…');
  expect(screen.queryByText(/MB received/)).toBeNull();
});

test('lists every problem of an invalid story file as path: message', async () => {
  const file = storyFileFixture();
  file.events[0]!.start = '2025-02-30';
  file.events[1]!.sources = ['nowhere'];
  respondWith(() => Response.json(file));
  renderApp(<ReaderPage storyUrl={URL} />);
  const alert = await screen.findByRole('alert');
  expect(
    within(alert).getByRole('heading', { name: 'This story could not be shown' }),
  ).toBeVisible();
  expect(alert).toHaveTextContent(`The story file at ${URL} has 2 problems:`);
  expect(
    within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'events[0].start: 2025-02-30 is not a date: February 2025 has 28 days',
    'events[1].sources[0]: "nowhere" is not the id of any entry in sources',
  ]);
});

test('lists the first thousand problems of a file with thousands, and counts the rest', async () => {
  const file = storyFileFixture();
  const event = file.events[0]!;
  file.events = Array.from({ length: 1_500 }, (_, index) => ({
    ...event,
    id: `event-${index}`,
    start: '2025-02-30',
  }));
  respondWith(() => Response.json(file));
  renderApp(<ReaderPage storyUrl={URL} />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(`The story file at ${URL} has 1,500 problems:`);
  const items = within(alert).getAllByRole('listitem');
  expect(items).toHaveLength(1_001);
  expect(items[999]).toHaveTextContent(
    'events[999].start: 2025-02-30 is not a date: February 2025 has 28 days',
  );
  expect(items[1_000]).toHaveTextContent('…and 500 more');
});

test('says where a file that is not JSON breaks', async () => {
  respondWith(() => new Response('{ "version": 1, }'));
  renderApp(<ReaderPage storyUrl={URL} />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('is not valid JSON at line 1, column 17');
});

test('says when there is no story file, and shows the story once a retry finds it', async () => {
  const user = userEvent.setup();
  const fetchMock = respondWith(() => new Response('Not found', { status: 404 }));
  renderApp(<ReaderPage storyUrl={URL} />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(`There is no story file at ${URL}.`);
  const callsBefore = fetchMock.mock.calls.length;
  fetchMock.mockImplementation(async () => Response.json(storyFileFixture()));
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'A test story' })).toBeVisible();
  expect(fetchMock.mock.calls.length).toBeGreaterThan(callsBefore);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('says when the network fails', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
  );
  vi.useFakeTimers({ shouldAdvanceTime: true });
  renderApp(<ReaderPage storyUrl={URL} />);
  // Three more tries, 1, 2 and 4 seconds apart, before the page gives up.
  await vi.advanceTimersByTimeAsync(7_500);
  const alert = await screen.findByRole('alert');
  // At least four asks (StrictMode's remount may add one it cancels), and none once it says so.
  const asked = vi.mocked(fetch).mock.calls.length;
  expect(asked).toBeGreaterThanOrEqual(4);
  await vi.advanceTimersByTimeAsync(30_000);
  vi.useRealTimers();
  expect(fetch).toHaveBeenCalledTimes(asked);
  expect(alert).toHaveTextContent(`The story file at ${URL} could not be reached:`);
  expect(alert).toHaveTextContent('(CORS)');
});

test('reads the story the page carries itself, with no request', async () => {
  const fetchMock = respondWith(() => new Response('', { status: 500 }));
  const carried = document.createElement('script');
  carried.type = 'application/json';
  carried.id = 'newsline-story';
  carried.textContent = JSON.stringify(storyFileFixture());
  document.body.append(carried);
  try {
    renderApp(<ReaderPage storyUrl="inline:newsline-story" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'A test story' })).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  } finally {
    carried.remove();
  }
});

test('shows the list when asked for, once its code has come', async () => {
  const user = userEvent.setup();
  respondWith(() => Response.json(storyFileFixture()));
  renderApp(<ReaderPage storyUrl={URL} />);
  await user.click(await screen.findByRole('button', { name: 'List' }));
  const list = await screen.findByRole('list', { name: 'Events: A test story' });
  expect(
    within(list)
      .getAllByRole('heading')
      .map((heading) => heading.textContent),
  ).toEqual(['The first visit', 'The second call', 'The conference']);
});
