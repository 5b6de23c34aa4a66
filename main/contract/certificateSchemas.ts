import { z } from 'zod';
import { maxEvaluationTextLength, maxVerifyBase64Length } from './limits';
import { completionStepSchema, idSchema } from './playerSchemas';

/*
 * The course evaluation, the attestation, certificates and record exports as they cross the contract. Every
 * channel here acts for the signed-in learner, except `certificates.verify`, which anyone may use.
 */

export const certificateIdSchema = z.string().uuid('Choose a certificate from your transcript.');

export const evaluationItemViewSchema = z.object({
  id: z.string(),
  type: z.enum(['likert', 'choice', 'text']),
  prompt: z.string(),
  /** The choices of a `choice` item; empty for `likert` (answered 1 to 5) and `text`. */
  options: z.array(z.string()),
  required: z.boolean(),
});

export const evaluationViewSchema = z.object({
  title: z.string(),
  /** True when the course's completion rules require the evaluation before a certificate. */
  requiredForCertificate: z.boolean(),
  items: z.array(evaluationItemViewSchema),
  submitted: z
    .object({
      submittedAt: z.number(),
      responses: z.record(z.string(), z.union([z.number(), z.string()])),
    })
    .nullable(),
});

export const evaluationSubmitSchema = z
  .object({
    courseId: idSchema,
    responses: z
      .record(z.string().max(64), z.union([z.number(), z.string().max(maxEvaluationTextLength)]))
      .refine((answers) => Object.keys(answers).length <= 200, 'Too many answers.'),
  })
  .strict();

const hoursSchema = z.number().min(0).max(1000);
const minutesSchema = z.number().int().min(0).max(1_000_000);

export const attestationViewSchema = z.object({
  /** The course's designated maximum credit hours. */
  maxHours: z.number(),
  /** Study time recorded on this course (all its versions), in minutes. */
  recordedMinutes: z.number(),
  /** The recorded study the course asks for before the learner may attest, in minutes. */
  requiredMinutes: z.number(),
  estimatedMinutes: z.number(),
  /** True when the course's completion rules require the attestation before a certificate. */
  requiredForCertificate: z.boolean(),
  /** A claim the form can offer (it fills nothing in by itself): the recorded minutes, and the hours they allow. */
  suggested: z.object({ claimedHours: z.number(), attestedMinutes: z.number().int() }),
  /**
   * The most minutes the learner may attest without confirming that they spent the rest away from CE Player: the
   * recorded study plus what the course allows beyond it (a quarter of its estimated time).
   */
  confirmAboveMinutes: z.number().int(),
  /**
   * The exact words the learner attests to: the recorded statement once attested; before that, the statement for
   * the claim given in the request (or the suggested claim).
   */
  statement: z.string(),
  attested: z
    .object({ claimedHours: z.number(), attestedMinutes: z.number().int(), attestedAt: z.number() })
    .nullable(),
});

export const attestationGetSchema = z
  .object({
    courseId: idSchema,
    /** Optional: the claim the learner is typing, so the statement shown is the one they would attest to. */
    claimedHours: hoursSchema.optional(),
    attestedMinutes: minutesSchema.optional(),
  })
  .strict();

export const attestationSubmitSchema = z
  .object({
    courseId: idSchema,
    claimedHours: hoursSchema,
    attestedMinutes: minutesSchema,
    /** The learner confirmed spending the minutes beyond `confirmAboveMinutes` on the course away from CE Player. */
    confirmedUnrecordedTime: z.boolean().optional(),
  })
  .strict();

export const certificateSummarySchema = z.object({
  certificateId: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  courseVersion: z.string(),
  providerName: z.string(),
  certificateName: z.string(),
  credentials: z.string(),
  licenseNumber: z.string().nullable(),
  licenseState: z.string().nullable(),
  /** The learner's local calendar date of completion, YYYY-MM-DD. */
  completionDate: z.string(),
  /** UTC, ISO 8601. */
  issuedAt: z.string(),
  hoursClaimed: z.number(),
  /** The hours as the certificate prints them, in the designation's words: "5.0 hours of continuing education". */
  hoursLine: z.string(),
  /** Whole percent, rounded down as printed; null when the course has no post-test. */
  postTestPercent: z.number().int().nullable(),
  verificationCode: z.string(),
  status: z.enum(['current', 'superseded']),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  /** The did:key of the installation that signed it. */
  issuerDid: z.string(),
});

export const certificateStatusSchema = z.object({
  /** True when `certificates.issue` would succeed now: every rule is met, or a certificate was already issued. */
  eligible: z.boolean(),
  /** One step per unmet completion rule. */
  missing: z.array(completionStepSchema),
  current: certificateSummarySchema.nullable(),
});

export const issuedCertificateSchema = certificateSummarySchema.extend({
  /** True when the learner already had this certificate and it was returned unchanged. */
  alreadyIssued: z.boolean(),
  /** Set when the backup made after issuing failed; the certificate itself is safely stored. */
  backupNotice: z.string().nullable(),
});

export const certificateFileSchema = z.object({ fileName: z.string(), dataBase64: z.string() });

export const credentialFileSchema = z.object({
  fileName: z.string(),
  /** The signed credential exactly as issued (credential.json). */
  json: z.string(),
});

export const correctNameSchema = z
  .object({
    certificateId: certificateIdSchema,
    certificateName: z.string().max(400),
    credentials: z.string().max(200).optional(),
  })
  .strict();

export const verifyCertificateInputSchema = z
  .object({
    fileName: z.string().max(255),
    dataBase64: z
      .string()
      .max(maxVerifyBase64Length, 'The file is too large to be a certificate.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file data must be base64.'),
  })
  .strict();

export const verifiedFactsSchema = z.object({
  /** The name as printed, with credentials. */
  name: z.string(),
  course: z.string(),
  courseVersion: z.string(),
  provider: z.string(),
  date: z.string(),
  hours: z.number(),
  /** The hours as the certificate prints them, in the designation's words: "5.0 hours of continuing education". */
  hoursLine: z.string(),
  postTestPercent: z.number().int().nullable(),
  id: z.string(),
  code: z.string(),
  issuedAt: z.string(),
  issuerDid: z.string(),
  supersedes: z.string().nullable(),
});

export const verifyCertificateResultSchema = z.object({
  valid: z.boolean(),
  /** Why it is not valid (`bad-signature`, `page-mismatch`, `annotation`, ...); null when valid. */
  reason: z.string().nullable(),
  message: z.string(),
  facts: verifiedFactsSchema.nullable(),
  /** The proof suite checked: eddsa-rdfc-2022, or eddsa-jcs-2022 on older certificates; null for a QR text. */
  suite: z.string().nullable(),
  /** What was checked, in words. */
  checks: z.array(z.string()),
  /** What an older certificate, or a QR verification text, does not prove; null otherwise. */
  notice: z.string().nullable(),
  /** True when this installation's key signed it. */
  issuedByThisInstallation: z.boolean(),
  /** The certificate that corrects this one, when this installation's records show one. */
  replacedBy: z.string().nullable(),
});

export const recordsExportFormatSchema = z.enum([
  'transcript-csv',
  'transcript-json',
  'xapi',
  'learner-records',
]);

export const recordsExportSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
});

/**
 * What `records.import` did. A verified file (signed by an installation this computer trusts) was merged into the
 * learner's records and the counts say what it added. Any other file was kept as history only ("imported, not
 * verified") and adds nothing: every count is 0 and `message` says why.
 */
export const recordsImportSchema = z.object({
  verified: z.boolean(),
  /** Who signed a verified file: "this computer" or the name IT gave the installation; null when not verified. */
  signedBy: z.string().nullable(),
  /** One or two sentences for the learner about the outcome. */
  message: z.string(),
  moduleProgress: z.number().int(),
  positions: z.number().int(),
  notes: z.number().int(),
  bookmarks: z.number().int(),
  heartbeats: z.number().int(),
  attempts: z.number().int(),
  evaluations: z.number().int(),
  attestations: z.number().int(),
  skippedOpenAttempts: z.number().int(),
});

/** One course's records in an unverified file, as the file states them. */
export const unverifiedCourseRecordsSchema = z.object({
  courseId: z.string(),
  courseVersion: z.string(),
  /** The course's title when a version of it is installed, else its id. */
  courseTitle: z.string(),
  modulesRead: z.number().int(),
  moduleQuizzesPassed: z.number().int(),
  /** The best post-test score the file states, 0 to 1; null when it has no submitted post-test attempt. */
  postTestBestScore: z.number().nullable(),
  evaluationSubmitted: z.boolean(),
  claimedHours: z.number().nullable(),
  /** The study time the file's heartbeats claim, in minutes. */
  claimedStudyMinutes: z.number(),
});

/** A records file imported as history only: it counts toward no certificate. */
export const unverifiedImportSchema = z.object({
  importedAt: z.number(),
  exportedAt: z.number().nullable(),
  reason: z.enum(['unsigned', 'untrusted', 'tampered']),
  /** Why it counts for nothing, in a sentence. */
  explanation: z.string(),
  /** The did:key that signed it, when it is signed. */
  signerKey: z.string().nullable(),
  courses: z.array(unverifiedCourseRecordsSchema),
  notes: z.number().int(),
  bookmarks: z.number().int(),
});

export const recordsHistorySchema = z.object({
  /** This installation's did:key: the key its records exports are signed with, which IT lists elsewhere. */
  installationKey: z.string(),
  unverifiedImports: z.array(unverifiedImportSchema),
});

export type CertificateSummary = z.infer<typeof certificateSummarySchema>;
export type EvaluationView = z.infer<typeof evaluationViewSchema>;
export type AttestationView = z.infer<typeof attestationViewSchema>;
export type VerifyCertificateResult = z.infer<typeof verifyCertificateResultSchema>;
export type VerifiedFacts = z.infer<typeof verifiedFactsSchema>;
export type RecordsExportFormat = z.infer<typeof recordsExportFormatSchema>;
export type RecordsImportResult = z.infer<typeof recordsImportSchema>;
export type RecordsHistory = z.infer<typeof recordsHistorySchema>;
export type UnverifiedImportView = z.infer<typeof unverifiedImportSchema>;
