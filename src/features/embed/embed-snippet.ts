export interface EmbedChoice {
  event: string | null;
  lanes: string[] | null;
  theme: 'auto' | 'light' | 'dark';
  /** `auto` sizes the frame to its content through the host script. */
  height: 'auto' | number;
  showTitle: boolean;
}

/** The address of an embed of the page at `pageUrl` with the reader's choices. */
export function embedUrl(pageUrl: string, choice: EmbedChoice): string {
  const url = new URL(pageUrl);
  for (const name of ['embed', 'event', 'lanes', 'theme', 'height', 'title', 'view', 'axis']) {
    url.searchParams.delete(name);
  }
  url.hash = '';
  url.searchParams.set('embed', '1');
  if (choice.event) url.searchParams.set('event', choice.event);
  if (choice.lanes && choice.lanes.length > 0)
    url.searchParams.set('lanes', choice.lanes.join(','));
  if (choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
  if (choice.height !== 'auto') url.searchParams.set('height', String(choice.height));
  if (!choice.showTitle) url.searchParams.set('title', '0');
  return url.href;
}

/** The address of the full timeline, for a plain share link. */
export function shareUrl(pageUrl: string, event: string | null): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  const kept = new URL(pageUrl).searchParams;
  for (const name of ['lang', 'data']) {
    const value = kept.get(name);
    if (value) url.searchParams.set(name, value);
  }
  if (event) url.searchParams.set('event', event);
  return url.href;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The HTML an editor pastes into an article: a lazy, titled, sandboxed iframe, and the host
 * script that sizes it (only when the height is automatic).
 */
export function embedSnippet(pageUrl: string, choice: EmbedChoice, title: string): string {
  const src = embedUrl(pageUrl, choice);
  const height = choice.height === 'auto' ? 600 : choice.height;
  const iframe =
    `<iframe src="${attribute(src)}" title="${attribute(title)}" data-newsline` +
    ` width="100%" height="${height}" loading="lazy" style="border:0;width:100%"` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"` +
    ` allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  if (choice.height !== 'auto') return iframe;
  const script = new URL('embed.js', new URL('./', pageUrl)).href;
  return `${iframe}\n<script async src="${attribute(script)}"></script>`;
}
