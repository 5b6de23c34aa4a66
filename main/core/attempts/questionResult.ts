import type { LearnerAnswer, QuestionResult } from '../../contract/attemptSchemas';
import type { CourseModule, CoursePackage, Question } from '../course/courseTypes';
import { questionBlockHtml, questionInlineHtml, questionPlainText } from '../course/render/questionText';
import type { PresentedQuestion } from './attemptRows';
import { correctAnswerOf, optionFeedback } from './gradeAttempt';

/** The module a presented question draws on: the quiz's own module, or a post-test item's `module`. */
export function moduleOfQuestion(
  course: CoursePackage,
  quizModule: CourseModule | null,
  question: Question,
): CourseModule | null {
  if (quizModule) return quizModule;
  return course.modules.find((module) => module.id === question.module) ?? null;
}

/**
 * One submitted question's result. Fields are copied one by one, never spread from the package question; the key,
 * the feedback and the explanation go in only when `revealed`, and a result that is not revealed names only
 * whether the answer was right and where to review.
 */
export function questionResult(
  question: Question,
  presented: PresentedQuestion,
  answer: LearnerAnswer | undefined,
  module: CourseModule | null,
  revealed: boolean,
): QuestionResult {
  const correct = presented.correct === true;
  const section = module?.headings.find((heading) => heading.id === question.section) ?? null;
  const review = module
    ? {
        moduleId: module.id,
        moduleTitle: module.title,
        sectionId: section?.id ?? null,
        sectionTitle: section?.text ?? null,
      }
    : null;
  if (!revealed) return { revealed: false, correct, review };
  return {
    revealed: true,
    correct,
    review,
    correctAnswer: correctAnswerOf(question, presented.optionOrder),
    explanation: questionPlainText(question.explanation),
    explanationHtml: questionBlockHtml(question.explanation),
    feedback: optionFeedback(question, answer, presented.optionOrder).map((item) => ({
      optionId: item.optionId,
      text: questionPlainText(item.text),
      html: questionInlineHtml(item.text),
    })),
    reference: question.reference,
  };
}
