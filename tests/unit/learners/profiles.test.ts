import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../../main/core/db/auditLog';
import {
  createLearnerProfile,
  getLearnerProfile,
  listLearnerProfiles,
  updateLearnerProfile,
} from '../../../main/core/learners/learnerProfiles';
import { openTestDatabase } from '../db/testDataDir';

describe('learner profiles', () => {
  it('creates a profile with defaults and lists only public fields', async () => {
    const { db } = await openTestDatabase();
    const created = createLearnerProfile(db, { displayName: '  Ana Ortiz ', credentials: 'MD' }, 1000);
    expect(created).toMatchObject({
      displayName: 'Ana Ortiz',
      certificateName: '', // not given yet: asked for before a certificate is issued
      credentials: 'MD',
      licenseNumber: null,
      licenseState: null,
      email: null,
      preferences: { fontSize: 'medium', theme: 'system' },
      hasPin: false,
      createdAt: 1000,
      updatedAt: 1000,
    });
    createLearnerProfile(db, { displayName: 'Ben', pin: '4321' });
    const listed = listLearnerProfiles(db);
    expect(listed).toEqual([
      { id: created.id, displayName: 'Ana Ortiz', hasPin: false },
      { id: expect.any(String), displayName: 'Ben', hasPin: true },
    ]);
    expect(Object.keys(listed[1] ?? {}).sort()).toEqual(['displayName', 'hasPin', 'id']);
    expect(JSON.stringify(getLearnerProfile(db, listed[1]?.id ?? ''))).not.toMatch(/scrypt|pin_hash/);
  });

  it('stores every field and returns it from get', async () => {
    const { db } = await openTestDatabase();
    const created = createLearnerProfile(db, {
      displayName: 'Dr. Chen',
      certificateName: 'Li Chen, PsyD',
      credentials: 'PsyD, LCSW',
      licenseNumber: 'PSY 12345',
      licenseState: 'Oregon',
      email: 'li.chen@clinic.example',
      preferences: { fontSize: 'extra-large', theme: 'dark' },
    });
    expect(getLearnerProfile(db, created.id)).toEqual(created);
    expect(created.preferences).toEqual({ fontSize: 'extra-large', theme: 'dark' });
  });

  it.each([
    [{ displayName: '' }, /Profile name cannot be empty/],
    [{ displayName: 'x'.repeat(61) }, /Profile name can be at most 60 characters/],
    [{ displayName: 'Line\nbreak' }, /line breaks/],
    [{ displayName: 'Ok', email: 'not-an-email' }, /Email can contain only an address like name@example.org/],
    [{ displayName: 'Ok', email: 'a@b' }, /Email/],
    [{ displayName: 'Ok', credentials: 'MD<script>' }, /Credentials can contain only/],
    [{ displayName: 'Ok', licenseNumber: 'x'.repeat(41) }, /License number can be at most 40/],
    [{ displayName: 'Ok', certificateName: '   ' }, /Name on certificates cannot be empty/],
    [{ displayName: 'Ok', preferences: { theme: 'blue' } }, /Theme must be one of: light, dark, system/],
    [{ displayName: 'Ok', preferences: { fontSize: 'huge' } }, /Text size must be one of/],
    [{ displayName: 'Ok', pin: '12' }, /PIN must be 4 to 12 digits/],
    [{ displayName: 'Ok', pin: 'abcd' }, /PIN must be 4 to 12 digits/],
    [{ displayName: 42 }, /Profile name must be text/],
  ])('rejects invalid input %j', async (input, message) => {
    const { db } = await openTestDatabase();
    expect(() => createLearnerProfile(db, input as never)).toThrow(message);
    try {
      createLearnerProfile(db, input as never);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_input' });
    }
    expect(listLearnerProfiles(db)).toEqual([]);
  });

  it('refuses a second profile with the same name, ignoring case', async () => {
    const { db } = await openTestDatabase();
    createLearnerProfile(db, { displayName: 'Sam' });
    expect(() => createLearnerProfile(db, { displayName: 'sam' })).toThrow(/already exists/);
    const other = createLearnerProfile(db, { displayName: 'Sami' });
    expect(() => updateLearnerProfile(db, other.id, { displayName: 'SAM' })).toThrow(/already exists/);
  });

  it('corrects a profile, audits only the changed fields, and clears optional fields with null', async () => {
    const { db } = await openTestDatabase();
    const created = createLearnerProfile(
      db,
      { displayName: 'Kim', licenseNumber: 'RN-1', email: 'kim@x.org' },
      1000,
    );
    const updated = updateLearnerProfile(
      db,
      created.id,
      { certificateName: 'Kim Park, RN', licenseNumber: null, preferences: { theme: 'light' } },
      2000,
    );
    expect(updated).toMatchObject({
      certificateName: 'Kim Park, RN',
      licenseNumber: null,
      email: 'kim@x.org',
      preferences: { fontSize: 'medium', theme: 'light' },
      updatedAt: 2000,
    });
    const audit = listAuditEntries(db, created.id);
    expect(audit.map((e) => e.action)).toEqual(['profile.created', 'profile.updated']);
    expect(audit[1]).toMatchObject({
      actor: `learner:${created.id}`,
      at: 2000,
      before: null,
      after: { fields: ['certificate_name', 'license_number', 'theme'] },
    });
    // A patch that changes nothing writes nothing.
    updateLearnerProfile(db, created.id, { certificateName: 'Kim Park, RN' }, 3000);
    expect(listAuditEntries(db, created.id)).toHaveLength(2);
    expect(getLearnerProfile(db, created.id).updatedAt).toBe(2000);
  });

  it('an invalid correction changes nothing', async () => {
    const { db } = await openTestDatabase();
    const created = createLearnerProfile(db, { displayName: 'Lee', email: 'lee@x.org' });
    expect(() => updateLearnerProfile(db, created.id, { certificateName: 'Lee R', email: 'broken' })).toThrow(
      /Email/,
    );
    expect(getLearnerProfile(db, created.id)).toEqual(created);
  });

  it('reports an unknown learner as not_found', async () => {
    const { db } = await openTestDatabase();
    expect(() => getLearnerProfile(db, 'missing')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => updateLearnerProfile(db, 'missing', { credentials: 'MD' })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
