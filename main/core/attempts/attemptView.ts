import type { AttemptQuestion, AttemptView } from '../../contract/attemptSchemas';
import type { CourseModule, CoursePackage, Question } from '../course/courseTypes';
import { questionBlockHtml, questionInlineHtml, questionPlainText } from '../course/render/questionText';
import type { LearnerDb } from '../db/learnerDatabase';
import { attemptTitle, moduleOfAttempt, questionBank, questionFor } from './attemptCourse';
import { countSubmittedAttempts, readPresentedQuestions, readSavedAnswers, slotOf } from './attemptRows';
import type { AttemptRow, PresentedQuestion, SavedAnswer } from './attemptRows';
import { feedbackPolicyOf, keyRevealed } from './feedbackPolicy';
import { moduleOfQuestion, questionResult } from './questionResult';

/*
 * The one place an attempt becomes what the renderer sees. Fields are copied one by one, never spread from the
 * package question: before submission a question carries its id, type, stem, the shown options (id and text)
 * and the learner's own saved answer, and nothing that reveals the key or, in the post-test, its module.
 */

function shownOptions(question: Question, presented: PresentedQuestion): AttemptQuestion['options'] {
  if (question.type === 'true-false') return [];
  return presented.optionOrder.map((id) => {
    const text = question.options.find((candidate) => candidate.id === id)?.text ?? '';
    return { id, text: questionPlainText(text), html: questionInlineHtml(text) };
  });
}

interface Presented {
  question: Question;
  presented: PresentedQuestion;
  saved: SavedAnswer | undefined;
}

/** The learner's view of an attempt: the key, explanations and feedback only as the feedback policy allows. */
export function buildAttemptView(db: LearnerDb, course: CoursePackage, row: AttemptRow): AttemptView {
  const submitted = row.status === 'submitted';
  const bank = questionBank(course, row);
  const answers = readSavedAnswers(db, row.id);
  const policy = feedbackPolicyOf(course, row);
  const revealed = keyRevealed(db, course, row, policy);
  const quizModule = moduleOfAttempt(course, row);
  const items: Presented[] = readPresentedQuestions(db, row.id).map((presented) => ({
    question: questionFor(bank, presented),
    presented,
    saved: answers.get(presented.questionId),
  }));
  const questions = items.map(({ question, presented, saved }): AttemptQuestion => {
    const view: AttemptQuestion = {
      id: question.id,
      type: question.type,
      stem: questionPlainText(question.stem),
      stemHtml: questionBlockHtml(question.stem),
      options: shownOptions(question, presented),
      answer: saved?.answer ?? null,
    };
    if (!submitted) return view;
    const module = moduleOfQuestion(course, quizModule, question);
    return { ...view, result: questionResult(question, presented, saved?.answer, module, revealed) };
  });
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
    feedbackPolicy: policy,
    keyRevealed: revealed,
    moduleResults: submitted && row.kind === 'post-test' ? moduleResults(course, items) : [],
  };
}

/** Right answers per module among the post-test's items that name their module, in the course's module order. */
function moduleResults(course: CoursePackage, items: readonly Presented[]): AttemptView['moduleResults'] {
  const byModule = new Map<CourseModule, { correct: number; total: number }>();
  for (const { question, presented } of items) {
    const module = moduleOfQuestion(course, null, question);
    if (!module) continue;
    const tally = byModule.get(module) ?? { correct: 0, total: 0 };
    tally.total += 1;
    if (presented.correct === true) tally.correct += 1;
    byModule.set(module, tally);
  }
  return course.modules.flatMap((module) => {
    const tally = byModule.get(module);
    return tally ? [{ moduleId: module.id, title: module.title, ...tally }] : [];
  });
}
