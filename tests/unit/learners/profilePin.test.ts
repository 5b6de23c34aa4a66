import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import { createLearnerProfile, getLearnerProfile } from '../../../main/core/learners/learnerProfiles';
import { hashPin, pinMatches } from '../../../main/core/learners/pinHash';
import { lockoutAfterFailures, readPinThrottle } from '../../../main/core/learners/pinThrottle';
import { clearProfilePin, setProfilePin, verifyProfilePin } from '../../../main/core/learners/profilePin';
import { openTestDatabase } from '../db/testDataDir';

const t0 = 1_700_000_000_000;

describe('PIN hashing', () => {
  it('round-trips with scrypt, a random salt and a self-describing string', () => {
    const first = hashPin('2468');
    const second = hashPin('2468');
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(pinMatches('2468', first)).toBe(true);
    expect(pinMatches('2468', second)).toBe(true);
    expect(pinMatches('2469', first)).toBe(false);
    expect(pinMatches('24680', first)).toBe(false);
  });

  it('reads the cost from the stored string', () => {
    const [, , , , salt] = hashPin('1111').split('$');
    const custom = `scrypt$1024$8$1$${salt}$${scryptSync('1111', Buffer.from(salt ?? '', 'base64'), 32, { N: 1024, r: 8, p: 1 }).toString('base64')}`;
    expect(pinMatches('1111', custom)).toBe(true);
  });

  it('fails clearly on a damaged stored hash', () => {
    expect(() => pinMatches('1111', 'md5$abc')).toThrow(/PIN record is damaged/);
  });
});

describe('lockout schedule', () => {
  it('is free for two wrong PINs, then 30 s, 60 s, 120 s, ... capped at 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(lockoutAfterFailures)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000,
    ]);
  });
});

describe('verifyProfilePin', () => {
  it('passes profiles without a PIN and checks the PIN of those with one', async () => {
    const { db } = await openTestDatabase();
    const open = createLearnerProfile(db, { displayName: 'Open' });
    const locked = createLearnerProfile(db, { displayName: 'Guarded', pin: '13579' });
    expect(verifyProfilePin(db, open.id, undefined, t0).id).toBe(open.id);
    expect(verifyProfilePin(db, locked.id, '13579', t0).displayName).toBe('Guarded');
    expect(() => verifyProfilePin(db, locked.id, undefined, t0)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => verifyProfilePin(db, locked.id, '', t0)).toThrow(
      'This profile is protected by a PIN. Enter the PIN to continue.',
    );
    // Blank entries are not guesses: they do not count toward the lockout.
    expect(readPinThrottle(db, locked.id).failedAttempts).toBe(0);
  });

  it('throttles wrong PINs with increasing lockouts, persisted in the database, and says how long to wait', async () => {
    const { db, dataDir } = await openTestDatabase();
    const { id } = createLearnerProfile(db, { displayName: 'Pat', pin: '8642' });
    const attempt = (pin: string, now: number) => () => verifyProfilePin(db, id, pin, now);

    expect(attempt('0000', t0)).toThrow('That PIN is not right. 2 more tries before a short wait.');
    expect(attempt('0000', t0 + 1)).toThrow('That PIN is not right. 1 more try before a short wait.');
    expect(attempt('0000', t0 + 2)).toThrow(/wait 30 seconds before trying again/);
    // Locked: even the right PIN is refused, and the error says how long is left.
    expect(attempt('8642', t0 + 10_002)).toThrow(
      'Too many wrong PINs. Please wait 20 seconds and try again.',
    );
    expect(readPinThrottle(db, id).failedAttempts).toBe(3);

    // The lockout survives closing and reopening the app.
    db.close();
    const reopened = await openTestDatabase(dataDir);
    expect(() => verifyProfilePin(reopened.db, id, '8642', t0 + 29_000)).toThrow(/wait 2 seconds/);

    expect(() => verifyProfilePin(reopened.db, id, '1111', t0 + 30_002)).toThrow(/wait 1 minute before/);
    expect(() => verifyProfilePin(reopened.db, id, '8642', t0 + 60_000)).toThrow(/wait 31 seconds/);
    expect(() => verifyProfilePin(reopened.db, id, '1111', t0 + 90_002)).toThrow(/wait 2 minutes before/);
    expect(listAuditEntries(reopened.db, id).some((entry) => entry.action === 'pin.locked')).toBe(true);

    // The right PIN after the lockout signs in and resets the count.
    expect(verifyProfilePin(reopened.db, id, '8642', t0 + 210_002).id).toBe(id);
    expect(readPinThrottle(reopened.db, id)).toEqual({ failedAttempts: 0, lockedUntil: 0 });
    expect(() => verifyProfilePin(reopened.db, id, '0000', t0 + 210_003)).toThrow(/2 more tries/);
  });

  it('caps the wait at the earned lockout when the clock is set backwards', async () => {
    const { db } = await openTestDatabase();
    const { id } = createLearnerProfile(db, { displayName: 'Clock', pin: '5555' });
    for (let i = 0; i < 3; i += 1) expect(() => verifyProfilePin(db, id, '0000', t0 + i)).toThrow();
    // The clock jumps back a whole day: the wait stays at the 30 s earned, not a day.
    expect(() => verifyProfilePin(db, id, '5555', t0 - 86_400_000)).toThrow(/wait 30 seconds and try again/);
  });
});

describe('setting and clearing a PIN', () => {
  it('sets a PIN, requires the current one to change or clear it, and audits without the hash', async () => {
    const { db } = await openTestDatabase();
    const { id } = createLearnerProfile(db, { displayName: 'Mo' }, t0 - 1);
    expect(setProfilePin(db, id, '1234', undefined, t0).hasPin).toBe(true);
    expect(() => setProfilePin(db, id, '9999', '0000', t0 + 1)).toThrow(/not right/);
    expect(() => setProfilePin(db, id, '9999', undefined, t0 + 2)).toThrow(/protected by a PIN/);
    setProfilePin(db, id, '9999', '1234', t0 + 3);
    expect(() => verifyProfilePin(db, id, '1234', t0 + 4)).toThrow(/not right/);
    expect(verifyProfilePin(db, id, '9999', t0 + 5).id).toBe(id);
    expect(() => clearProfilePin(db, id, '1234', t0 + 6)).toThrow(/not right/);
    expect(clearProfilePin(db, id, '9999', t0 + 7).hasPin).toBe(false);
    expect(getLearnerProfile(db, id).hasPin).toBe(false);
    const audit = listAuditEntries(db, id);
    expect(audit.map((e) => e.action)).toEqual(['profile.created', 'pin.set', 'pin.changed', 'pin.cleared']);
    expect(JSON.stringify(audit)).not.toMatch(/scrypt/);
  });

  it('rejects a badly shaped new PIN before checking anything', async () => {
    const { db } = await openTestDatabase();
    const { id } = createLearnerProfile(db, { displayName: 'Jo' });
    expect(() => setProfilePin(db, id, '12a4', undefined, t0)).toThrow(/4 to 12 digits/);
    expect(getLearnerProfile(db, id).hasPin).toBe(false);
  });
});
