import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const folder = mkdtempSync(path.join(tmpdir(), 'newsline-cli-'));

function file(name: string, text: string): string {
  const full = path.join(folder, name);
  writeFileSync(full, text);
  return full;
}

function run(script: string, ...args: string[]) {
  const result = spawnSync('node', ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BROKEN = `{
  "version": 1,
  "title": "Broken",
  "sources": [{ "id": "s", "publisher": "P", "title": "T" }],
  "events": [
    { "id": "a", "title": "A", "start": "2025-02-30", "kind": "call", "sources": ["s"] }
  ]
}`;

const WARNED = `{
  "version": 1,
  "title": "Warned",
  "events": [{ "id": "a", "title": "A", "start": "2025-02-12", "kind": "call" }]
}`;

test(
  'validate says where each error and warning is, and fails only on errors',
  { timeout: 30_000 },
  () => {
    const broken = file('broken.json', BROKEN);
    const warned = file('warned.json', WARNED);
    const result = run('validate', 'data/story.json', broken, warned);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'data/story.json: valid, 10 events, 0 warnings',
      `${broken}: 1 error`,
      `  ${broken}:6:41  error    events[0].start: 2025-02-30 is not a date: February 2025 has 28 days`,
      `${warned}: valid, 1 event, 1 warning`,
      `  ${warned}:4:14  warning  events[0].sources: the event cites no sources`,
      '',
    ]);
    expect(run('validate', warned).status).toBe(0);
    expect(run('validate').status).toBe(2);
  },
);

test(
  'convert writes a TimelineJS spreadsheet as a story and says what to check',
  { timeout: 30_000 },
  () => {
    const sheet = file('sheet.csv', 'Year,Month,Day,Headline\n2025,2,12,A call\n2025,,,A year\n');
    const result = run('convert', sheet);
    expect(result.status).toBe(0);
    const story = JSON.parse(result.stdout);
    expect(story.events.map((event: { start: string }) => event.start)).toEqual([
      '2025-02-12',
      '2025',
    ]);
    expect(result.stderr).toContain('converted from timelinejs-csv, 2 events; valid, 2 warnings');
  },
);
