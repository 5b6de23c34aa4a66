/**
 * The typed shape of a loaded course package (format 1, see shared/course-format.md).
 * Manifest keys are camelCased; dates stay ISO `YYYY-MM-DD` strings; `x-` keys are kept in `extensions`.
 */

/** One problem found in a package: where it is and what the author should do. */
export interface CourseProblem {
  severity: 'error' | 'warning';
  /** Relative to the package root, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

/** `course` is present only when no problem is an error. */
export interface CourseLoadResult {
  course: CoursePackage | null;
  problems: CourseProblem[];
}

/** Keys starting with `x-`: kept for the author's own tools, ignored by the player. */
export type Extensions = Record<string, unknown>;

export interface QuestionOption {
  id: string;
  text: string;
  why: string | null;
}

interface QuestionBase {
  id: string;
  stem: string;
  explanation: string;
  reference: string | null;
  /** 1-based index into the module's (or, in the post-test, the course's) objectives. */
  objective: number | null;
  extensions: Extensions;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: QuestionOption[];
  answer: string;
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: QuestionOption[];
  answer: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: boolean;
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion;
export type QuestionType = Question['type'];

/** One heading of a rendered document, for a table of contents and for anchor checks. */
export interface DocumentHeading {
  level: number;
  text: string;
  id: string;
  /** 1-based line in the source file. */
  line: number;
}

export interface ModuleEstimate {
  readingWords: number;
  questionCount: number;
  minutes: number;
}

export interface CourseModule {
  id: string;
  title: string;
  /** The author's estimate from front matter. */
  minutes: number;
  objectives: string[];
  /** Path of the module file relative to the package root, as listed in course.yml. */
  file: string;
  /**
   * Reading text: the file after its front matter, with question blocks blanked out (their lines are kept empty
   * so that line numbers still match the file).
   */
  markdown: string;
  /** 1-based file line of the first line of `markdown`. */
  markdownStartLine: number;
  headings: DocumentHeading[];
  questions: Question[];
  estimate: ModuleEstimate;
  /** sha256 (hex) of the module file's bytes, so records can tell a changed module. */
  contentHash: string;
  extensions: Extensions;
}

export interface PostTest {
  draw: number;
  shuffleOptions: boolean;
  maxAttempts: number | null;
  questions: Question[];
  extensions: Extensions;
}

export type EvaluationItem =
  | { id: string; type: 'likert'; prompt: string; required: boolean }
  | { id: string; type: 'choice'; prompt: string; required: boolean; options: string[] }
  | { id: string; type: 'text'; prompt: string; required: boolean };

export interface Evaluation {
  title: string;
  items: EvaluationItem[];
  extensions: Extensions;
}

export interface Provider {
  name: string;
  address: string | null;
  contact: string | null;
}

/** course.yml `signatory`: the provider's representative named on certificates. */
export interface Signatory {
  name: string;
  role: string;
}

export interface FacultyMember {
  name: string;
  credentials: string | null;
  disclosure: string | null;
}

export interface CreditDesignation {
  type: string;
  statement: string;
}

export interface Credit {
  hours: number;
  designations: CreditDesignation[];
}

/** Completion rules with the format's defaults applied. */
export interface CompletionRules {
  modulePass: number;
  postTestPass: number;
  requireEvaluation: boolean;
  requireAttestation: boolean;
  minTimeFraction: number;
}

export interface CourseEstimate {
  modules: Array<ModuleEstimate & { moduleId: string }>;
  readingWords: number;
  /** Questions a learner is presented: every module question plus the post-test draw. */
  presentedQuestions: number;
  evaluationMinutes: number;
  totalMinutes: number;
}

/** The fields of course.yml, camelCased, with defaults applied. */
export interface CourseManifest {
  format: 1;
  id: string;
  version: string;
  title: string;
  subtitle: string | null;
  language: string;
  summary: string;
  audience: string | null;
  releaseDate: string;
  reviewDate: string;
  expiryDate: string;
  provider: Provider;
  faculty: FacultyMember[];
  credit: Credit;
  accreditationStatement: string | null;
  /** The provider's representative printed on certificates, or null when the course names none. */
  signatory: Signatory | null;
  disclaimer: string | null;
  objectives: string[];
  completion: CompletionRules;
  /** Module file paths in reading order, as listed. */
  moduleFiles: string[];
  extensions: Extensions;
}

export interface CoursePackage extends CourseManifest {
  /** Absolute, symlink-resolved path of the package folder. */
  rootDir: string;
  modules: CourseModule[];
  postTest: PostTest | null;
  evaluation: Evaluation | null;
  referencesMarkdown: string | null;
  /** Keys of references.md list items (`[key] ...`), in order. */
  referenceKeys: string[];
  estimate: CourseEstimate;
}
