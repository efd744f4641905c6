import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppErrorBoundary } from './app/app-error-boundary.tsx';
import { Providers } from './app/providers.tsx';
import { chooseStoryUrl } from './app/story-url.ts';
import { applyTheme, readThemePreference } from './app/theme.ts';
import { hasInlineStory, INLINE_STORY_URL } from './loading/fetch-story.ts';
import { DEFAULT_STORY_URL, storyQueryOptions } from './loading/story-query.ts';
import { chooseLanguage, CATALOGUES } from './ui/i18n/languages.ts';
import { MessagesProvider } from './ui/i18n/messages-context.tsx';
import './app/app.css';

const language = chooseLanguage(window.location.search, navigator.languages);
document.documentElement.lang = language;
applyTheme(readThemePreference(window.location.search));

const root = document.getElementById('root')!;
const queryClient = new QueryClient();

function draw() {
  createRoot(root).render(
    <StrictMode>
      <MessagesProvider messages={CATALOGUES[language]}>
        <AppErrorBoundary>
          <Providers client={queryClient}>
            <App />
          </Providers>
        </AppErrorBoundary>
      </MessagesProvider>
    </StrictMode>,
  );
}

// The page arrives with its story already readable (pre-rendered at build time). Keep it in
// view until the story file is here, then draw the same page in its place at once: never a
// loading screen in between. If the first try fails, the app is drawn at once, to say so and
// to try again. The boot script in the page turns the pre-render off where the app will show
// something else.
const prerendered =
  root.querySelector('[data-prerendered]') !== null &&
  document.documentElement.dataset.prerender !== 'off';
if (prerendered) {
  const options = storyQueryOptions(
    chooseStoryUrl(window.location, hasInlineStory() ? INLINE_STORY_URL : DEFAULT_STORY_URL),
  );
  const settled = () => {
    const state = queryClient.getQueryState(options.queryKey);
    return state !== undefined && (state.status !== 'pending' || state.fetchFailureCount > 0);
  };
  const stopWatching = queryClient.getQueryCache().subscribe(() => {
    if (!settled()) return;
    stopWatching();
    draw();
  });
  void queryClient.prefetchQuery(options);
} else {
  draw();
}
