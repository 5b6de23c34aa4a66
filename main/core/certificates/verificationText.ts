import { verify } from 'node:crypto';
import { formatCreditHours } from '../../contract/creditHours';
import { multibaseDecode, multibaseEncode } from './base58btc';
import { learnerDisplayName, wholePercent, type CertificateSnapshot } from './certificateSnapshot';
import { ed25519PublicKeyObject, rawPublicKeyFromDidKey } from './ed25519Multikey';
import type { SigningKey } from './signingKey';

/** The first line of every verification text: it names the format and keeps the signature to this one use. */
export const VERIFICATION_TEXT_HEADER = 'CE Player certificate verification text 1';

/** The facts a verification text states, as printed on the certificate. */
export interface VerificationTextFacts {
  certificateId: string;
  verificationCode: string;
  name: string;
  course: string;
  courseVersion: string;
  provider: string;
  completionDate: string;
  hours: number;
  postTestPercent: number | null;
  issuedAt: string;
  supersedes: string | null;
  issuerDid: string;
}

type Field = [label: string, key: keyof VerificationTextFacts];
const FIELDS: Field[] = [
  ['Certificate', 'certificateId'],
  ['Code', 'verificationCode'],
  ['Name', 'name'],
  ['Course', 'course'],
  ['Version', 'courseVersion'],
  ['Provider', 'provider'],
  ['Completed', 'completionDate'],
  ['Hours', 'hours'],
  ['Post-test', 'postTestPercent'],
  ['Issued', 'issuedAt'],
  ['Replaces', 'supersedes'],
  ['Issuer', 'issuerDid'],
];

/**
 * The verification text's signed part for a certificate: the header, then one "Label: value" line per fact (a
 * "Replaces" line only for a correction). Values are on one line each: runs of white space become one space.
 */
export function verificationTextBody(snapshot: CertificateSnapshot, issuerDid: string): string {
  const facts: VerificationTextFacts = {
    certificateId: snapshot.certificateId,
    verificationCode: snapshot.verificationCode,
    name: learnerDisplayName(snapshot.certificateName, snapshot.credentials),
    course: snapshot.courseTitle,
    courseVersion: snapshot.courseVersion,
    provider: snapshot.providerName,
    completionDate: snapshot.completionDate,
    hours: snapshot.hoursClaimed,
    postTestPercent: snapshot.postTestScore === null ? null : wholePercent(snapshot.postTestScore),
    issuedAt: snapshot.issuedAt,
    supersedes: snapshot.supersedes,
    issuerDid,
  };
  const lines = FIELDS.flatMap(([label, key]) => {
    const value = facts[key];
    if (key === 'supersedes' && value === null) return [];
    return [`${label}: ${printed(key, value)}`];
  });
  return [VERIFICATION_TEXT_HEADER, ...lines].join('\n');
}

function printed(key: keyof VerificationTextFacts, value: VerificationTextFacts[typeof key]): string {
  if (key === 'hours') return formatCreditHours(Number(value));
  if (key === 'postTestPercent') return value === null ? 'none' : `${String(value)}%`;
  return String(value).replace(/\s+/g, ' ').trim();
}

/** The signature of a verification text's body with the installation key, in multibase base58btc. */
export function signVerificationText(body: string, key: Pick<SigningKey, 'sign'>): string {
  return multibaseEncode(key.sign(Buffer.from(body, 'utf8')));
}

/** The whole text the QR code holds: the body and a last "Signature:" line. */
export function verificationText(body: string, signature: string): string {
  return `${body}\nSignature: ${signature}`;
}

/** True when `text` looks like a verification text (it starts with the header), so it is checked as one. */
export function isVerificationText(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith(VERIFICATION_TEXT_HEADER);
}

/** What checking a verification text found. */
export type VerificationTextCheck =
  { valid: true; facts: VerificationTextFacts; signature: string } | { valid: false; message: string };

/**
 * Checks a verification text as scanned from a certificate's QR code, offline: every line in its place, and the
 * Ed25519 signature of the body by the did:key it names. Line endings and spaces at the ends of lines are forgiven.
 */
export function checkVerificationText(text: string): VerificationTextCheck {
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
  const bad = (message: string): VerificationTextCheck => ({ valid: false, message });
  if (lines[0] !== VERIFICATION_TEXT_HEADER) return bad('It is not a CE Player verification text.');
  const signatureLine = lines[lines.length - 1] ?? '';
  if (!signatureLine.startsWith('Signature: '))
    return bad('The text has no "Signature:" line: it is incomplete.');
  const values = new Map<string, string>();
  for (const line of lines.slice(1, -1)) {
    const at = line.indexOf(': ');
    if (at < 0) return bad(`The line "${line}" is not "Label: value".`);
    values.set(line.slice(0, at), line.slice(at + 2));
  }
  const labels = [...values.keys()].join(',');
  const expected = FIELDS.map(([label]) => label).filter(
    (label) => label !== 'Replaces' || values.has(label),
  );
  if (labels !== expected.join(','))
    return bad('The text does not have the lines of a verification text, in order.');
  const facts = factsFrom(values);
  if (!facts) return bad('A value in the text is not in its form (a date, a number of hours or a percent).');
  const signature = signatureLine.slice('Signature: '.length);
  let valid = false;
  try {
    const publicKey = ed25519PublicKeyObject(rawPublicKeyFromDidKey(facts.issuerDid));
    valid = verify(
      null,
      Buffer.from(lines.slice(0, -1).join('\n'), 'utf8'),
      publicKey,
      multibaseDecode(signature),
    );
  } catch {
    return bad('The issuer is not a did:key, or the signature is damaged.');
  }
  if (!valid) return bad('The signature does not match: the text was changed, or another key signed it.');
  return { valid: true, facts, signature };
}

function factsFrom(values: Map<string, string>): VerificationTextFacts | null {
  const get = (label: string) => values.get(label) ?? '';
  const hours = Number(get('Hours'));
  const postTest = get('Post-test');
  const percent = /^(\d{1,3})%$/.exec(postTest)?.[1];
  if (!Number.isFinite(hours) || !/^\d+(\.\d+)?$/.test(get('Hours'))) return null;
  if (postTest !== 'none' && percent === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(get('Completed'))) return null;
  return {
    certificateId: get('Certificate'),
    verificationCode: get('Code'),
    name: get('Name'),
    course: get('Course'),
    courseVersion: get('Version'),
    provider: get('Provider'),
    completionDate: get('Completed'),
    hours,
    postTestPercent: percent === undefined ? null : Number(percent),
    issuedAt: get('Issued'),
    supersedes: values.get('Replaces') ?? null,
    issuerDid: get('Issuer'),
  };
}
