import { useState } from 'react';
import { DEFAULT_STORY_URL } from '../loading/story-query.ts';
import { ReaderPage } from './reader-page.tsx';
import { chooseStoryUrl } from './story-url.ts';

/** Chooses the view and the story from the address; the reader is the only view so far. */
export function App() {
  const [storyUrl] = useState(() => chooseStoryUrl(window.location, DEFAULT_STORY_URL));
  return <ReaderPage storyUrl={storyUrl} />;
}
