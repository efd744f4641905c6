import { useMemo } from 'react';
import type { Source } from '../domain/event-schema.ts';

/** The story's sources by id, for the events, quotes and accounts that name them. */
export function useSourcesById(sources: readonly Source[]): ReadonlyMap<string, Source> {
  return useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
}
