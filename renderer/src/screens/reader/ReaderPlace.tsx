import { useId } from 'react';
import type { ModuleReading } from '../../../../main/contract/playerSchemas';

/**
 * Where the learner is in the course, under the module's title: "Module 3 of 10", whether its quiz is passed, and
 * the course's progress bar (modules read and passed, of all).
 */
export function ReaderPlace({ reading }: { reading: ModuleReading }) {
  const labelId = useId();
  const { modulesDone, modulesTotal } = reading.courseProgress;
  return (
    <div className="reader-place">
      <p className="module-number">
        Module {reading.number} of {modulesTotal}
        {reading.quizPassed && <span className="module-number-quiz"> · Quiz passed</span>}
      </p>
      <div className="course-progress-line">
        <span id={labelId}>
          Course progress: {modulesDone} of {modulesTotal} modules done
        </span>
        <progress className="progress" aria-labelledby={labelId} max={modulesTotal} value={modulesDone} />
      </div>
    </div>
  );
}
