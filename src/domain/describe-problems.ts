// What a writer is told when a story file is not sound: where the JSON breaks, and each
// schema problem in words, at its place in the file.
import type { StoryProblem } from './story-problems.ts';
import type { z } from './zod.ts';

/** A schema problem at its place in the file. */
export function toProblem(issue: { path: PropertyKey[]; message: string }): StoryProblem {
  return {
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  };
}

/** Where the text stops being JSON, by line and column, or that it is a web page. */
export function describeJsonError(text: string, error: unknown): StoryProblem {
  // A wrong address often answers with a web page (a login, a 404 page) instead of the file.
  if (/^\uFEFF?\s*<(!doctype|html|head|body|\?xml)\b/i.test(text)) {
    return {
      path: [],
      message:
        'is a web page (HTML), not a story file: check that the address points to the JSON file itself',
      line: 1,
      column: 1,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  // V8 words its messages differently across versions; keep its reason, add our own place.
  const reason = message.replace(/\s*(?:in JSON\s*)?at position \d+.*$/s, '');
  if (!position) return { path: [], message: `is not valid JSON: ${reason}` };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    path: [],
    message: `is not valid JSON at line ${line}, column ${column}: ${reason}`,
    line,
    column,
  };
}

/** A schema problem in the writer's words; `undefined` keeps the schema's own message. */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${article(issue.expected)} (found ${describeValue(issue.input)})`;
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (found ${describeValue(issue.input)})`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
