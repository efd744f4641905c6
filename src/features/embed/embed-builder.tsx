import { useEffect, useId, useRef, useState } from 'react';
import type { Story } from '../../domain/event-schema.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { embedSnippet, embedUrl, shareUrl, type EmbedChoice } from './embed-snippet.ts';
import { pageHref } from '../../app/page-address.ts';

/** The heights a fixed embed may have, in pixels. */
const HEIGHTS = { min: 200, max: 5000, start: 600 };

/** The preview is a whole second page: it loads again once the choices rest this long. */
export const PREVIEW_DELAY_MS = 400;

interface EmbedBuilderProps {
  story: Story;
  /** The event open now, offered as the place to start. */
  eventId: string | null;
}

/** "Share or embed": choose how the embed starts and looks, see it, copy the code or a link. */
export function EmbedBuilder({ story, eventId }: EmbedBuilderProps) {
  const messages = useMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [choice, setChoice] = useState<EmbedChoice>({
    event: eventId,
    lanes: null,
    theme: 'auto',
    height: 'auto',
    showTitle: true,
  });
  // The height as typed: "6" and "64" are on the way to 640, not heights to use.
  const [heightText, setHeightText] = useState(String(HEIGHTS.start));
  const [copied, setCopied] = useState('');
  // The preview is a whole second page: it loads only while the dialog is open, and not at
  // each change of a choice, only once they rest.
  const [isOpen, setOpen] = useState(false);
  const [previewUrl, setPreviewUrl] = useState('');
  const change = (next: Partial<EmbedChoice>) => setChoice((current) => ({ ...current, ...next }));
  const page = pageHref();
  const title = messages.timelineLabel(story.title);
  const snippet = embedSnippet(page, choice, title);
  const link = shareUrl(page, choice.event);
  const chosenUrl = embedUrl(page, choice);

  useEffect(() => {
    if (!isOpen) return;
    const timer = setTimeout(() => setPreviewUrl(chosenUrl), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [isOpen, chosenUrl]);

  function typeHeight(text: string) {
    setHeightText(text);
    const height = Number(text);
    if (text.trim() !== '' && height >= HEIGHTS.min && height <= HEIGHTS.max) {
      change({ height: Math.round(height) });
    }
  }

  /** Leaving the box: a height out of range comes into it, and one not a number goes back. */
  function settleHeight() {
    const typed = Number(heightText);
    const height =
      heightText.trim() === '' || !Number.isFinite(typed)
        ? choice.height
        : Math.round(Math.min(HEIGHTS.max, Math.max(HEIGHTS.min, typed)));
    change({ height });
    setHeightText(String(height));
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(messages.copied);
    } catch {
      setCopied(messages.copyFailed);
    }
  }

  function open() {
    change({ event: eventId });
    setPreviewUrl(embedUrl(page, { ...choice, event: eventId }));
    setCopied('');
    setOpen(true);
    dialogRef.current?.showModal();
  }

  return (
    <>
      <button type="button" className="share-button" onClick={open}>
        {messages.share}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-builder"
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
      >
        <div className="embed-builder-header">
          <h2 id={`${id}-title`}>{messages.shareTitle}</h2>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {messages.closeLink}
          </button>
        </div>
        {isOpen && (
          <div className="embed-builder-body">
            <fieldset>
              <label>
                {messages.startAt}{' '}
                <select
                  value={choice.event ?? ''}
                  onChange={(event) => change({ event: event.target.value || null })}
                >
                  <option value="">{messages.wholeStory}</option>
                  {story.events.map((storyEvent) => (
                    <option key={storyEvent.id} value={storyEvent.id}>
                      {storyEvent.title}
                    </option>
                  ))}
                </select>
              </label>
              {story.lanes.length > 1 && (
                <fieldset>
                  <legend>{messages.lanesLabel}</legend>
                  {story.lanes.map((lane) => {
                    const shown = choice.lanes === null || choice.lanes.includes(lane.id);
                    return (
                      <label key={lane.id} className="choice">
                        <input
                          type="checkbox"
                          checked={shown}
                          onChange={() => {
                            const current = choice.lanes ?? story.lanes.map((l) => l.id);
                            const next = shown
                              ? current.filter((laneId) => laneId !== lane.id)
                              : [...current, lane.id];
                            change({ lanes: next.length === story.lanes.length ? null : next });
                          }}
                        />{' '}
                        {lane.label}
                      </label>
                    );
                  })}
                </fieldset>
              )}
              <fieldset>
                <legend>{messages.themeLabel}</legend>
                {(['auto', 'light', 'dark'] as const).map((theme) => (
                  <label key={theme} className="choice">
                    <input
                      type="radio"
                      name={`${id}-theme`}
                      checked={choice.theme === theme}
                      onChange={() => change({ theme })}
                    />{' '}
                    {theme === 'auto'
                      ? messages.themeAuto
                      : theme === 'light'
                        ? messages.themeLight
                        : messages.themeDark}
                  </label>
                ))}
              </fieldset>
              <fieldset>
                <legend>{messages.heightLabel}</legend>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${id}-height`}
                    checked={choice.height === 'auto'}
                    onChange={() => change({ height: 'auto' })}
                  />{' '}
                  {messages.heightAuto}
                </label>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${id}-height`}
                    checked={choice.height !== 'auto'}
                    onChange={() => {
                      change({ height: HEIGHTS.start });
                      setHeightText(String(HEIGHTS.start));
                    }}
                  />{' '}
                  {messages.heightFixed}
                </label>
                {choice.height !== 'auto' && (
                  <input
                    type="number"
                    min={HEIGHTS.min}
                    max={HEIGHTS.max}
                    step={10}
                    aria-label={messages.heightFixed}
                    value={heightText}
                    onChange={(event) => typeHeight(event.target.value)}
                    onBlur={settleHeight}
                  />
                )}
              </fieldset>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={choice.showTitle}
                  onChange={(event) => change({ showTitle: event.target.checked })}
                />{' '}
                {messages.showTitle}
              </label>
            </fieldset>
            <div className="embed-builder-output">
              <h3>{messages.preview}</h3>
              {isOpen && (
                <iframe
                  className="embed-preview"
                  src={previewUrl}
                  title={`${messages.preview}: ${title}`}
                  height={choice.height === 'auto' ? 420 : choice.height}
                />
              )}
              <label className="output">
                {messages.embedCode}
                <textarea
                  readOnly
                  rows={5}
                  value={snippet}
                  onFocus={(event) => event.target.select()}
                />
              </label>
              <button type="button" onClick={() => void copy(snippet)}>
                {messages.copyEmbed}
              </button>
              <label className="output">
                {messages.shareLink}
                <input readOnly value={link} onFocus={(event) => event.target.select()} />
              </label>
              <button type="button" onClick={() => void copy(link)}>
                {messages.copyLink}
              </button>
              <p role="status">{copied}</p>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
