import { rawPublicKeyFromDidKey } from '../certificates/ed25519Multikey';
import { loadOrCreateSigningKey } from '../certificates/signingKeyStore';
import { CoreError } from '../coreError';

/**
 * Another CE Player installation whose exported records this machine accepts as verified (the machine config's
 * `trustedInstallations`). `key` is the installation's did:key exactly as its records export shows it in the
 * `"installation"` field, e.g. `did:key:z6Mk…`; `name` is how the learner sees it ("Main Street clinic, room 2").
 */
export interface TrustedInstallation {
  readonly name: string;
  readonly key: string;
}

/** What import checks a records file's signer against: did:key to the name shown to the learner. */
export type TrustedSigners = ReadonlyMap<string, string>;

/** The name this machine's own installation goes by when it signed a file. */
export const thisComputer = 'this computer';

/**
 * Checks the IT-configured list: each entry a non-empty name (at most 120 characters) and an Ed25519 did:key.
 * Throws `CoreError('invalid_input')` naming the entry and what to write instead.
 */
export function readTrustedInstallations(list: readonly TrustedInstallation[]): TrustedInstallation[] {
  return list.map((entry, index) => {
    const where = `Trusted installation ${index + 1}`;
    const name = typeof entry?.name === 'string' ? entry.name.trim() : '';
    if (name === '' || name.length > 120) {
      throw new CoreError('invalid_input', `${where} needs a "name" of 1 to 120 characters.`);
    }
    const key = typeof entry.key === 'string' ? entry.key.trim() : '';
    try {
      rawPublicKeyFromDidKey(key);
    } catch {
      throw new CoreError(
        'invalid_input',
        `${where} ("${name}"): "key" must be the installation's did:key (did:key:z6Mk…), as the "installation" ` +
          'line of a records file it exported shows it.',
      );
    }
    return { name, key };
  });
}

/**
 * The signers whose records count here: this installation (its certificate signing key in `dataDir`, created at
 * `now` if need be) and the installations IT lists.
 */
export function trustedSigners(
  dataDir: string,
  listed: readonly TrustedInstallation[],
  now: number,
): TrustedSigners {
  const signers = new Map(listed.map((entry) => [entry.key, entry.name]));
  signers.set(loadOrCreateSigningKey(dataDir, now).did, thisComputer);
  return signers;
}
