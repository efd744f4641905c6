export type StoryFormat = 'newsline' | 'timelinejs' | 'timelinejs2' | 'timelinejs-csv' | 'unknown';

/** Tells a Newsline story from a TimelineJS file or spreadsheet by its content alone. */
export function detectStoryFormat(text: string): StoryFormat {
  return readStoryFormat(text).format;
}

/**
 * The file's format and, when it is JSON, what it holds: read once, so that a large file is
 * not parsed again to be converted or checked.
 */
export function readStoryFormat(text: string): { format: StoryFormat; data?: unknown } {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(start);
    } catch {
      return { format: 'newsline' };
    }
    return { format: formatOfData(data), data };
  }
  const header = start.split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  if (header.includes('headline') && (header.includes('year') || header.includes('start date'))) {
    return { format: 'timelinejs-csv' };
  }
  return { format: start.startsWith('[') ? 'newsline' : 'unknown' };
}

function formatOfData(data: unknown): StoryFormat {
  if (typeof data !== 'object' || data === null) return 'newsline';
  const record = data as Record<string, unknown>;
  if ('version' in record) return 'newsline';
  if (typeof record.timeline === 'object' && record.timeline !== null) return 'timelinejs2';
  const events = Array.isArray(record.events) ? (record.events as Record<string, unknown>[]) : [];
  const looksLikeTimelineJs =
    events.some((event) => typeof event === 'object' && event !== null && 'start_date' in event) ||
    (typeof record.title === 'object' && record.title !== null && 'text' in record.title);
  return looksLikeTimelineJs ? 'timelinejs' : 'newsline';
}
