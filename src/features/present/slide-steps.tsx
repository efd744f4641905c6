import type { Messages } from '../../ui/i18n/en.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import type { Slide } from './slides.ts';

/** Where a slide is: "Title slide", or "4 / 10". */
export function slideProgress(slide: Slide, total: number, messages: Messages): string {
  return slide.kind === 'title' ? messages.titleSlide : messages.slideProgress(slide.number, total);
}

interface SlideStepsProps {
  slide: Slide;
  index: number;
  count: number;
  onStep(direction: 'previous' | 'next'): void;
}

/** Previous slide, where the slides are, next slide. */
export function SlideSteps({ slide, index, count, onStep }: SlideStepsProps) {
  const messages = useMessages();
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  return (
    <>
      <button type="button" onClick={() => onStep('previous')} aria-disabled={index === 0}>
        {messages.previousSlide}
      </button>
      <span className="present-progress">{slideProgress(slide, count - 1, messages)}</span>
      <button type="button" onClick={() => onStep('next')} aria-disabled={index === count - 1}>
        {messages.nextSlide}
      </button>
    </>
  );
}
