import { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppErrorBoundary } from './app/app-error-boundary.tsx';
import { Providers } from './app/providers.tsx';
import { pageStoryUrl } from './app/story-url.ts';
import { applyTheme, readThemePreference } from './app/theme.ts';
import { TIMELINE_DRAWN_EVENT } from './features/timeline/hide-until-drawn.ts';
import { storyQueryOptions } from './loading/story-query.ts';
import { chooseLanguage, CATALOGUES } from './ui/i18n/languages.ts';
import { MessagesProvider } from './ui/i18n/messages-context.tsx';
import { LOADING_AS_SENT_CLASS } from './ui/loading-state.tsx';
import { showsPrerenderedStory } from './prerender/page-as-sent.ts';

const language = chooseLanguage(window.location.search, navigator.languages);
document.documentElement.lang = language;
applyTheme(readThemePreference(window.location.search));

const root = document.getElementById('root')!;
const queryClient = new QueryClient();

function draw(container: HTMLElement) {
  const reactRoot = createRoot(container);
  // As a transition, React draws the app in slices, answering the reader in between, not in
  // one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <MessagesProvider messages={CATALOGUES[language]}>
          <AppErrorBoundary>
            <Providers client={queryClient}>
              <App />
            </Providers>
          </AppErrorBoundary>
        </MessagesProvider>
      </StrictMode>,
    ),
  );
}

// The page arrives with its story already readable and its timeline drawn (pre-rendered at
// build time). Keep it in view until the story file is here, then draw the app beside it, out
// of sight, and put the app in its place once the app's timeline is drawn: never a loading
// screen or an empty box in between. If the first try fails, the app is shown at once, to
// say so and to try again. The boot script in the page turns the pre-render off where the
// app will show something else.
if (showsPrerenderedStory()) {
  // Quiet: the app says so, if the address asks for a story it cannot fetch.
  const options = storyQueryOptions(pageStoryUrl({ quiet: true }));
  const settled = () => {
    const state = queryClient.getQueryState(options.queryKey);
    return state !== undefined && (state.status !== 'pending' || state.fetchFailureCount > 0);
  };
  const stopWatching = queryClient.getQueryCache().subscribe(() => {
    if (!settled()) return;
    stopWatching();
    takeOver();
  });
  void queryClient.prefetchQuery(options);
} else {
  draw(root);
}

/** The latest the app is shown, drawn or not, in ms. */
const TAKE_OVER_AT_THE_LATEST = 6000;

function takeOver() {
  const arriving = document.createElement('div');
  arriving.className = 'app-arriving';
  root.append(arriving);
  const show = () => {
    watch.disconnect();
    clearTimeout(latest);
    root.querySelector('[data-prerendered]')?.remove();
    root.querySelector(`.${LOADING_AS_SENT_CLASS}`)?.remove();
    arriving.classList.remove('app-arriving');
  };
  // Whatever the app draws instead of a timeline (an error, say) is shown at once.
  const watch = new MutationObserver(() => {
    if (arriving.querySelector('.timeline[role="listbox"]') === null) show();
  });
  watch.observe(arriving, { childList: true, subtree: true });
  arriving.addEventListener(TIMELINE_DRAWN_EVENT, show, { once: true });
  const latest = setTimeout(show, TAKE_OVER_AT_THE_LATEST);
  draw(arriving);
}
