/** Problems or warnings of a story file, each as `path: message`. */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{problem}</code>
        </li>
      ))}
    </ul>
  );
}
