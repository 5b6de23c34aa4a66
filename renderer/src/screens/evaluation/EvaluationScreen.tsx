import { useState } from 'react';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { EvaluationAnswers } from './EvaluationAnswers';
import { EvaluationForm, type EvaluationSubmission } from './EvaluationForm';

/** The course evaluation: the form until it is submitted, then the answers read-only with the date. */
export function EvaluationScreen({ courseId }: { courseId: string }) {
  const loaded = useChannel('evaluation.get', { courseId }, courseId);
  const [justSubmitted, setJustSubmitted] = useState<EvaluationSubmission | null>(null);
  const view = loaded.status === 'ready' ? loaded.value : null;
  const submission = justSubmitted ?? view?.submitted ?? null;
  // Focus returns to the heading once the form gives way to the submitted answers.
  const headingRef = useScreenFocus<HTMLHeadingElement>(
    `evaluation:${courseId}:${loaded.status}:${submission ? 'submitted' : 'open'}`,
  );
  return (
    <>
      <CourseBreadcrumb courseId={courseId} />
      <h1 ref={headingRef} tabIndex={-1}>
        {view?.title ?? 'Course evaluation'}
      </h1>
      <StatusMessage state={loaded} what="the course evaluation" />
      {view &&
        (submission ? (
          <EvaluationAnswers courseId={courseId} view={view} submission={submission} />
        ) : (
          <EvaluationForm courseId={courseId} view={view} onSubmitted={setJustSubmitted} />
        ))}
    </>
  );
}
