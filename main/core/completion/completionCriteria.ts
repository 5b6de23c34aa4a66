import { requiredStudyMinutes } from './studyTimeRule';
import type { CoursePackage } from '../course/courseTypes';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function joinClauses(clauses: string[]): string {
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1) ?? ''}`;
}

/**
 * What a learner had to do to earn the certificate, in plain words from the course's completion rules (the same
 * rules `completionStatus` checks). It goes into the credential as the Open Badges `criteria.narrative`.
 */
export function completionCriteriaNarrative(course: CoursePackage): string {
  const rules = course.completion;
  const count = course.modules.length;
  const clauses = [
    `Read ${count === 1 ? 'the module' : `all ${count} modules`} to the end and passed ` +
      `${count === 1 ? 'its quiz' : 'each module quiz'} (pass mark ${percent(rules.modulePass)})`,
  ];
  if (course.postTest) clauses.push(`passed the post-test (pass mark ${percent(rules.postTestPass)})`);
  if (course.evaluation && rules.requireEvaluation) clauses.push('submitted the course evaluation');
  const requiredMinutes = requiredStudyMinutes(course);
  if (requiredMinutes > 0) {
    clauses.push(
      `recorded at least ${requiredMinutes} minutes of active study (${percent(rules.minTimeFraction)} of the ` +
        `${Math.round(course.estimate.totalMinutes)}-minute estimate)`,
    );
  }
  if (rules.requireAttestation) clauses.push('attested the time spent and the credit claimed');
  return `${joinClauses(clauses)}.`;
}
