import type { Story } from '../src/domain/event-schema.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The oEmbed answer for the story: a rich embed with the iframe snippet (oEmbed 1.0). */
export function oembedJson(story: Story, publicUrl: string): Record<string, unknown> {
  const src = new URL('?embed=1', publicUrl).href;
  const title = `Timeline: ${story.title}`;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Newsline',
    provider_url: publicUrl,
    title: story.title,
    width: 600,
    height: 600,
    html:
      `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" data-newsline width="600" height="600"` +
      ` loading="lazy" style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>` +
      `<script async src="${escapeHtml(new URL('embed.js', publicUrl).href)}"></script>`,
  };
}
