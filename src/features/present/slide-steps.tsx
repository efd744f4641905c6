import type { ReactNode } from 'react';
import type { Messages } from '../../ui/i18n/en.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import type { Slide } from './slides.ts';

/** Where a slide is: "Title slide", or "4 / 10". */
export function slideProgress(slide: Slide, total: number, messages: Messages): string {
  return slide.kind === 'title' ? messages.titleSlide : messages.slideProgress(slide.number, total);
}

interface PresentToolbarProps {
  slide: Slide;
  index: number;
  count: number;
  onStep(direction: 'previous' | 'next'): void;
  /** The view's own buttons, after the steps. */
  children?: ReactNode;
}

/** The presentation's toolbar: previous slide, where the slides are, next slide, then more. */
export function PresentToolbar({ slide, index, count, onStep, children }: PresentToolbarProps) {
  const messages = useMessages();
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  return (
    <div className="present-toolbar" role="toolbar" aria-label={messages.presentControls}>
      <button type="button" onClick={() => onStep('previous')} aria-disabled={index === 0}>
        {messages.previousSlide}
      </button>
      <span className="present-progress">{slideProgress(slide, count - 1, messages)}</span>
      <button type="button" onClick={() => onStep('next')} aria-disabled={index === count - 1}>
        {messages.nextSlide}
      </button>
      {children}
    </div>
  );
}
