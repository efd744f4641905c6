import { DEFAULT_STORY_URL } from '../loading/story-query.ts';
import { ReaderPage } from './reader-page.tsx';

/** Chooses the view from the address; the reader is the only one so far. */
export function App() {
  return <ReaderPage storyUrl={DEFAULT_STORY_URL} />;
}
