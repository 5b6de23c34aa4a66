import type { CourseEstimate, ModuleEstimate } from './courseTypes';

/** Reading speed of the format's time estimate. */
export const WORDS_PER_MINUTE = 150;
/** Minutes per presented question (module quizzes and the post-test draw). */
export const MINUTES_PER_QUESTION = 1.85;
/** Minutes for the evaluation survey, when the package has one. */
export const EVALUATION_MINUTES = 5;

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Kinds are bits, so the counting loop can use arithmetic on them.
const OTHER = 0;
const BREAK = 1;
const WORD = 2;
/** OTHER, BREAK or WORD for each ASCII code, decided by the same two patterns as every other character. */
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) => kindOf(String.fromCharCode(code)));

function kindOf(char: string): number {
  if (SPACE.test(char)) return BREAK;
  return WORD_CHAR.test(char) ? WORD : OTHER;
}

/**
 * Reading words of a module body (front matter and question blocks already removed): whitespace-separated tokens
 * that contain at least one letter or digit, so list bullets and `#` marks do not count.
 */
export function countReadingWords(markdown: string): number {
  // One pass over the characters rather than a split: a million-word course would make a million strings. The pass
  // keeps to arithmetic, not branches, for each character: word and space alternate too often to predict.
  let count = 0;
  let counted = 0;
  for (let i = 0; i < markdown.length; i++) {
    const code = markdown.charCodeAt(i);
    let kind: number;
    if (code < 0x80) {
      kind = ASCII_KINDS[code] ?? OTHER;
    } else {
      const char = String.fromCodePoint(markdown.codePointAt(i) ?? code);
      i += char.length - 1;
      kind = kindOf(char);
    }
    // A word character starts a counted token unless one is counted already; a break ends the token.
    const word = (kind & WORD) >> 1;
    count += word & (counted ^ 1);
    counted = (counted | word) & ((kind & BREAK) ^ 1);
  }
  return count;
}

/** One module's estimate: reading words / 150 plus 1.85 minutes per quiz question. */
export function estimateModuleMinutes(readingWords: number, questionCount: number): ModuleEstimate {
  return {
    readingWords,
    questionCount,
    minutes: readingWords / WORDS_PER_MINUTE + questionCount * MINUTES_PER_QUESTION,
  };
}

/** What the course estimate is computed from. */
export interface CourseEstimateInput {
  modules: Array<{ moduleId: string; readingWords: number; questionCount: number }>;
  /** The post-test `draw`, or 0 without a post-test. */
  postTestDraw: number;
  hasEvaluation: boolean;
}

/**
 * The whole course's learner time, as format 1 defines it: every module's reading and quiz, 1.85 minutes per
 * post-test question drawn, and 5 minutes for the evaluation when present. The validator and the summary both use it.
 */
export function estimateCourseMinutes(input: CourseEstimateInput): CourseEstimate {
  const modules = input.modules.map((m) => ({
    moduleId: m.moduleId,
    ...estimateModuleMinutes(m.readingWords, m.questionCount),
  }));
  const evaluationMinutes = input.hasEvaluation ? EVALUATION_MINUTES : 0;
  const moduleMinutes = modules.reduce((sum, m) => sum + m.minutes, 0);
  return {
    modules,
    readingWords: modules.reduce((sum, m) => sum + m.readingWords, 0),
    presentedQuestions: modules.reduce((sum, m) => sum + m.questionCount, 0) + input.postTestDraw,
    evaluationMinutes,
    totalMinutes: moduleMinutes + input.postTestDraw * MINUTES_PER_QUESTION + evaluationMinutes,
  };
}
