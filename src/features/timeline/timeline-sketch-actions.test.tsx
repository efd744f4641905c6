import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { en } from '../../ui/i18n/en.ts';
import { MessagesProvider } from '../../ui/i18n/messages-context.tsx';
import { COUNT_ID_PREFIX } from './level-of-detail.ts';
import { TimelineSketch, type SketchActions } from './timeline-sketch.tsx';
import type { TimelineItem } from './to-timeline-items.ts';

const day = (d: number) => new Date(2025, 1, d);
const items: TimelineItem[] = [
  {
    id: 'trump-putin-call',
    type: 'point',
    start: day(12),
    label: 'Trump and Putin speak',
    accessibleName: 'Trump and Putin speak, February 12, 2025',
    className: 'nl-item',
  },
  {
    id: `${COUNT_ID_PREFIX}0`,
    type: 'range',
    start: day(3),
    end: day(9),
    label: '214 events',
    accessibleName: '214 events, Feb 3 – Feb 9, 2025. Choose to zoom in on them.',
    className: 'nl-count',
  },
];

function drawSketch(actions?: SketchActions) {
  render(
    <MessagesProvider messages={en}>
      <TimelineSketch
        items={items}
        groups={[]}
        window={{ start: day(1), end: day(20) }}
        label="Timeline: A story"
        actions={actions}
      />
    </MessagesProvider>,
  );
  return screen.getByRole('navigation', { name: 'Timeline: A story' });
}

test('in the page as sent, an event links to its text below and a count is only a label', () => {
  const sketch = drawSketch();
  expect(screen.getByRole('link', { name: /^Trump and Putin speak/ })).toHaveAttribute(
    'href',
    '#story-event-trump-putin-call',
  );
  expect(sketch).toHaveTextContent('214 events');
  expect(screen.queryByRole('button')).toBeNull();
});

test('in the app, a click chooses the event, and a count opens by click or keyboard', async () => {
  const user = userEvent.setup();
  const actions = {
    eventHref: (id: string) => `?event=${id}`,
    choose: vi.fn(),
    openCount: vi.fn(),
  };
  drawSketch(actions);
  const event = screen.getByRole('link', { name: /^Trump and Putin speak/ });
  expect(event).toHaveAttribute('href', '?event=trump-putin-call');
  await user.click(event);
  expect(actions.choose).toHaveBeenCalledWith('trump-putin-call');

  const count = screen.getByRole('button', { name: /^214 events, .+ Choose to zoom in/ });
  await user.click(count);
  count.focus();
  await user.keyboard('{Enter}');
  await user.keyboard(' ');
  expect(actions.openCount).toHaveBeenCalledTimes(3);
  expect(actions.openCount).toHaveBeenCalledWith(items[1]);
});
