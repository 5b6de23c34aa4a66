import { z } from 'zod';
import { maxVerifyBase64Length } from './limits';
import { completionStepSchema } from './playerSchemas';

/*
 * Certificates as they cross the contract (`certificates.*`). Every channel here acts for the signed-in learner,
 * except `certificates.verify`, which anyone may use.
 */

export const certificateIdSchema = z.string().uuid('Choose a certificate from your transcript.');

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

export type CertificateSummary = z.infer<typeof certificateSummarySchema>;
export type VerifyCertificateResult = z.infer<typeof verifyCertificateResultSchema>;
export type VerifiedFacts = z.infer<typeof verifiedFactsSchema>;
