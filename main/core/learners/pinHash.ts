import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CoreError } from '../coreError';
import { readProfileInput } from './learnerProfileInput';

// scrypt cost: about 16 MiB and a few tens of milliseconds per check, enough to make guessing a short PIN
// from a stolen file slow, while the wrong-PIN throttle limits guessing through the app.
const cost = { N: 16384, r: 8, p: 1 } as const;
const keyLength = 32;
const saltLength = 16;
const maxmem = 64 * 1024 * 1024;

const pinRule = 'A PIN must be 4 to 12 digits (0-9).';
const pinSchema = z.string({ error: pinRule }).regex(/^[0-9]{4,12}$/, { error: pinRule });

/** Validates PIN shape: 4 to 12 digits. */
export function readPin(value: unknown): string {
  return readProfileInput(pinSchema, value);
}

/** Hashes a PIN with scrypt and a random salt into a self-describing string: `scrypt$N$r$p$salt$hash`. */
export function hashPin(pin: string): string {
  const salt = randomBytes(saltLength);
  const hash = scryptSync(pin, salt, keyLength, { ...cost, maxmem });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/**
 * True when `pin` matches a stored hash. Reads the cost from the stored string, so hashes made with other
 * parameters keep working. Compares in constant time.
 */
export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (scheme !== 'scrypt' || !salt || !hash || ![N, R, P].every((x) => Number.isInteger(x) && x > 0)) {
    throw new CoreError('storage', "This profile's PIN record is damaged. Ask clinic IT for help.");
  }
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N, r: R, p: P, maxmem });
  return expected.length > 0 && timingSafeEqual(actual, expected);
}
