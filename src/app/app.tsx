import { useEffect, useState } from 'react';
import { isEmbedAddress, parseEmbedOptions } from '../features/embed/embed-params.ts';
import { DEFAULT_STORY_URL } from '../loading/story-query.ts';
import { hasInlineStory, INLINE_STORY_URL } from '../loading/fetch-story.ts';
import { ReaderPage } from './reader-page.tsx';
import { chooseStoryUrl } from './story-url.ts';
import { OfflineNotice } from '../ui/offline-notice.tsx';
import { registerServiceWorker } from './service-worker.ts';

/**
 * Chooses the view and the story from the address: the reader, an embed (`?embed=1`) or
 * present mode (`?present=1`), and the story of `?data=`, the page's own, or the default.
 */
export function App() {
  const [storyUrl] = useState(() =>
    chooseStoryUrl(window.location, hasInlineStory() ? INLINE_STORY_URL : DEFAULT_STORY_URL),
  );
  const [embed] = useState(() =>
    isEmbedAddress(window.location.search) ? parseEmbedOptions(window.location.search) : undefined,
  );
  useEffect(
    function workOffline() {
      if (embed === undefined) registerServiceWorker(storyUrl);
    },
    [embed, storyUrl],
  );
  return (
    <>
      <OfflineNotice />
      <ReaderPage storyUrl={storyUrl} embed={embed} />
    </>
  );
}
