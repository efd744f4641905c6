// How much of a story file has arrived, for the loading state to show while a large one
// downloads: 38 MB of 100,000 events take minutes on a slow phone network.

/** The count moves on a megabyte at a time: a large file arrives in hundreds of parts. */
export const PROGRESS_STEP_BYTES = 1024 * 1024;

const received = new Map<string, number>();
const listeners = new Set<() => void>();

/** A read of the file at `url` starts: a try after a broken one counts from nothing. */
export function startReceiving(url: string): void {
  reportReceived(url, 0);
}

/** Bytes of the file at `url` read so far, as each part of it arrives. */
export function reportReceived(url: string, bytes: number): void {
  const before = received.get(url) ?? 0;
  received.set(url, bytes);
  if (Math.floor(bytes / PROGRESS_STEP_BYTES) === Math.floor(before / PROGRESS_STEP_BYTES)) return;
  for (const listener of listeners) listener();
}

/** Whole megabytes of the file at `url` read so far; 0 before the first is here. */
export function receivedMegabytes(url: string): number {
  return Math.floor((received.get(url) ?? 0) / PROGRESS_STEP_BYTES);
}

export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
