// `npm run convert -- IN > OUT.json`: a TimelineJS file or spreadsheet (CSV) as a Newsline
// story. The story goes to standard output; what to check goes to standard error.
import { readFileSync } from 'node:fs';
import { parseStoryData } from '../src/domain/parse-story.ts';
import { formatProblem } from '../src/domain/story-problems.ts';
import { convertToStoryFile } from '../src/importers/import-story.ts';

const [input] = process.argv.slice(2);
if (input === undefined) {
  console.error('Usage: npm run convert -- IN > OUT.json   (IN: TimelineJS JSON or CSV)');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(input, 'utf8');
} catch (error) {
  console.error(`${input}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  process.exit(2);
}
const converted = convertToStoryFile(text);
if (!converted.ok) {
  console.error(
    converted.format === 'newsline'
      ? `${input}: is already a Newsline story; check it with npm run validate -- ${input}`
      : `${input}: ${converted.message}`,
  );
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(converted.file, null, 2)}\n`);
const result = parseStoryData(converted.file);
const problems = result.ok ? result.warnings : result.problems;
console.error(
  `${input}: converted from ${converted.format}, ${converted.file.events.length} events; ` +
    (result.ok ? `valid, ${problems.length} warnings` : `${problems.length} errors to fix`),
);
for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
process.exit(result.ok ? 0 : 1);
