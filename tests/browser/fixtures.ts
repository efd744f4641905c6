import { formatProblem } from '../../src/domain/story-problems.ts';
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseStoryText } from '../../src/domain/parse-story.ts';

export { expect };

/** The default story, as the app reads it. */
export function defaultStory() {
  const text = readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8');
  const result = parseStoryText(text);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.story;
}

interface Fixtures {
  /** Console errors a test expects, such as the browser's own note of a 404. */
  allowedConsoleErrors: RegExp | null;
  consoleErrors: string[];
  /** Content Security Policy violations reported in any frame, as `directive: sample`. */
  cspViolations: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      const unexpected = errors.filter((error) => !allowedConsoleErrors?.test(error));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  // Every test fails on a violation report: against nginx, a script or style the policy
  // blocks (even one that is only parsed, never run) is a fault of ours.
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('newslineReportViolation', (violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { newslineReportViolation(text: string): void })
            .newslineReportViolation;
          report(`${event.violatedDirective}: ${event.sample || event.blockedURI}`);
        });
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export function timeline(page: Page) {
  return page.getByRole('listbox', { name: /^(Timeline|Хронологія):/ });
}

/** An event on the timeline, found by its title as a screen reader hears it. */
export function eventOption(page: Page, title: string) {
  return timeline(page).getByRole('option', { name: new RegExp(`^${escapeRegExp(title)},`) });
}

export function eventPanel(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

export function visibleRange(page: Page) {
  return page.getByText(/^Showing /);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keeps the app's scripts from arriving: what is on screen is the page as sent. */
export async function withoutAppScripts(page: Page) {
  await page.route('**/assets/*.js', (route) => route.abort('internetdisconnected'));
}
