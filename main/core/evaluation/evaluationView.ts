import type { EvaluationView } from '../../contract/evaluationSchemas';
import { CoreError } from '../coreError';
import type { CoursePackage } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { getEvaluationSubmission } from './evaluationRecords';

/** The course's evaluation form and the learner's submission on this version, if any. */
export function evaluationView(db: LearnerDb, learnerId: string, course: CoursePackage): EvaluationView {
  const evaluation = course.evaluation;
  if (!evaluation) throw new CoreError('not_found', `The course "${course.title}" has no evaluation.`);
  const submitted = getEvaluationSubmission(db, learnerId, course);
  return {
    title: evaluation.title,
    requiredForCertificate: course.completion.requireEvaluation,
    items: evaluation.items.map((item) => ({
      id: item.id,
      type: item.type,
      prompt: item.prompt,
      options: item.type === 'choice' ? [...item.options] : [],
      required: item.required,
    })),
    submitted: submitted ? { submittedAt: submitted.submittedAt, responses: submitted.responses } : null,
  };
}
