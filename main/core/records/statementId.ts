import { createHash } from 'node:crypto';

// The namespace of CE Player's xAPI statement ids. Fixed forever: changing it would change every exported id.
const STATEMENT_NAMESPACE = '2efb7fc8-ff83-4e36-98b4-d67d5a8f67c3';

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name) in CE Player's statement namespace. The
 * same name always gives the same id, so exporting the same records again gives the same statement ids and an
 * LRS recognises statements it already holds.
 */
export function statementId(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(STATEMENT_NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
