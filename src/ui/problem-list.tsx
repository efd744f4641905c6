import { useMessages } from './i18n/messages-context.tsx';

/**
 * At most this many problems are listed: a file of 100,000 broken events has hundreds of
 * thousands, and a list of them all would take the page seconds to draw. `npm run validate`
 * lists every one.
 */
export const LISTED_PROBLEMS = 1_000;

/** Problems or warnings of a story file, each as `path: message`. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  const messages = useMessages();
  const more = problems.length - LISTED_PROBLEMS;
  return (
    <ul className="problem-list">
      {problems.slice(0, LISTED_PROBLEMS).map((problem, index) => (
        <li key={index}>
          <code>{problem}</code>
        </li>
      ))}
      {more > 0 && <li>{messages.moreProblems(more)}</li>}
    </ul>
  );
}
