// Reads a large story file away from the page's main thread, so that the page stays
// responsive while 100,000 events are checked: text in, the parse result out.
import { parseStoryText } from '../domain/parse-story.ts';

self.onmessage = (message: MessageEvent<string>) => {
  self.postMessage(parseStoryText(message.data));
};
