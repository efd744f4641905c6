// `npm run validate -- FILE...`: checks story files as the app would, and says where each
// problem is. Exits 1 when any file has errors; warnings alone do not fail.
import { readFileSync } from 'node:fs';
import { parseStoryText } from '../src/domain/parse-story.ts';
import { formatProblem, type StoryProblem } from '../src/domain/story-problems.ts';
import { detectStoryFormat } from '../src/importers/detect-format.ts';
import { locatePath } from './json-locations.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- FILE...');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
    failed = true;
    continue;
  }
  const format = detectStoryFormat(text);
  if (format === 'timelinejs' || format === 'timelinejs-csv') {
    console.log(
      `${file}: is a ${format} file; turn it into a story with: npm run convert -- ${file}`,
    );
    failed = true;
    continue;
  }
  const result = parseStoryText(text);
  const errors = result.ok ? [] : result.problems;
  const warnings = result.ok ? result.warnings : [];
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = result.ok
    ? `valid, ${count(result.story.events.length, 'event')}, ${count(warnings.length, 'warning')}`
    : `${count(errors.length, 'error')}`;
  console.log(`${file}: ${summary}`);
  const line = (severity: string, problem: StoryProblem) => {
    const at =
      problem.line !== undefined
        ? { line: problem.line, column: problem.column ?? 1 }
        : locatePath(text, problem.path);
    console.log(
      `  ${file}:${at.line}:${at.column}  ${severity.padEnd(7)}  ${formatProblem(problem)}`,
    );
  };
  for (const problem of errors) line('error', problem);
  for (const problem of warnings) line('warning', problem);
  if (errors.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
