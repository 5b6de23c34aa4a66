import type { AttemptView } from '../../../../main/contract/attemptSchemas';
import { routeHref } from '../../app/routes';

/** A post-test's right answers per module, so the learner sees where to review. */
export function ModuleResults({ view }: { view: AttemptView }) {
  if (view.moduleResults.length === 0) return null;
  return (
    <section aria-labelledby="module-results" className="module-results">
      <h2 id="module-results">Results by module</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Correct</th>
          </tr>
        </thead>
        <tbody>
          {view.moduleResults.map((result) => (
            <tr key={result.moduleId} data-module-id={result.moduleId}>
              <th scope="row">
                <a
                  href={routeHref({
                    screen: 'module',
                    courseId: view.courseId,
                    moduleId: result.moduleId,
                    anchor: null,
                  })}
                >
                  {result.title}
                </a>
              </th>
              <td>
                {result.correct} of {result.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
