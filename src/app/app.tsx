import { useEffect, useState } from 'react';
import { isEmbedAddress, parseEmbedOptions } from '../features/embed/embed-params.ts';
import { ReaderPage } from './reader-page.tsx';
import { pageStoryUrl } from './story-url.ts';
import { OfflineNotice } from '../ui/offline-notice.tsx';
import { registerServiceWorker } from './service-worker.ts';

/**
 * Chooses the view and the story from the address: the reader, an embed (`?embed=1`) or
 * present mode (`?present=1`), and the story of `?data=`, the page's own, or the default.
 */
export function App() {
  const [storyUrl] = useState(() => pageStoryUrl());
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
