import { useEffect, useEffectEvent, useRef } from 'react';

type PresentMessage = { type: 'hello' } | { type: 'slide'; index: number };

function isPresentMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, index } = data as { type?: unknown; index?: unknown };
  return type === 'hello' || (type === 'slide' && Number.isInteger(index) && Number(index) >= 0);
}

/**
 * Keeps the audience's window and the presenter's on the same slide, in both directions, over
 * a BroadcastChannel (same origin only). A window that joins says hello and is told the slide.
 * A slide learnt from the other window is never sent back, so the two never echo each other.
 */
export function usePresentChannel(
  name: string,
  index: number,
  onRemoteSlide: (index: number) => void,
) {
  const onRemote = useEffectEvent(onRemoteSlide);
  const channelRef = useRef<BroadcastChannel | null>(null);
  // The slide both windows are known to agree on.
  const agreed = useRef(index);

  useEffect(
    function joinChannel() {
      if (typeof BroadcastChannel === 'undefined') return;
      const channel = new BroadcastChannel(name);
      channelRef.current = channel;
      channel.onmessage = (message: MessageEvent<unknown>) => {
        const data = message.data;
        if (!isPresentMessage(data)) return;
        if (data.type === 'hello') {
          channel.postMessage({ type: 'slide', index: agreed.current } satisfies PresentMessage);
          return;
        }
        agreed.current = data.index;
        onRemote(data.index);
      };
      channel.postMessage({ type: 'hello' } satisfies PresentMessage);
      return () => {
        channel.close();
        channelRef.current = null;
      };
    },
    [name],
  );

  useEffect(
    function tellTheOtherWindow() {
      if (index === agreed.current) return;
      agreed.current = index;
      channelRef.current?.postMessage({ type: 'slide', index } satisfies PresentMessage);
    },
    [index],
  );
}
