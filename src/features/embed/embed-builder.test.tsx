import { formatProblem } from '../../domain/story-problems.ts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { parseStoryData } from '../../domain/parse-story.ts';
import { storyFileFixture } from '../../testing/event-fixtures.ts';
import { EmbedBuilder, PREVIEW_DELAY_MS } from './embed-builder.tsx';

// jsdom has dialogs, but not their showModal. Events are fired one by one, as a browser fires
// them at each key, so that the preview's clock moves only when a test moves it.
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  // Only the clock that the preview waits on: React and user-event go on as usual.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
});

function openBuilder() {
  const result = parseStoryData(storyFileFixture());
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  render(<EmbedBuilder story={result.story} eventId="second-call" />);
  fireEvent.click(screen.getByRole('button', { name: 'Share or embed' }));
  const dialog = screen.getByRole('dialog', { name: 'Share or embed this timeline' });
  const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
  return { dialog, code, preview: within(dialog).getByTitle(/^Preview: /) };
}

/** Chooses a fixed height and empties its box. */
function fixedHeightBox(dialog: HTMLElement) {
  fireEvent.click(within(dialog).getByRole('radio', { name: 'Fixed, in pixels' }));
  const box = within(dialog).getByRole<HTMLInputElement>('spinbutton', {
    name: 'Fixed, in pixels',
  });
  fireEvent.change(box, { target: { value: '' } });
  return box;
}

/** Types at the end of what the box shows, a key at a time, as a reader does. */
function typeKeys(box: HTMLInputElement, text: string) {
  for (const key of text) fireEvent.change(box, { target: { value: box.value + key } });
}

test('a height typed digit by digit is the height typed', () => {
  const { dialog, code } = openBuilder();
  const box = fixedHeightBox(dialog);
  typeKeys(box, '640');
  expect(box).toHaveValue(640);
  expect(code.value).toContain('height="640"');
  fireEvent.blur(box);
  expect(box).toHaveValue(640);
});

test('a height out of range comes into range when the box is left', () => {
  const { dialog, code } = openBuilder();
  const box = fixedHeightBox(dialog);
  typeKeys(box, '50');
  fireEvent.blur(box);
  expect(box).toHaveValue(200);
  expect(code.value).toContain('height="200"');
  fireEvent.change(box, { target: { value: '' } });
  typeKeys(box, '90000');
  fireEvent.blur(box);
  expect(box).toHaveValue(5000);
  expect(code.value).toContain('height="5000"');
});

test('a height box left empty goes back to the height in use', () => {
  const { dialog, code } = openBuilder();
  const box = fixedHeightBox(dialog);
  fireEvent.blur(box);
  expect(box).toHaveValue(600);
  expect(code.value).toContain('height="600"');
});

test('the preview shows the open event at once, then loads again only once the choices rest', () => {
  const { dialog, code, preview } = openBuilder();
  const first = preview.getAttribute('src');
  expect(first).toMatch(/[?&]embed=1&event=second-call$/);

  fireEvent.click(within(dialog).getByRole('radio', { name: 'Dark' }));
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Ukraine' }));
  typeKeys(fixedHeightBox(dialog), '640');
  // The code follows each choice; the preview, a whole page, waits.
  expect(code.value).toContain('theme=dark&amp;height=640');
  expect(preview).toHaveAttribute('src', first);

  act(() => vi.advanceTimersByTime(PREVIEW_DELAY_MS - 1));
  expect(preview).toHaveAttribute('src', first);
  act(() => vi.advanceTimersByTime(1));
  expect(preview.getAttribute('src')).toMatch(
    /event=second-call&lanes=united-states&theme=dark&height=640$/,
  );
});
