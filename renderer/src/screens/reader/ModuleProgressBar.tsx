import { useId } from 'react';

/** A slim bar for how far the learner has got in this module, with the module's number and the percentage. */
export function ModuleProgressBar({ number, fraction }: { number: number; fraction: number }) {
  const labelId = useId();
  const percent = Math.round(fraction * 100);
  return (
    <div className="module-progress">
      <p id={labelId} className="module-progress-label">
        Module {number}: {percent}% read
      </p>
      <progress className="progress progress-slim" aria-labelledby={labelId} max={100} value={percent} />
    </div>
  );
}
