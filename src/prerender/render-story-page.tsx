import { renderToString } from 'react-dom/server';
import { StoryView } from '../app/story-view.tsx';
import { PRERENDER_ADDRESS } from '../app/page-address.ts';
import type { Story } from '../domain/event-schema.ts';
import { en } from '../ui/i18n/en.ts';
import { MessagesProvider } from '../ui/i18n/messages-context.tsx';
import { LoadingStateAsSent } from '../ui/loading-state.tsx';
import { TimelinePreview } from '../features/timeline/timeline-preview.tsx';
import { TimelineSketch } from '../features/timeline/timeline-sketch.tsx';
import { FOLD_ID } from './page-as-sent.ts';
import { PrerenderContext, type PrerenderedTimelineProps } from './prerender-context.ts';

/** Marks the pre-rendered page, so that the app knows to wait for its story before drawing. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** The timeline in the page as sent: drawn, with each event a link to its text below. */
function drawTimeline({ story, ...sketch }: PrerenderedTimelineProps) {
  return (
    <>
      <span id={FOLD_ID} hidden />
      <TimelineSketch {...sketch} />
      <TimelinePreview story={story} />
    </>
  );
}

/**
 * The page's buttons and menus need its scripts, so they come disabled, and the app draws them
 * anew. Until then they cannot be pressed: they do not take the keyboard, a screen reader
 * calls them unavailable, and the pointer over them says the page is still loading. The
 * links work at once: each event's to its text, and the languages'.
 */
function disableControls(html: string): string {
  return html.replace(/<(button|select)(?=[\s>])/g, '<$1 disabled');
}

/**
 * The story's page as HTML, rendered at build time by the same components the app draws it
 * with, in English, with no event open: what `index.html` carries for readers to read while
 * the scripts load. The app then draws the same page in its place. Before it, a loading
 * state, shown instead where the app will draw something else.
 */
export function renderStoryPage(story: Story): string {
  const loading = renderToString(<LoadingStateAsSent />);
  const html = renderToString(
    <PrerenderContext value={drawTimeline}>
      <MessagesProvider messages={en}>
        <StoryView story={story} onPresent={() => undefined} />
      </MessagesProvider>
    </PrerenderContext>,
  );
  return `${loading}<div class="screen-only" ${PRERENDERED_ATTRIBUTE}>${disableControls(html).replaceAll(PRERENDER_ADDRESS, './')}</div>`;
}
