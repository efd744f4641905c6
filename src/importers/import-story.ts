import type { StoryFile } from '../domain/event-schema.ts';
import { parseStoryData, parseStoryText, type StoryParseResult } from '../domain/parse-story.ts';
import { detectStoryFormat, type StoryFormat } from './detect-format.ts';
import { fromTimelineJs, ImportError, type TimelineJsFile } from './timelinejs.ts';
import { fromTimelineJsCsv } from './timelinejs-csv.ts';

/** A story file in Newsline's format, from any format Newsline reads, or why it could not be. */
export function convertToStoryFile(
  text: string,
):
  | { ok: true; format: StoryFormat; file: StoryFile }
  | { ok: false; format: StoryFormat; message: string } {
  const format = detectStoryFormat(text);
  try {
    if (format === 'timelinejs') {
      return { ok: true, format, file: fromTimelineJs(JSON.parse(text) as TimelineJsFile) };
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
  const format = detectStoryFormat(text);
  if (format === 'newsline' || format === 'unknown') return { ...parseStoryText(text), format };
  const converted = convertToStoryFile(text);
  if (!converted.ok)
    return { ok: false, problems: [{ path: [], message: converted.message }], format };
  return { ...parseStoryData(converted.file), format };
}
