import fs from 'node:fs';
import path from 'node:path';
import { NOT_ACCREDITED, wholePercent } from '../core/certificates/certificateCredential';
import { calendarDate, formatHours } from '../core/certificates/certificateWording';
import { verifyCertificateFile, type VerifyReport } from '../core/certificates/verifyCertificateFile';

const USAGE = 'Usage: npm run cert:verify -- <certificate.pdf | credential.json> [--issuer did:key:…]';

/**
 * Checks one certificate PDF or credential JSON offline and prints VALID with its main facts, or INVALID with the
 * reason. `--issuer <did:key>` (repeatable) also requires the signer to be one of those keys. Returns the exit
 * code: 0 for VALID, 1 for INVALID, 2 for a usage error or a file that cannot be read.
 */
export async function runCertVerify(args: string[], out: (line: string) => void): Promise<number> {
  const files: string[] = [];
  const issuers: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--issuer' || arg.startsWith('--issuer=')) {
      const value = arg === '--issuer' ? args[++i] : arg.slice('--issuer='.length);
      if (!value?.startsWith('did:key:')) return usage(out, '--issuer needs a did:key identifier.');
      issuers.push(value);
    } else if (arg.startsWith('--')) {
      return usage(out, `Unknown option ${arg}.`);
    } else files.push(arg);
  }
  const file = files[0];
  if (files.length !== 1 || file === undefined) return usage(out, 'Name exactly one file to check.');
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : 'it cannot be read';
    out(`Cannot check ${file}: ${why}.`);
    return 2;
  }
  const report = verifyCertificateFile(
    bytes,
    path.basename(file),
    issuers.length > 0 ? { trustedIssuers: issuers } : {},
  );
  describeReport(file, report).forEach((line) => out(line));
  return report.valid ? 0 : 1;
}

/** The printed lines for a report: VALID and the facts, or INVALID and why. */
export function describeReport(file: string, report: VerifyReport): string[] {
  if (!report.valid) return [`INVALID: ${file}`, `  Reason: ${report.reason}`, `  ${report.message}`];
  const s = report.snapshot;
  const row = (label: string, value: string) => `  ${`${label}:`.padEnd(19)}${value}`;
  const license = s.licenseNumber
    ? `${s.licenseNumber}${s.licenseState ? ` (${s.licenseState})` : ''}`
    : null;
  return [
    `VALID: ${file}`,
    row('Learner', s.credentials ? `${s.certificateName}, ${s.credentials}` : s.certificateName),
    ...(license ? [row('License', license)] : []),
    row('Course', `${s.courseTitle} (version ${s.courseVersion}, id ${s.courseId})`),
    row('Provider', s.providerName),
    row('Completed on', calendarDate(s.completionDate)),
    row('Hours claimed', formatHours(s.hoursClaimed)),
    row(
      'Post-test score',
      s.postTestScore === null ? 'none in this course' : `${wholePercent(s.postTestScore)}%`,
    ),
    ...s.designations.map((d) => row('Designation', d.statement)),
    row('Accreditation', s.accreditationStatement ?? NOT_ACCREDITED),
    row('Certificate ID', s.certificateId),
    row('Verification code', s.verificationCode),
    row('Issued', s.issuedAt),
    ...(s.supersedes ? [row('Replaces', s.supersedes)] : []),
    row('Signed by', report.issuerDid),
    row('Checked', report.checks.join('; ')),
    '  The signature shows the certificate is unchanged since this key signed it. It does not show that the',
    '  provider or an accreditor endorsed it, or who completed the course.',
  ];
}

function usage(out: (line: string) => void, problem: string): number {
  out(problem);
  out(USAGE);
  return 2;
}
