import type { AttemptQuestion, AttemptView } from '../../contract/attemptSchemas';
import type { CoursePackage, Question } from '../course/courseTypes';
import type { LearnerDb } from '../db/learnerDatabase';
import { attemptTitle, questionBank, questionFor } from './attemptCourse';
import { countSubmittedAttempts, readPresentedQuestions, readSavedAnswers, slotOf } from './attemptRows';
import type { AttemptRow, PresentedQuestion, SavedAnswer } from './attemptRows';
import { correctAnswerOf, optionFeedback } from './gradeAttempt';

/*
 * The one place an attempt becomes what the renderer sees. Fields are copied one by one, never spread from the
 * package question: before submission a question carries its id, type, stem, the shown options (id and text)
 * and the learner's own saved answer, and nothing that reveals the key.
 */

function shownOptions(question: Question, presented: PresentedQuestion): AttemptQuestion['options'] {
  if (question.type === 'true-false') return [];
  return presented.optionOrder.map((id) => {
    const option = question.options.find((candidate) => candidate.id === id);
    return { id, text: option?.text ?? '' };
  });
}

function questionView(
  question: Question,
  presented: PresentedQuestion,
  saved: SavedAnswer | undefined,
  submitted: boolean,
): AttemptQuestion {
  const view: AttemptQuestion = {
    id: question.id,
    type: question.type,
    stem: question.stem,
    options: shownOptions(question, presented),
    answer: saved?.answer ?? null,
  };
  if (!submitted) return view;
  return {
    ...view,
    result: {
      correct: presented.correct === true,
      correctAnswer: correctAnswerOf(question, presented.optionOrder),
      explanation: question.explanation,
      feedback: optionFeedback(question, saved?.answer, presented.optionOrder),
      reference: question.reference,
    },
  };
}

/** The learner's view of an attempt: answer key, explanations and feedback only once it is submitted. */
export function buildAttemptView(db: LearnerDb, course: CoursePackage, row: AttemptRow): AttemptView {
  const submitted = row.status === 'submitted';
  const bank = questionBank(course, row);
  const answers = readSavedAnswers(db, row.id);
  const questions = readPresentedQuestions(db, row.id).map((presented) =>
    questionView(questionFor(bank, presented), presented, answers.get(presented.questionId), submitted),
  );
  return {
    attemptId: row.id,
    kind: row.kind,
    courseId: row.course_id,
    courseVersion: row.course_version,
    moduleId: row.module_id,
    title: attemptTitle(course, row),
    number: row.number,
    status: row.status,
    passMark: row.pass_mark,
    questions,
    score: submitted ? row.score : null,
    passed: submitted ? row.passed === 1 : null,
    attemptsUsed: countSubmittedAttempts(db, row.learner_id, slotOf(row)),
    maxAttempts: row.kind === 'post-test' ? (course.postTest?.maxAttempts ?? null) : null,
  };
}
