import { useState } from 'react';
import { isEmbedAddress, parseEmbedOptions } from '../features/embed/embed-params.ts';
import { DEFAULT_STORY_URL } from '../loading/story-query.ts';
import { ReaderPage } from './reader-page.tsx';
import { chooseStoryUrl } from './story-url.ts';
import { OfflineNotice } from '../ui/offline-notice.tsx';

/** Chooses the view and the story from the address: the reader, or an embed (`?embed=1`). */
export function App() {
  const [storyUrl] = useState(() => chooseStoryUrl(window.location, DEFAULT_STORY_URL));
  const [embed] = useState(() =>
    isEmbedAddress(window.location.search) ? parseEmbedOptions(window.location.search) : undefined,
  );
  return (
    <>
      <OfflineNotice />
      <ReaderPage storyUrl={storyUrl} embed={embed} />
    </>
  );
}
