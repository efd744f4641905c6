import type { StoryFile } from '../domain/event-schema.ts';
import { parseStoryData, parseStoryText, type StoryParseResult } from '../domain/parse-story.ts';
import { readStoryFormat, type StoryFormat } from './detect-format.ts';
import { fromTimelineJs, ImportError, type TimelineJsFile } from './timelinejs.ts';
import { fromTimelineJsCsv } from './timelinejs-csv.ts';

/** A story file in Newsline's format, from any format Newsline reads, or why it could not be. */
export function convertToStoryFile(
  text: string,
  { format, data } = readStoryFormat(text),
):
  | { ok: true; format: StoryFormat; file: StoryFile }
  | { ok: false; format: StoryFormat; message: string } {
  try {
    if (format === 'timelinejs') {
      return { ok: true, format, file: fromTimelineJs(data as TimelineJsFile) };
    }
    if (format === 'timelinejs-csv') return { ok: true, format, file: fromTimelineJsCsv(text) };
    if (format === 'timelinejs2') {
      return {
        ok: false,
        format,
        message:
          'is a TimelineJS 2 file ("timeline" with "date"); open it in TimelineJS 3 and save it again, or export the spreadsheet as CSV',
      };
    }
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, format, message: error.message };
    throw error;
  }
  return { ok: false, format, message: 'is neither a Newsline story nor a TimelineJS file' };
}

/**
 * Reads a story from the text of any file Newsline understands: its own JSON, TimelineJS
 * JSON, or a TimelineJS spreadsheet saved as CSV. The format is told from the content.
 */
export function importStoryText(text: string): StoryParseResult & { format: StoryFormat } {
  const read = readStoryFormat(text);
  const { format, data } = read;
  if (format === 'newsline' || format === 'unknown') {
    // Text that is not JSON is read again for where it breaks.
    return { ...(data === undefined ? parseStoryText(text) : parseStoryData(data)), format };
  }
  const converted = convertToStoryFile(text, read);
  if (!converted.ok)
    return { ok: false, problems: [{ path: [], message: converted.message }], format };
  return { ...parseStoryData(converted.file), format };
}
