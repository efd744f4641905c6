import './present.css';
import { useEffect, useMemo, useReducer, useState } from 'react';
import type { Story } from '../../domain/event-schema.ts';
import { dateTimeFormat } from '../../domain/intl-cache.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { initialPresentState, presentReducer, type PresentAction } from './present-state.ts';
import { SlideContent } from './slide-content.tsx';
import { PresentToolbar, slideProgress } from './slide-steps.tsx';
import { buildSlides, slideIndexOf } from './slides.ts';
import { usePresentChannel } from './use-present-channel.ts';
import { usePresentKeys } from './use-present-keys.ts';

export interface PresenterViewProps {
  story: Story;
  initialEventId: string | null;
  channelName: string;
}

// Only moving between slides makes sense here; blanking and the overview are the audience's.
const PRESENTER_ACTIONS = new Set<PresentAction['type']>([
  'next',
  'previous',
  'first',
  'last',
  'digit',
  'enter',
  'escape',
]);

/** The presenter's second window: this slide and the next, the notes, a clock and a timer. */
export function PresenterView({ story, initialEventId, channelName }: PresenterViewProps) {
  const messages = useMessages();
  const slides = useMemo(() => buildSlides(story), [story]);
  const [state, dispatch] = useReducer(presentReducer, undefined, () =>
    initialPresentState(slides.length, slideIndexOf(slides, initialEventId)),
  );
  const slide = slides[state.index] ?? slides[0]!;
  const next = slides[state.index + 1];
  const total = slides.length - 1;

  usePresentChannel(channelName, state.index, (index) => dispatch({ type: 'go', index }));
  usePresentKeys({
    blank: false,
    onAction: (action) => {
      if (PRESENTER_ACTIONS.has(action.type)) dispatch(action);
    },
  });

  useEffect(
    function showTitle() {
      document.title = messages.presenterTitle(story.title);
    },
    [messages, story.title],
  );

  return (
    <main className="presenter" data-theme-present="projector">
      <h1 className="visually-hidden">{messages.presenterTitle(story.title)}</h1>
      <Clocks />
      <section className="presenter-now" aria-label={messages.nowShowing}>
        <p className="presenter-label">
          {messages.nowShowing} · {slideProgress(slide, total, messages)}
        </p>
        <SlideContent story={story} slide={slide} level={2} />
      </section>
      <section className="presenter-next" aria-label={messages.upNext}>
        <p className="presenter-label">{messages.upNext}</p>
        {next ? (
          <SlideContent story={story} slide={next} level={3} />
        ) : (
          <p>{messages.endOfStory}</p>
        )}
      </section>
      <section className="presenter-notes" aria-label={messages.speakerNotesHeading}>
        <p className="presenter-label">{messages.speakerNotesHeading}</p>
        <p>{(slide.kind === 'event' && slide.event.notes) || messages.noNotes}</p>
      </section>
      <PresentToolbar
        slide={slide}
        index={state.index}
        count={slides.length}
        onStep={(type) => dispatch({ type })}
      />
    </main>
  );
}

/** The time of day and the time since the presenter window opened (or was restarted). */
function Clocks() {
  const messages = useMessages();
  const [now, setNow] = useState(() => Date.now());
  const [startedAt, setStartedAt] = useState(now);
  useEffect(function tick() {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const clock = dateTimeFormat(messages.locale, { timeStyle: 'medium' }).format(now);
  return (
    <div className="presenter-clocks">
      <p>
        {messages.clock}: <time>{clock}</time>
      </p>
      <p>
        {messages.elapsed}:{' '}
        <span className="presenter-elapsed">{elapsedText(now - startedAt)}</span>
      </p>
      <button type="button" onClick={() => setStartedAt(Date.now())}>
        {messages.restartTimer}
      </button>
    </div>
  );
}

/** `elapsedText(75_000)` is "1:15"; an hour and more is "1:02:05". */
export function elapsedText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
