import type { Story } from '../src/domain/event-schema.ts';
import { formatDateRange, formatDateValue } from '../src/domain/format-dates.ts';
import { safeHref } from '../src/domain/links.ts';

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The story as plain HTML, for places where scripts do not run: its title, then each event
 * with its date, place, summary and sources. Every text is escaped; links are http(s) only.
 */
export function staticStoryHtml(story: Story): string {
  const sources = new Map(story.sources.map((source) => [source.id, source]));
  const events = story.events.map((event) => {
    const date = event.uncertainty
      ? event.uncertainty.label
      : event.end
        ? formatDateRange(event.start, event.end, 'en', 'long', event.timeZone)
        : formatDateValue(event.start, 'en', 'long', event.timeZone);
    const cited = event.sources.flatMap((id) => {
      const source = sources.get(id);
      if (!source) return [];
      const name = escape(`${source.publisher}: ${source.title ?? source.description ?? ''}`);
      const href = source.url === undefined ? null : safeHref(source.url);
      return [
        href
          ? `<li><a href="${escape(href)}" rel="noopener noreferrer">${name}</a></li>`
          : `<li>${name}</li>`,
      ];
    });
    return [
      '<li><article>',
      `<h2>${escape(event.title)}</h2>`,
      `<p><time datetime="${escape(event.start.text)}">${escape(date)}</time>${event.place ? ` · ${escape(event.place)}` : ''}</p>`,
      event.summary ? `<p>${escape(event.summary)}</p>` : '',
      cited.length > 0 ? `<ul>${cited.join('')}</ul>` : '',
      '</article></li>',
    ].join('');
  });
  return [
    '<div class="static-story">',
    `<h1>${escape(story.title)}</h1>`,
    story.description ? `<p>${escape(story.description)}</p>` : '',
    `<ol>${events.join('')}</ol>`,
    '</div>',
  ].join('');
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
      `<iframe src="${escape(src)}" title="${escape(title)}" data-newsline width="600" height="600"` +
      ` loading="lazy" style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>` +
      `<script async src="${escape(new URL('embed.js', publicUrl).href)}"></script>`,
  };
}
