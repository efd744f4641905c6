import './present.css';
import { useEffect, useId, useMemo, useReducer, useState, type ReactNode } from 'react';
import type { Story } from '../../domain/event-schema.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { KeyHelp } from './key-help.tsx';
import { PresentStrip } from './present-strip.tsx';
import { initialPresentState, presentReducer, type PresentAction } from './present-state.ts';
import { SlideContent } from './slide-content.tsx';
import { PresentToolbar } from './slide-steps.tsx';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts';
import { buildSlides, slideIndexOf, type Slide } from './slides.ts';
import { useFullscreen } from './use-fullscreen.ts';
import { usePresentChannel } from './use-present-channel.ts';
import { usePresentKeys, useSwipe } from './use-present-keys.ts';

export interface PresentViewProps {
  story: Story;
  initialEventId: string | null;
  /** The BroadcastChannel the presenter window listens on. */
  channelName: string;
  /** The address of the presenter window. */
  presenterHref: string;
  onSlideChange(eventId: string | null): void;
  onExit(eventId: string | null): void;
  /** The whole story on the timeline, for the overview. */
  renderOverview(selectedId: string | null, onSelect: (id: string | null) => void): ReactNode;
}

/** The id of the event a slide shows; null for the title slide. */
export function slideEventId(slide: Slide | undefined): string | null {
  return slide?.kind === 'event' ? slide.event.id : null;
}

/** Full-screen slides for a room: the title, then an event a slide, with the keys of reveal.js. */
export function PresentView(props: PresentViewProps) {
  const { story, channelName, presenterHref, onSlideChange, onExit, renderOverview } = props;
  const messages = useMessages();
  const slides = useMemo(() => buildSlides(story), [story]);
  const [state, dispatch] = useReducer(presentReducer, undefined, () =>
    initialPresentState(slides.length, slideIndexOf(slides, props.initialEventId)),
  );
  const [stage, setStage] = useState<HTMLElement | null>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const fullscreen = useFullscreen();
  const slide = slides[state.index] ?? slides[0]!;
  const eventId = slideEventId(slide);
  const total = slides.length - 1;
  const label =
    slide.kind === 'title' ? messages.titleSlide : messages.slidePosition(slide.number, total);
  const title = slide.kind === 'title' ? story.title : slide.event.title;
  const overlayOpen = state.overview || state.help;

  usePresentChannel(channelName, state.index, (index) => dispatch({ type: 'go', index }));

  useEffect(
    function followSlide() {
      onSlideChange(eventId);
    },
    [eventId, onSlideChange],
  );

  useEffect(
    function showTitle() {
      document.title = [title, messages.appName].join(' · ');
    },
    [title, messages],
  );

  // The slide takes the focus whenever nothing else holds it: at the start, when the slide
  // that had it is replaced, and when an overlay closes. A focused button keeps it.
  useEffect(
    function focusStage() {
      if (overlayOpen || state.jump) return;
      const holder = document.activeElement;
      if (holder === null || holder === document.body) stage?.focus({ preventScroll: true });
    },
    [stage, overlayOpen, state.jump],
  );

  function openPresenter() {
    const opened = window.open(presenterHref, 'newsline-presenter', 'popup,width=1280,height=800');
    setPopupBlocked(opened === null);
  }

  function handleAction(action: PresentAction) {
    if (action.type === 'fullscreen') return fullscreen.toggle();
    if (action.type === 'presenter') return openPresenter();
    if (action.type === 'escape' && !overlayOpen && !state.jump && state.digits === '') {
      return onExit(eventId);
    }
    dispatch(action);
  }

  usePresentKeys({ blank: state.blank !== null, onAction: handleAction });
  useSwipe(stage, (direction) => dispatch({ type: direction }));

  return (
    <main className="present" data-theme-present="projector">
      <section
        className="present-stage"
        aria-roledescription={messages.carousel}
        aria-label={messages.presentationLabel(story.title)}
      >
        <div
          ref={setStage}
          key={state.index}
          className="present-slide"
          role="group"
          aria-roledescription={messages.slide}
          aria-label={label}
          tabIndex={-1}
        >
          <SlideContent story={story} slide={slide} />
        </div>
      </section>
      <PresentStrip events={story.events} currentId={eventId} />
      <PresentToolbar
        slide={slide}
        index={state.index}
        count={slides.length}
        onStep={(type) => dispatch({ type })}
      >
        <span className="present-toolbar-gap" />
        <button type="button" onClick={() => dispatch({ type: 'overview' })}>
          {messages.overview}
        </button>
        {fullscreen.supported && (
          <button type="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
            {messages.fullScreen}
          </button>
        )}
        <button type="button" onClick={openPresenter}>
          {messages.presenterView}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'help' })}>
          {messages.showKeys}
        </button>
        <button type="button" onClick={() => onExit(eventId)}>
          {messages.leavePresentation}
        </button>
      </PresentToolbar>
      {state.jump && <JumpForm last={total} onGo={(index) => dispatch({ type: 'go', index })} />}
      {state.overview && (
        <Overview onClose={() => dispatch({ type: 'overview' })}>
          {renderOverview(eventId, (id) => {
            if (id !== null) dispatch({ type: 'go', index: slideIndexOf(slides, id) });
          })}
        </Overview>
      )}
      {state.help && <KeyHelp onClose={() => dispatch({ type: 'help' })} />}
      {state.blank && (
        <div
          className={`present-blank is-${state.blank}`}
          onClick={() => dispatch({ type: 'resume' })}
        >
          <p className="visually-hidden" role="status">
            {messages.blankScreen}
          </p>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {messages.slideShown(label, title)}
      </p>
      {popupBlocked && (
        <p className="notice present-notice" role="alert">
          {messages.presenterBlocked}
        </p>
      )}
    </main>
  );
}

function JumpForm({ last, onGo }: { last: number; onGo(index: number): void }) {
  const messages = useMessages();
  const inputId = useId();
  const [value, setValue] = useState('');
  return (
    <form
      className="present-jump"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') onGo(Number(value));
      }}
    >
      <label htmlFor={inputId}>{messages.jumpLabel(last)}</label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={0}
        max={last}
        value={value}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{messages.jumpGo}</button>
    </form>
  );
}

function Overview({ onClose, children }: { onClose(): void; children: ReactNode }) {
  const messages = useMessages();
  const headingId = useId();
  const ref = useFocusOnMount<HTMLElement>();
  return (
    <section ref={ref} className="present-overview" aria-labelledby={headingId} tabIndex={-1}>
      <div className="present-overview-header">
        <h2 id={headingId}>{messages.overviewTitle}</h2>
        <button type="button" onClick={onClose}>
          {messages.closeOverview}
        </button>
      </div>
      {children}
    </section>
  );
}
