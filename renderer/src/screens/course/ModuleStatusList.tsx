import type { CourseHome, ModuleStatus } from '../../../../main/contract/playerSchemas';
import { formatMinutes, formatPercent } from '../../ui/displayFormats';
import { routeHref } from '../../app/routes';

/** One module's status in plain words. */
export function moduleStatusText(module: ModuleStatus): string {
  const best = module.bestScore === null ? '' : `, best score ${formatPercent(module.bestScore)}`;
  if (module.quizPassed) return `Quiz passed${best}`;
  if (module.readToEnd) return module.bestScore === null ? 'Read' : `Read, quiz not passed yet${best}`;
  if (module.opened) return 'Reading';
  return 'Not started';
}

/** A module is finished once it is read to the end and its quiz is passed (as the core counts modules done). */
function isFinished(module: ModuleStatus): boolean {
  return module.readToEnd && module.quizPassed;
}

/**
 * The modules in reading order, numbered, with a check on each finished one, its status, its estimated time
 * ("about 23 min") and a note when it changed since the last visit.
 */
export function ModuleStatusList({ course }: { course: CourseHome }) {
  return (
    <section aria-labelledby="course-modules">
      <h2 id="course-modules">Modules</h2>
      {course.changedModules.length > 0 && (
        <p className="notice notice-warning">
          Some modules changed since your last visit. Review the ones marked below before taking their quiz
          again.
        </p>
      )}
      <ol className="module-list">
        {course.modules.map((module, index) => {
          const finished = isFinished(module);
          return (
            <li
              key={module.id}
              data-status={module.quizPassed ? 'passed' : module.readToEnd ? 'read' : 'open'}
              data-finished={finished || undefined}
            >
              <span className="module-title-cell">
                <span className="module-index" aria-hidden="true">
                  {index + 1}.
                </span>
                <span className="module-check" aria-hidden="true">
                  {finished ? '✓' : ''}
                </span>
                <a
                  className="module-title"
                  href={routeHref({
                    screen: 'module',
                    courseId: course.id,
                    moduleId: module.id,
                    anchor: null,
                  })}
                >
                  {module.title}
                </a>
                {finished && <span className="visually-hidden"> (finished)</span>}
              </span>
              <span className="module-meta">
                <span className="module-status">{moduleStatusText(module)}</span>
                {module.needsReview && (
                  <span className="module-review"> · Changed since your last visit</span>
                )}
                <span> · about {formatMinutes(module.minutes)}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
