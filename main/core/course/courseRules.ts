import type { CourseEstimate } from './courseTypes';
import type { ModuleRead } from './moduleReader';
import type { ProblemSink, SourcePlace } from './problemSink';

/** Credit may exceed the estimated work by at most this share. */
export const CREDIT_TOLERANCE = 0.1;
/** A module's `minutes` may differ from its estimate by this share before a warning. */
export const MODULE_MINUTES_TOLERANCE = 0.25;

/** Refuses credit hours more than 10% above the whole estimate: credit must not exceed the work. */
export function checkCreditHours(
  creditHours: { value: number; place: SourcePlace } | null,
  estimate: CourseEstimate,
  sink: ProblemSink,
): void {
  if (!creditHours) return;
  const allowedMinutes = estimate.totalMinutes * (1 + CREDIT_TOLERANCE);
  if (creditHours.value * 60 <= allowedMinutes + 1e-9) return;
  const supported = Math.floor((allowedMinutes / 60) * 4) / 4;
  sink.error(
    creditHours.place,
    `credit.hours ${creditHours.value} is more than the estimated learner time supports: the estimate is ` +
      `${formatMinutes(estimate.totalMinutes)}, so at most ${supported} hours (estimate + 10%, in steps of 0.25). ` +
      'Lower credit.hours or add content.',
  );
}

/** Warns when a module's `minutes` is more than 25% away from the estimate of its reading and quiz. */
export function checkModuleMinutes(read: ModuleRead, sink: ProblemSink): void {
  if (!read.minutes) return;
  const estimated = read.estimate.minutes;
  if (Math.abs(read.minutes.value - estimated) <= estimated * MODULE_MINUTES_TOLERANCE + 1e-9) return;
  sink.warning(
    read.minutes.place,
    `minutes: ${read.minutes.value} differs by more than 25% from the estimate of ${formatMinutes(estimated)} ` +
      `(${read.estimate.readingWords} words / 150 + ${read.estimate.questionCount} questions x 1.85); ` +
      `consider about ${Math.round(estimated)}.`,
  );
}

/** Minutes with one decimal, like "283.4 min". */
export function formatMinutes(minutes: number): string {
  return `${minutes.toFixed(1)} min`;
}
