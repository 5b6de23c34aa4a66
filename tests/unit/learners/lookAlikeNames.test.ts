import { describe, expect, it } from 'vitest';
import { profileLimits } from '../../../main/contract/limits';
import { newProfileSchema, profilePatchSchema } from '../../../main/contract/profileSchemas';
import { createSession } from '../../../main/core/app/session';
import { profileTextRules } from '../../../main/core/learners/learnerProfileInput';
import { coreWorld } from '../support/coreWorld';

/*
 * Issue 21, finding 8: a profile name that looks like another learner's on the sign-in list lets a colleague be
 * chosen by mistake (or on purpose). Names are normalised (NFKC, one space between words), control, format and
 * direction characters are refused, and a name that Unicode's confusables skeleton (UTS #39) maps to an existing
 * one is refused. All through the real channel, as the profile screen sends it.
 */
const lookAlikes: [string, string][] = [
  ['a Cyrillic і', 'Dana Sm\u0456th'],
  ['a Cyrillic а', 'D\u0430na Smith'],
  ['a zero-width space', 'Dana\u200B Smith'],
  ['a non-breaking space', 'Dana\u00A0Smith'],
  ['two spaces', 'Dana  Smith'],
  ['full-width letters', '\uFF24\uFF41\uFF4E\uFF41 \uFF33\uFF4D\uFF49\uFF54\uFF48'],
  ['a right-to-left override', '\u202Ehtim\u0053 anaD'],
  ['other capitals', 'DANA SMITH'],
  ['"rn" for "m"', 'Dana Srnith'],
];

describe('profile names', () => {
  it('refuses a name that looks like an existing one', async () => {
    const world = await coreWorld();
    await world.signUp('Dana Smith');
    for (const [what, name] of lookAlikes) {
      const error = await world.fail('profiles.create', { displayName: name }, createSession());
      expect(['conflict', 'invalid_input'], what).toContain(error.code);
      expect(error.message, what).toMatch(/profile name/i);
    }
    const names = (await world.ok('profiles.list', {}, createSession())).map((p) => p.displayName);
    expect(names.filter((name) => name.normalize('NFKC').toLowerCase().includes('smith'))).toEqual([
      'Dana Smith',
    ]);
  });

  it('stores a name normalised, and accepts names in any script', async () => {
    const world = await coreWorld();
    for (const name of ['Zoë Lévesque', '李小龍', 'Ngozi Okonkwo-Adébáyọ̀', 'Dana Smith Jr']) {
      const session = await world.signUp(name);
      expect((await world.ok('profiles.current', {}, session))?.displayName).toBe(name);
    }
    const wide = await world.signUp('\uFF21\uFF4C\uFF45\uFF58  Kim ');
    expect((await world.ok('profiles.current', {}, wide))?.displayName).toBe('Alex Kim');
  });

  it('has one length limit for a profile name, in the contract and the core alike', async () => {
    expect(profileTextRules.displayName.max).toBe(profileLimits.displayName);
    for (const schema of [newProfileSchema, profilePatchSchema]) {
      expect(schema.safeParse({ displayName: 'N'.repeat(profileLimits.displayName) }).success).toBe(true);
      expect(schema.safeParse({ displayName: 'N'.repeat(profileLimits.displayName + 1) }).success).toBe(
        false,
      );
    }
    const world = await coreWorld();
    const longest = 'N'.repeat(60);
    const session = await world.signUp(longest);
    expect((await world.ok('profiles.current', {}, session))?.displayName).toBe(longest);
    for (const name of ['N'.repeat(61), `${'é'.repeat(40)}${'😀'.repeat(21)}`]) {
      const error = await world.fail('profiles.create', { displayName: name }, session);
      expect(error.message).toContain('Profile name can be at most 60 characters');
    }
  });
});
