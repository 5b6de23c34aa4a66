import { canonicalizeJson } from './canonicalJson';
import {
  certificateFactsJson,
  normalizeCertificateFacts,
  type CertificateFacts,
  type CertificateSnapshot,
} from './certificateSnapshot';
import type { SigningKey } from './signingKey';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PURPOSE = 'ce-player certificate verification code, version 1';

/**
 * The short code printed on a certificate, `XXXXX-XXXXX`: the first 50 bits of the installation key's Ed25519
 * signature over the canonical facts, in Crockford base32. Ed25519 signatures are deterministic, so the issuing
 * installation can recompute the code from the printed facts (`checkVerificationCode`) and nobody without the key
 * can produce a matching code for altered facts.
 */
export function createVerificationCode(facts: CertificateFacts, key: SigningKey): string {
  const normalized = normalizeCertificateFacts(facts);
  const message = canonicalizeJson({ purpose: PURPOSE, facts: certificateFactsJson(normalized) });
  const signature = key.sign(Buffer.from(message, 'utf8'));
  let bits = 0n;
  for (const byte of signature.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 bits read, 50 kept
  let code = '';
  for (let i = 9; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** True when the snapshot's verification code is the one this key gives for its facts. */
export function checkVerificationCode(snapshot: CertificateSnapshot, key: SigningKey): boolean {
  const { verificationCode, ...facts } = snapshot;
  return normalizeVerificationCode(verificationCode) === createVerificationCode(facts, key);
}

/**
 * A code as someone typed it, in the printed form `XXXXX-XXXXX`, or null when it cannot be one. Case, spaces and
 * hyphens do not matter, and the letters Crockford base32 leaves out are read as the digits they look like.
 */
export function normalizeVerificationCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(compact)) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
