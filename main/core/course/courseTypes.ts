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
  /** The item-writing rule that found it (course:check), like "letter-reference"; absent for format problems. */
  rule?: string;
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
  /** Inline markdown, as written. */
  text: string;
  /** Inline markdown, as written. */
  why: string | null;
}

/**
 * When a submitted attempt may show its answer key, the per-option `why` and the explanations: on every attempt,
 * once the learner has passed, or once no further attempt can be started.
 */
export type FeedbackPolicy = 'always' | 'after_pass' | 'after_last_attempt';

interface QuestionBase {
  id: string;
  /** Inline markdown, as written (render it with render/questionText.ts). */
  stem: string;
  /** Inline markdown, as written. */
  explanation: string;
  reference: string | null;
  /** 1-based index into the module's (or, in the post-test, the course's) objectives. */
  objective: number | null;
  /** Ids of the course or module objectives the item assesses (`objectives: [...]`); empty when none. */
  objectives: string[];
  /** A heading id in the item's module to review when the item is missed. */
  section: string | null;
  /** Post-test items only: the module the item draws on. Null in module quizzes and where not written. */
  module: string | null;
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
  /** Objective texts, in order. */
  objectives: string[];
  /** The id of each objective in `objectives` (same order); null for one written as plain text. */
  objectiveIds: (string | null)[];
  /** Whether the quiz shows options in a fresh order per attempt (never for true-false). */
  shuffleOptions: boolean;
  feedback: FeedbackPolicy;
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

/** One group of a post-test blueprint: the items of one module or objective, and how many an attempt draws. */
export interface BlueprintGroup {
  /** A module id (a blueprint by module) or an objective id (a blueprint by objective). */
  id: string;
  draw: number;
  /** Ids of the bank items in this group; each item is in one group at most. */
  questionIds: string[];
}

/** A post-test blueprint: every attempt draws exactly `draw` items from each group. */
export interface Blueprint {
  by: 'module' | 'objective';
  groups: BlueprintGroup[];
}

export interface PostTest {
  /** How many questions one attempt presents: `draw`, or the sum of the blueprint's draws. */
  draw: number;
  /** Null for a flat `draw` from the whole bank. */
  blueprint: Blueprint | null;
  shuffleOptions: boolean;
  maxAttempts: number | null;
  feedback: FeedbackPolicy;
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

/** A role a person has in planning, writing, teaching or reviewing the activity. */
export type PersonRole = 'author' | 'faculty' | 'planner' | 'reviewer';

/** A relevant financial relationship with an ineligible company (ACCME Standard 3). */
export interface FinancialRelationship {
  company: string;
  nature: string;
}

/** A person in control of the activity's content and their financial relationships, or `none`. */
export interface CoursePerson {
  name: string;
  credentials: string | null;
  roles: PersonRole[];
  relationships: FinancialRelationship[] | 'none';
}

/** Commercial support received for the activity (ACCME Standard 4). */
export interface CommercialSupport {
  supporter: string;
  kind: 'educational grant' | 'in-kind';
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
  /** Null when course.yml does not use `people` (older packages use `faculty`). */
  people: CoursePerson[] | null;
  /** How relevant financial relationships were mitigated; required when anyone lists one. */
  mitigation: string | null;
  /** Null when not written. */
  commercialSupport: CommercialSupport[] | 'none' | null;
  credit: Credit;
  accreditationStatement: string | null;
  /** The provider's representative printed on certificates, or null when the course names none. */
  signatory: Signatory | null;
  disclaimer: string | null;
  /** Objective texts, in order. */
  objectives: string[];
  /** The id of each objective in `objectives` (same order); null for one written as plain text. */
  objectiveIds: (string | null)[];
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
