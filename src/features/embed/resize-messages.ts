import { useEffect } from 'react';

/**
 * The messages that tell a host page an embed's height, in each dialect hosts listen to:
 * Newsline's own `{ type: 'ntl:resize', id, height }`; WordPress's `{ message: 'height',
 * value, secret }` when the address carries `#?secret=`; AMP's `embed-size` with `#amp=1`.
 */
export function resizeMessages(height: number, hash: string, id: string | null): object[] {
  const messages: object[] = [{ type: 'ntl:resize', id, height }];
  const secret = /[#?&]secret=([A-Za-z0-9]{1,64})/.exec(hash)?.[1];
  if (secret) messages.push({ message: 'height', value: height, secret });
  if (/[#&]amp=1\b/.test(hash)) messages.push({ sentinel: 'amp', type: 'embed-size', height });
  return messages;
}

/** Tells the host page the embed's content height whenever it changes. */
export function useResizeMessages(
  element: HTMLElement | null,
  id: string | null,
  enabled: boolean,
) {
  useEffect(
    function postHeights() {
      if (!enabled || element === null || window.parent === window) return;
      let last = -1;
      const post = () => {
        const height = Math.ceil(element.getBoundingClientRect().height);
        if (height === last) return;
        last = height;
        // A height is no secret: any host may read it, so no target origin is needed.
        for (const message of resizeMessages(height, window.location.hash, id)) {
          window.parent.postMessage(message, '*');
        }
      };
      const observer = new ResizeObserver(post);
      observer.observe(element);
      void document.fonts?.ready.then(post);
      post();
      return () => observer.disconnect();
    },
    [element, id, enabled],
  );
}
