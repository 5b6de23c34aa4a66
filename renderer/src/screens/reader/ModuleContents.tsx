import type React from 'react';
import type { RefObject } from 'react';
import { routeHref } from '../../app/routes';
import { scrollToId } from '../../ui/scrollToElement';
import type { SectionHeading } from './currentSection';

/**
 * The module's table of contents, with a check mark on each section the learner has read past. The links carry
 * the section's address (for copying), but following one scrolls and moves focus in place, since the address
 * hash belongs to the router.
 */
export function ModuleContents({
  courseId,
  moduleId,
  headings,
  finished,
  containerRef,
}: {
  courseId: string;
  moduleId: string;
  headings: readonly SectionHeading[];
  finished: ReadonlySet<string>;
  containerRef: RefObject<HTMLElement | null>;
}) {
  if (headings.length === 0) return null;
  const follow = (event: React.MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    scrollToId(containerRef.current, id);
  };
  return (
    <nav aria-labelledby="module-contents" className="module-contents">
      <h2 id="module-contents">In this module</h2>
      <ol>
        {headings.map((heading) => {
          const done = finished.has(heading.id);
          return (
            <li
              key={heading.id}
              className={`toc-level-${Math.min(heading.level, 4)}`}
              data-finished={done || undefined}
            >
              <span className="toc-check" aria-hidden="true">
                {done ? '✓' : ''}
              </span>
              <a
                href={routeHref({ screen: 'module', courseId, moduleId, anchor: heading.id })}
                onClick={(event) => follow(event, heading.id)}
              >
                {heading.text}
              </a>
              {done && <span className="visually-hidden"> (read)</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
