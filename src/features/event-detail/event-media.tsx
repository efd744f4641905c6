import { useState } from 'react';
import type { TimelineEvent } from '../../domain/event-schema.ts';
import { parseUrl, safeHref } from '../../domain/links.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';

type Media = NonNullable<TimelineEvent['media']>;
type Video = { site: 'YouTube' | 'Vimeo'; embed: string };

/** The player address for a YouTube or Vimeo link, or null for anything else. */
export function videoOf(url: string): Video | null {
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  const host = parsed.hostname.replace(/^(www|m)\./, '');
  const youtube =
    host === 'youtu.be'
      ? parsed.pathname.slice(1)
      : host === 'youtube.com' || host === 'youtube-nocookie.com'
        ? (parsed.searchParams.get('v') ??
          /^\/(?:embed|shorts)\/([^/]+)/.exec(parsed.pathname)?.[1])
        : undefined;
  if (youtube && /^[\w-]{6,20}$/.test(youtube)) {
    return {
      site: 'YouTube',
      embed: `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1`,
    };
  }
  const vimeo =
    host === 'vimeo.com' || host === 'player.vimeo.com'
      ? /(\d{5,12})/.exec(parsed.pathname)?.[1]
      : undefined;
  if (vimeo)
    return { site: 'Vimeo', embed: `https://player.vimeo.com/video/${vimeo}?autoplay=1&dnt=1` };
  return null;
}

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(\?.*)?$/i;

/** An image with its caption and credit, or a video that loads only when the reader asks. */
export function EventMedia({ media, title }: { media: Media; title: string }) {
  const messages = useMessages();
  const [playing, setPlaying] = useState(false);
  const href = safeHref(media.url);
  if (href === null || href.startsWith('mailto:')) return null;
  const video = videoOf(href);
  const caption = [media.caption, media.credit].filter(Boolean).join(' — ');
  let content;
  if (video) {
    content = playing ? (
      <iframe
        className="media-frame"
        src={video.embed}
        title={messages.videoTitle(media.caption ?? title)}
        allow="autoplay; fullscreen; picture-in-picture"
        allowFullScreen
      />
    ) : (
      <button type="button" className="media-play" onClick={() => setPlaying(true)}>
        <span aria-hidden="true">▶ </span>
        {messages.playVideo(video.site)}
      </button>
    );
  } else if (IMAGE.test(new URL(href).pathname)) {
    content = <img src={href} alt={media.alt ?? ''} loading="lazy" />;
  } else {
    content = (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {messages.viewMedia} <span className="visually-hidden">{messages.opensInNewTab}</span>
      </a>
    );
  }
  return (
    <figure className="event-media">
      {content}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
