import { z } from 'zod';
import {
  learnerId,
  learnerProfileSchema,
  learnerSummarySchema,
  newProfileSchema,
  pinInputSchema,
  profilePatchSchema,
} from './profileSchemas';
import {
  courseHomeSchema,
  dashboardSchema,
  idSchema,
  moduleReadingSchema,
  moduleRefSchema,
  searchResultSchema,
} from './playerSchemas';
import {
  attemptIdSchema,
  attemptViewSchema,
  learnerAnswerSchema,
  startAttemptSchema,
} from './attemptSchemas';
import {
  certificateFileSchema,
  certificateIdSchema,
  certificateStatusSchema,
  certificateSummarySchema,
  correctNameSchema,
  credentialFileSchema,
  issuedCertificateSchema,
  verifyCertificateInputSchema,
  verifyCertificateResultSchema,
} from './certificateSchemas';
import {
  recordsExportFormatSchema,
  recordsExportSchema,
  recordsHistorySchema,
  recordsImportSchema,
} from './recordsSchemas';
import { attestationGetSchema, attestationSubmitSchema, attestationViewSchema } from './attestationSchemas';
import { evaluationSubmitSchema, evaluationViewSchema } from './evaluationSchemas';
import { maxBookmarkTextLength, maxImportTextLength, maxNoteLength } from './limits';
import { lrsStatusSchema } from './lrsSchemas';

/*
 * The contract: every channel between the renderer and the core, with a schema for its input and its output.
 * Shells validate inputs against it before the core sees them; the dispatcher parses outputs through it, so a
 * field a schema does not name (an answer key, say) cannot leave the core by accident.
 */

const courseProblem = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

/** Where a course package came from: shipped with the app, preloaded by clinic IT, or imported by a learner. */
const courseSource = z.enum(['bundled', 'preloaded', 'imported']);

const courseSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  source: courseSource,
  /** For an imported package: the name of the profile that imported it; null when unknown or since deleted. */
  importedBy: z.string().nullable(),
  /** For an imported package: when it was imported (Unix ms); null when unknown. */
  importedAt: z.number().nullable(),
  /** The provider key (did:key) whose valid signature the package carries; null when it is unsigned. */
  signedBy: z.string().nullable(),
  available: z.boolean(),
  moduleCount: z.number().int(),
  estimatedMinutes: z.number(),
  creditHours: z.number().nullable(),
  problems: z.array(courseProblem),
  folder: z.string(),
});

const moduleOutline = z.object({
  id: z.string(),
  title: z.string(),
  minutes: z.number(),
  questionCount: z.number().int(),
});

const courseOutline = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  modules: z.array(moduleOutline),
});

/** Declares one channel: what the renderer sends and what the core answers. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const channels = {
  'app.info': channel(
    z.object({}).strict(),
    z.object({
      name: z.string(),
      version: z.string(),
      shell: z.enum(['desktop', 'browser']),
      /** What the learner must hear about this start, e.g. that records were restored from a backup. */
      notices: z.array(z.string()),
    }),
  ),
  'profiles.list': channel(z.object({}).strict(), z.array(learnerSummarySchema)),
  'profiles.current': channel(z.object({}).strict(), learnerProfileSchema.nullable()),
  'profiles.create': channel(newProfileSchema, learnerProfileSchema),
  'profiles.signIn': channel(
    z.object({ learnerId, pin: pinInputSchema.optional() }).strict(),
    learnerProfileSchema,
  ),
  'profiles.signOut': channel(z.object({}).strict(), z.object({ signedOut: z.literal(true) })),
  'profiles.update': channel(profilePatchSchema, learnerProfileSchema),
  'profiles.setPin': channel(
    z.object({ currentPin: pinInputSchema.optional(), newPin: pinInputSchema.nullable() }).strict(),
    learnerProfileSchema,
  ),
  'profiles.delete': channel(
    z.object({ confirmName: z.string().max(200), pin: pinInputSchema.optional() }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
  'courses.list': channel(z.object({}).strict(), z.array(courseSummary)),
  'courses.outline': channel(z.object({ courseId: idSchema }).strict(), courseOutline),
  'courses.import': channel(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('zip'), fileName: z.string().max(255), dataBase64: z.string() }).strict(),
      z
        .object({
          kind: z.literal('files'),
          files: z.array(z.object({ path: z.string().max(1024), dataBase64: z.string() }).strict()).max(5000),
        })
        .strict(),
    ]),
    z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        courseId: z.string(),
        version: z.string(),
        title: z.string(),
        alreadyPresent: z.boolean(),
        replacesVersion: z.string().nullable(),
        signedBy: z.string().nullable(),
        warnings: z.array(courseProblem),
      }),
      z.object({ ok: z.literal(false), problems: z.array(courseProblem) }),
    ]),
  ),
  /** Whether this session may import courses now; when not, `reason` says why in words. */
  'courses.importPolicy': channel(
    z.object({}).strict(),
    z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
  ),
  'courses.home': channel(z.object({ courseId: idSchema }).strict(), courseHomeSchema),
  'courses.references': channel(z.object({ courseId: idSchema }).strict(), z.object({ html: z.string() })),
  'courses.search': channel(
    z.object({ courseId: idSchema, query: z.string().max(200) }).strict(),
    z.array(searchResultSchema),
  ),
  'courses.dashboard': channel(z.object({ courseId: idSchema }).strict(), dashboardSchema),
  /** Records that the learner read the course version's disclosures (once; the first time stands). */
  'courses.acknowledgeDisclosures': channel(
    z.object({ courseId: idSchema }).strict(),
    z.object({ acknowledgedAt: z.number() }),
  ),
  /** Reads a module to show it; records nothing (the reader calls progress.markOpened once the text is shown). */
  'modules.read': channel(moduleRefSchema, moduleReadingSchema),
  'progress.markOpened': channel(moduleRefSchema, z.object({ opened: z.literal(true) })),
  'progress.savePosition': channel(
    moduleRefSchema.extend({ scroll: z.number().min(0).max(1) }).strict(),
    z.object({ saved: z.literal(true) }),
  ),
  'progress.markRead': channel(moduleRefSchema, z.object({ readToEnd: z.literal(true) })),
  /** The module the learner last read, in any course (opened at its saved position); null before any reading. */
  'progress.lastPlace': channel(
    z.object({}).strict(),
    z.object({ courseId: z.string(), moduleId: z.string() }).nullable(),
  ),
  'progress.heartbeat': channel(
    moduleRefSchema.extend({ beatId: z.string().min(8).max(64) }).strict(),
    /** What this beat credited; the module's recorded minutes (this version); the course's (all versions). */
    z.object({ creditedSeconds: z.number(), moduleMinutes: z.number(), courseMinutes: z.number() }),
  ),
  'notes.save': channel(
    moduleRefSchema.extend({ text: z.string().max(maxNoteLength) }).strict(),
    z.object({ savedAt: z.number() }),
  ),
  'bookmarks.add': channel(
    moduleRefSchema
      .extend({ anchor: z.string().max(maxBookmarkTextLength), label: z.string().max(maxBookmarkTextLength) })
      .strict(),
    z.object({ saved: z.literal(true) }),
  ),
  'bookmarks.remove': channel(
    moduleRefSchema.extend({ anchor: z.string().max(maxBookmarkTextLength) }).strict(),
    z.object({ removed: z.literal(true) }),
  ),
  'attempts.start': channel(startAttemptSchema, attemptViewSchema),
  'attempts.get': channel(z.object({ attemptId: attemptIdSchema }).strict(), attemptViewSchema),
  'attempts.answer': channel(
    z
      .object({ attemptId: attemptIdSchema, questionId: z.string().max(64), answer: learnerAnswerSchema })
      .strict(),
    z.object({ savedAt: z.number() }),
  ),
  'attempts.submit': channel(z.object({ attemptId: attemptIdSchema }).strict(), attemptViewSchema),
  'evaluation.get': channel(z.object({ courseId: idSchema }).strict(), evaluationViewSchema),
  'evaluation.submit': channel(evaluationSubmitSchema, z.object({ submittedAt: z.number() })),
  'attestation.get': channel(attestationGetSchema, attestationViewSchema),
  'attestation.submit': channel(attestationSubmitSchema, attestationViewSchema),
  'certificates.status': channel(z.object({ courseId: idSchema }).strict(), certificateStatusSchema),
  'certificates.issue': channel(z.object({ courseId: idSchema }).strict(), issuedCertificateSchema),
  'certificates.list': channel(z.object({}).strict(), z.array(certificateSummarySchema)),
  'certificates.pdf': channel(
    z.object({ certificateId: certificateIdSchema }).strict(),
    certificateFileSchema,
  ),
  'certificates.credential': channel(
    z.object({ certificateId: certificateIdSchema }).strict(),
    credentialFileSchema,
  ),
  'certificates.correctName': channel(correctNameSchema, certificateSummarySchema),
  'certificates.verify': channel(verifyCertificateInputSchema, verifyCertificateResultSchema),
  'records.export': channel(z.object({ format: recordsExportFormatSchema }).strict(), recordsExportSchema),
  'records.import': channel(
    z.object({ content: z.string().max(maxImportTextLength) }).strict(),
    recordsImportSchema,
  ),
  /** This installation's records key, and the files the learner imported that count for nothing. */
  'records.history': channel(z.object({}).strict(), recordsHistorySchema),
  /** Whether and where learning records are sent, and the signed-in learner's queue. Works signed out too. */
  'lrs.status': channel(z.object({}).strict(), lrsStatusSchema),
  /** Sends the queue now (a person asked: also after a stop); answers the status once the round ends. */
  'lrs.sendNow': channel(z.object({}).strict(), lrsStatusSchema),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type CourseSummary = z.infer<typeof courseSummary>;
export type CourseSource = z.infer<typeof courseSource>;
export type CourseOutline = z.infer<typeof courseOutline>;
export type CourseProblemView = z.infer<typeof courseProblem>;

/** The channel names, in the order the contract declares them; the preload allowlist is this list. */
export const channelNames = Object.keys(channels) as ChannelName[];

/** True when `name` is a channel of the contract (and not, say, `__proto__`). */
export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}
