import type { CourseProblemView } from '../../../main/contract/channels';

/** The course validator's problems, one `file:line:column message` line each, as a provider fixes them. */
export function CourseProblemList({ problems }: { problems: readonly CourseProblemView[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>
            {problem.file}:{problem.line}:{problem.column}
          </code>{' '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
