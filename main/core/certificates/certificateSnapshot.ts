import { CoreError } from '../coreError';
import { canonicalizeJson, type JsonObject } from './canonicalJson';

/** One designation from the course manifest's `credit.designations`, printed verbatim. */
export interface CertificateDesignation {
  type: string;
  statement: string;
}

/**
 * Everything a certificate states, frozen at issue as plain data. The completion rules fill it from the course
 * manifest and the learner's records; the certificate code never reads the database.
 */
export interface CertificateSnapshot {
  /** A lowercase UUID; the credential id is `urn:uuid:<certificateId>`. */
  certificateId: string;
  /** `XXXXX-XXXXX`, from `createVerificationCode` (derived from a signature over all the other facts). */
  verificationCode: string;
  /** The learner's name as it should appear on the certificate. */
  certificateName: string;
  /** Post-nominal credentials, e.g. "RN, MSN"; empty when none. */
  credentials: string;
  licenseNumber?: string | null;
  licenseState?: string | null;
  courseId: string;
  courseTitle: string;
  courseVersion: string;
  /** `provider.name` from the course manifest. */
  providerName: string;
  /** What the learner had to do, in plain words from the course's completion rules (Open Badges `criteria`). */
  completionCriteria: string;
  /** The learner's local calendar date of completion, `YYYY-MM-DD`. */
  completionDate: string;
  /** When the certificate was issued, UTC: `YYYY-MM-DDTHH:MM:SS[.sss]Z`. Also the proof's `created`. */
  issuedAt: string;
  /** Hours the learner claimed (at most the designated maximum), with at most two decimals. */
  hoursClaimed: number;
  designations: CertificateDesignation[];
  /** The manifest's accreditation statement verbatim, or null when the course has none. */
  accreditationStatement: string | null;
  /** Post-test score from 0 to 1, or null when the course has no post-test. */
  postTestScore: number | null;
  /** The id of the certificate this one replaces (a correction), or null. */
  supersedes: string | null;
  /** The course's designated maximum hours (Open Badges `creditsAvailable`); absent on format-1 certificates. */
  hoursAvailable?: number | null;
  /** The provider's representative from course.yml `signatory`, as printed: "Name, role"; absent on format 1. */
  signatory?: string | null;
}

/** The facts of a certificate: the snapshot without its verification code, which is derived from them. */
export type CertificateFacts = Omit<CertificateSnapshot, 'verificationCode'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISSUED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
export const VERIFICATION_CODE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/**
 * Checks the facts and returns them in the one normal form the credential is built from (absent license fields
 * become null, nothing else changes: names and statements stay verbatim). Throws `CoreError('invalid_input')`
 * naming the first fact that cannot go on a certificate.
 */
export function normalizeCertificateFacts(facts: CertificateFacts): Required<CertificateFacts> {
  const text = (name: keyof CertificateFacts, value: unknown): string => {
    if (typeof value !== 'string' || value.trim() === '') invalid(`${name} must be non-empty text`);
    return value;
  };
  const optionalText = (name: keyof CertificateFacts, value: unknown): string | null =>
    value === undefined || value === null ? null : text(name, value);
  if (!UUID.test(String(facts.certificateId))) invalid('certificateId must be a lowercase UUID');
  if (typeof facts.credentials !== 'string') invalid('credentials must be text (empty when none)');
  if (!isCalendarDate(facts.completionDate)) invalid('completionDate must be a date written YYYY-MM-DD');
  if (!ISSUED_AT.test(String(facts.issuedAt)) || Number.isNaN(Date.parse(facts.issuedAt))) {
    invalid('issuedAt must be a UTC time written YYYY-MM-DDTHH:MM:SSZ');
  }
  const hours = facts.hoursClaimed;
  if (typeof hours !== 'number' || !(hours > 0 && hours <= 1000) || Math.round(hours * 100) / 100 !== hours) {
    invalid('hoursClaimed must be a number of hours above 0 with at most two decimals');
  }
  const score = facts.postTestScore;
  if (score !== null && (typeof score !== 'number' || !(score >= 0 && score <= 1))) {
    invalid('postTestScore must be between 0 and 1, or null');
  }
  if (
    facts.supersedes !== null &&
    (!UUID.test(String(facts.supersedes)) || facts.supersedes === facts.certificateId)
  ) {
    invalid('supersedes must be the lowercase UUID of another certificate, or null');
  }
  if (!Array.isArray(facts.designations)) invalid('designations must be a list');
  const available = facts.hoursAvailable ?? null;
  if (available !== null && (typeof available !== 'number' || !(available >= hours))) {
    invalid('hoursAvailable must be a number of hours no smaller than hoursClaimed, or null');
  }
  return {
    certificateId: facts.certificateId,
    certificateName: text('certificateName', facts.certificateName),
    credentials: facts.credentials,
    licenseNumber: optionalText('licenseNumber', facts.licenseNumber),
    licenseState: optionalText('licenseState', facts.licenseState),
    courseId: text('courseId', facts.courseId),
    courseTitle: text('courseTitle', facts.courseTitle),
    courseVersion: text('courseVersion', facts.courseVersion),
    providerName: text('providerName', facts.providerName),
    completionCriteria: text('completionCriteria', facts.completionCriteria),
    completionDate: facts.completionDate,
    issuedAt: facts.issuedAt,
    hoursClaimed: hours,
    designations: facts.designations.map((designation) => ({
      type: text('designations', designation?.type),
      statement: text('designations', designation?.statement),
    })),
    accreditationStatement: optionalText('accreditationStatement', facts.accreditationStatement),
    postTestScore: score,
    supersedes: facts.supersedes,
    hoursAvailable: available,
    signatory: optionalText('signatory', facts.signatory),
  };
}

/**
 * The normalized facts as a JSON object (designations copied), ready for canonical JSON. The facts format 2 added
 * are left out when null, so a format-1 certificate's facts (and so its verification code) read as they always did.
 */
export function certificateFactsJson(facts: Required<CertificateFacts>): JsonObject {
  const { hoursAvailable, signatory, ...format1 } = facts;
  return {
    ...format1,
    designations: facts.designations.map((d) => ({ type: d.type, statement: d.statement })),
    ...(hoursAvailable === null ? {} : { hoursAvailable }),
    ...(signatory === null ? {} : { signatory }),
  };
}

function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function invalid(problem: string): never {
  throw new CoreError('invalid_input', `The certificate cannot be issued: ${problem}.`);
}

/** "Name, credentials", or the name alone when there are none. */
export function learnerDisplayName(certificateName: string, credentials: string): string {
  return credentials.trim() === '' ? certificateName : `${certificateName}, ${credentials}`;
}

/** A 0..1 score as whole percent, rounded down so a certificate never shows a pass mark the learner missed. */
export function wholePercent(score: number): number {
  return Math.floor(score * 100 + 1e-9);
}

/** True when two snapshots state the same facts and code, in normal form (see `certificateFactsJson`). */
export function sameSnapshot(a: CertificateSnapshot, b: CertificateSnapshot): boolean {
  const form = ({ verificationCode, ...facts }: CertificateSnapshot) =>
    canonicalizeJson({ ...certificateFactsJson(normalizeCertificateFacts(facts)), verificationCode });
  try {
    return form(a) === form(b);
  } catch {
    return false;
  }
}
