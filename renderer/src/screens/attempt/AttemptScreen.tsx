import { useState } from 'react';
import type { AttemptView } from '../../../../main/contract/attemptSchemas';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { attemptKindLabel } from './answerText';
import { AttemptForm } from './AttemptForm';
import { AttemptResult } from './AttemptResult';

/**
 * A module quiz or the post-test, by attempt id, so a reload resumes it with the answers already saved. Open
 * attempts show the questions; submitted ones the core's grading.
 */
export function AttemptScreen({ attemptId }: { attemptId: string }) {
  const loaded = useChannel('attempts.get', { attemptId }, attemptId);
  const [submitted, setSubmitted] = useState<AttemptView | null>(null);
  const view = submitted ?? (loaded.status === 'ready' ? loaded.value : null);
  const headingRef = useScreenFocus<HTMLHeadingElement>(
    `attempt:${attemptId}:${view?.status ?? loaded.status}`,
  );
  if (!view) {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          Quiz
        </h1>
        <StatusMessage state={loaded} what="this quiz" />
      </>
    );
  }
  // The core titles a post-test "Post-test: <course>" and a module quiz by its module's title.
  const kind = attemptKindLabel(view.kind);
  const subject = view.title.replace(/^Post-test: /, '');
  return (
    <>
      <CourseBreadcrumb courseId={view.courseId} />
      <h1 ref={headingRef} tabIndex={-1}>
        {view.status === 'open' ? `${kind}: ${subject}` : `${kind} results: ${subject}`}
      </h1>
      {view.status === 'open' ? (
        <AttemptForm
          view={view}
          onSubmitted={(next) => {
            setSubmitted(next);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : (
        <AttemptResult view={view} />
      )}
    </>
  );
}
