import { z } from 'zod';
import { idPattern } from './limits';

/*
 * What the player screens receive: the course home with its disclosures, a module to read, search results and
 * the dashboard. None of these carries an answer key, an option's feedback or an explanation.
 */

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(idPattern, 'Use lower-case letters, digits and single hyphens.');

export const moduleRefSchema = z.object({ courseId: idSchema, moduleId: idSchema }).strict();

const headingSchema = z.object({ level: z.number().int(), text: z.string(), id: z.string() });
const neighbourSchema = z.object({ id: z.string(), title: z.string() }).nullable();

export const moduleStatusSchema = z.object({
  id: z.string(),
  title: z.string(),
  minutes: z.number(),
  opened: z.boolean(),
  readToEnd: z.boolean(),
  quizPassed: z.boolean(),
  bestScore: z.number().nullable(),
  needsReview: z.boolean(),
  recordedMinutes: z.number(),
});

/**
 * What a course discloses before the learner starts (ACCME Standards 3, 4 and 6): each person who planned, wrote,
 * taught or reviewed it with their financial relationships or "none", the mitigation, commercial support, and
 * when the learner acknowledged it (null until then).
 */
export const courseDisclosureSchema = z.object({
  people: z.array(
    z.object({
      name: z.string(),
      credentials: z.string().nullable(),
      roles: z.array(z.enum(['author', 'faculty', 'planner', 'reviewer'])),
      relationships: z.union([
        z.literal('none'),
        z.array(z.object({ company: z.string(), nature: z.string() })),
      ]),
    }),
  ),
  mitigation: z.string().nullable(),
  commercialSupport: z
    .union([
      z.literal('none'),
      z.array(z.object({ supporter: z.string(), kind: z.enum(['educational grant', 'in-kind']) })),
    ])
    .nullable(),
  acknowledgedAt: z.number().nullable(),
});

/** The kinds of completion rule a learner can still have to meet, so a screen can link to where each is done. */
export const completionStepKinds = [
  'read',
  'quiz',
  'post-test',
  'evaluation',
  'study-time',
  'attestation',
  'certificate-name',
  'expired',
] as const;

/** One unmet completion rule: its kind and the plain sentence that says what is left. */
export const completionStepSchema = z.object({ kind: z.enum(completionStepKinds), text: z.string() });

/**
 * The learner's progress in numbers, counted the same way on every screen: modules done (read to the end and quiz
 * passed) of all, study time recorded by CE Player (all versions of the course), the minimum the certificate needs,
 * and the course's estimate, in minutes.
 */
export const courseProgressSchema = z.object({
  modulesDone: z.number().int(),
  modulesTotal: z.number().int(),
  recordedMinutes: z.number(),
  requiredMinutes: z.number(),
  estimatedMinutes: z.number(),
});

/** The learner's current certificate for the course version shown: which one, and when it was issued (ISO 8601). */
export const issuedCertificateRefSchema = z.object({ certificateId: z.string(), issuedAt: z.string() });

export const courseHomeSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  summaryHtml: z.string(),
  audience: z.string().nullable(),
  objectives: z.array(z.string()),
  faculty: z.array(
    z.object({ name: z.string(), credentials: z.string().nullable(), disclosure: z.string().nullable() }),
  ),
  provider: z.object({ name: z.string(), address: z.string().nullable(), contact: z.string().nullable() }),
  /** Null for a course without `people` (it discloses through `faculty`, and asks for no acknowledgement). */
  disclosure: courseDisclosureSchema.nullable(),
  creditHours: z.number(),
  designations: z.array(z.object({ type: z.string(), statement: z.string() })),
  accreditationStatement: z.string().nullable(),
  disclaimer: z.string().nullable(),
  releaseDate: z.string(),
  reviewDate: z.string(),
  expiryDate: z.string(),
  expired: z.boolean(),
  ...courseProgressSchema.shape,
  modules: z.array(moduleStatusSchema),
  postTest: z
    .object({
      questionCount: z.number().int(),
      passMark: z.number(),
      maxAttempts: z.number().int().nullable(),
      attemptsUsed: z.number().int(),
      passed: z.boolean(),
      bestScore: z.number().nullable(),
    })
    .nullable(),
  hasReferences: z.boolean(),
  resume: z.object({ moduleId: z.string(), scroll: z.number() }).nullable(),
  /** What is still missing before a certificate can be issued, one step per unmet rule. Empty when nothing is. */
  remaining: z.array(completionStepSchema),
  /** The certificate already issued for this version; null until then. */
  certificate: issuedCertificateRefSchema.nullable(),
  /** Modules whose content changed since the learner's progress was recorded on an older version. */
  changedModules: z.array(z.string()),
});

export const moduleReadingSchema = z.object({
  courseId: z.string(),
  moduleId: z.string(),
  /** The module's place in the course, from 1 ("Module 3 of 10" with `courseProgress.modulesTotal`). */
  number: z.number().int(),
  title: z.string(),
  objectives: z.array(z.string()),
  html: z.string(),
  headings: z.array(headingSchema),
  previous: neighbourSchema,
  next: neighbourSchema,
  readToEnd: z.boolean(),
  quizPassed: z.boolean(),
  needsReview: z.boolean(),
  scroll: z.number().nullable(),
  note: z.string(),
  bookmarks: z.array(z.object({ anchor: z.string(), label: z.string() })),
  questionCount: z.number().int(),
  /** The disclosures the learner must acknowledge before reading; null once acknowledged or when there are none. */
  disclosureToAcknowledge: courseDisclosureSchema.nullable(),
  courseProgress: courseProgressSchema,
});

export const searchResultSchema = z.object({
  moduleId: z.string(),
  moduleTitle: z.string(),
  /** HTML-escaped text with the matched words wrapped in <mark>. */
  snippetHtml: z.string(),
  anchor: z.string().nullable(),
});

export const dashboardSchema = z.object({
  courseId: z.string(),
  title: z.string(),
  ...courseProgressSchema.shape,
  attempts: z.array(
    z.object({
      attemptId: z.string(),
      label: z.string(),
      kind: z.enum(['module', 'post-test']),
      score: z.number(),
      passed: z.boolean(),
      submittedAt: z.number(),
    }),
  ),
  /** Where the certificate stands, in a sentence: issued, ready to issue, or how many requirements remain. */
  certificateStatus: z.string(),
  /** The certificate already issued for this version; null until then. */
  certificate: issuedCertificateRefSchema.nullable(),
});

export type CourseHome = z.infer<typeof courseHomeSchema>;
export type CourseDisclosure = z.infer<typeof courseDisclosureSchema>;
export type ModuleReading = z.infer<typeof moduleReadingSchema>;
export type CompletionStep = z.infer<typeof completionStepSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type CourseDashboard = z.infer<typeof dashboardSchema>;
export type ModuleStatus = z.infer<typeof moduleStatusSchema>;
export type CourseProgressFigures = z.infer<typeof courseProgressSchema>;
export type IssuedCertificateRef = z.infer<typeof issuedCertificateRefSchema>;
