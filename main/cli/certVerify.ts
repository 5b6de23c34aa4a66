import fs from 'node:fs';
import path from 'node:path';
import { formatCreditHours } from '../contract/creditHours';
import { NOT_ACCREDITED } from '../core/certificates/certificateCredential';
import { learnerDisplayName, wholePercent } from '../core/certificates/certificateSnapshot';
import { calendarDate, hoursLine } from '../core/certificates/certificateWording';
import { isVerificationText } from '../core/certificates/verificationText';
import {
  verifyCertificateFile,
  type ValidCertificateReport,
  type ValidTextReport,
  type VerifyReport,
} from '../core/certificates/verifyCertificateFile';

const USAGE =
  'Usage: npm run cert:verify -- <certificate.pdf | credential.json | verification-text.txt | -> [--issuer did:key:…]\n' +
  '  "-" reads the file, or the verification text of a certificate\'s QR code, from standard input.';

/**
 * Checks one certificate PDF, credential JSON or QR verification text offline and prints VALID with its facts, or
 * INVALID with the reason. The verification text may also be given in place of a file name, as scanned.
 * `--issuer <did:key>` (repeatable) also requires the signer to be one of those keys. `fontDir` is where the
 * certificate fonts are, to draw the page again. Returns the exit code: 0 for VALID, 1 for INVALID, 2 for a usage
 * error or a file that cannot be read.
 */
export async function runCertVerify(
  args: string[],
  out: (line: string) => void,
  io: { stdin?: () => Promise<Buffer>; fontDir?: string } = {},
): Promise<number> {
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
  const input = await readInput(file, io.stdin);
  if ('problem' in input) {
    out(input.problem);
    return 2;
  }
  const options = { fontDir: io.fontDir, ...(issuers.length > 0 ? { trustedIssuers: issuers } : {}) };
  const report = await verifyCertificateFile(input.bytes, input.name, options);
  describeReport(input.label, report).forEach((line) => out(line));
  return report.valid ? 0 : 1;
}

async function readInput(
  file: string,
  stdin: (() => Promise<Buffer>) | undefined,
): Promise<{ bytes: Buffer; name: string; label: string } | { problem: string }> {
  if (file === '-') {
    if (!stdin) return { problem: 'Cannot read standard input here.' };
    return { bytes: await stdin(), name: 'stdin', label: 'standard input' };
  }
  if (isVerificationText(file)) {
    return { bytes: Buffer.from(file, 'utf8'), name: 'text', label: 'the verification text' };
  }
  try {
    return { bytes: await fs.promises.readFile(file), name: path.basename(file), label: file };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : 'it cannot be read';
    return { problem: `Cannot check ${file}: ${why}.` };
  }
}

const row = (label: string, value: string) => `  ${`${label}:`.padEnd(19)}${value}`;
const DISCLAIMER = [
  '  The signature shows the certificate is unchanged since this key signed it. It does not show that the',
  '  provider or an accreditor endorsed it, or who completed the course.',
];

/** The printed lines for a report: VALID and the facts, or INVALID and why. */
export function describeReport(file: string, report: VerifyReport): string[] {
  if (!report.valid) return [`INVALID: ${file}`, `  Reason: ${report.reason}`, `  ${report.message}`];
  return report.kind === 'text' ? describeText(file, report) : describeCertificate(file, report);
}

function describeCertificate(file: string, report: ValidCertificateReport): string[] {
  const s = report.snapshot;
  const license = s.licenseNumber
    ? `${s.licenseNumber}${s.licenseState ? ` (${s.licenseState})` : ''}`
    : null;
  return [
    `VALID: ${file}`,
    row('Learner', learnerDisplayName(s.certificateName, s.credentials)),
    ...(license ? [row('License', license)] : []),
    row('Course', `${s.courseTitle} (version ${s.courseVersion}, id ${s.courseId})`),
    row('Provider', s.providerName),
    row('Completed on', calendarDate(s.completionDate)),
    row('Hours', hoursLine(s.hoursClaimed, s.designations)),
    row(
      'Post-test score',
      s.postTestScore === null ? 'none in this course' : `${wholePercent(s.postTestScore)}%`,
    ),
    ...s.designations.map((d) => row('Designation', d.statement)),
    row('Accreditation', s.accreditationStatement ?? NOT_ACCREDITED),
    ...(s.signatory ? [row('Signatory', s.signatory)] : []),
    row('Certificate ID', s.certificateId),
    row('Verification code', s.verificationCode),
    row('Issued', s.issuedAt),
    ...(s.supersedes ? [row('Replaces', s.supersedes)] : []),
    row('Signed by', report.issuerDid),
    row('Proof', report.format === 1 ? `${report.suite} (older certificate)` : report.suite),
    row('Checked', report.checks.join('; ')),
    ...(report.notice ? [row('Note', report.notice)] : []),
    ...DISCLAIMER,
  ];
}

function describeText(file: string, report: ValidTextReport): string[] {
  const t = report.text;
  return [
    `VALID: ${file} (a certificate's verification text)`,
    row('Learner', t.name),
    row('Course', `${t.course} (version ${t.courseVersion})`),
    row('Provider', t.provider),
    row('Completed on', calendarDate(t.completionDate)),
    row('Hours', formatCreditHours(t.hours)),
    row('Post-test score', t.postTestPercent === null ? 'none in this course' : `${t.postTestPercent}%`),
    row('Certificate ID', t.certificateId),
    row('Verification code', t.verificationCode),
    row('Issued', t.issuedAt),
    ...(t.supersedes ? [row('Replaces', t.supersedes)] : []),
    row('Signed by', report.issuerDid),
    row('Checked', report.checks.join('; ')),
    row('Note', report.notice),
    ...DISCLAIMER,
  ];
}

function usage(out: (line: string) => void, problem: string): number {
  out(problem);
  USAGE.split('\n').forEach((line) => out(line));
  return 2;
}
