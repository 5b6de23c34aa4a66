import { z } from 'zod';

/*
 * Record exports and imports as they cross the contract (`records.*`): transcripts, xAPI statements, the signed
 * records file, and the files imported as history only.
 */

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

export type RecordsExportFormat = z.infer<typeof recordsExportFormatSchema>;
export type RecordsImportResult = z.infer<typeof recordsImportSchema>;
export type RecordsHistory = z.infer<typeof recordsHistorySchema>;
export type UnverifiedImportView = z.infer<typeof unverifiedImportSchema>;
