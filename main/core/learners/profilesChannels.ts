import type { NamespaceHandlers } from '../app/channelHandlers';
import { CoreError } from '../coreError';
import { requireSignedIn, signIn, signOut } from '../app/session';
import { eraseDeletedLearner } from '../db/eraseDeletedLearner';
import type { LearnerDb } from '../db/learnerDatabase';
import type { SqliteOpener } from '../db/sqliteDatabase';
import { deleteLearnerProfile } from './deleteLearnerProfile';
import {
  createLearnerProfile,
  getLearnerProfile,
  listLearnerProfiles,
  updateLearnerProfile,
} from './learnerProfiles';
import { clearProfilePin, setProfilePin, verifyProfilePin } from './profilePin';

/**
 * The profile channels. Signing in is the only way a session gets a learner, and every other channel acts on
 * that learner alone: no input names a learner except sign-in, which needs the PIN when one is set.
 */
export function createProfilesHandlers(
  db: LearnerDb,
  now: () => number,
  settings: { requirePin: boolean; dataDir: string; sqlite: SqliteOpener },
): NamespaceHandlers<'profiles'> {
  return {
    'profiles.list': () => listLearnerProfiles(db),
    'profiles.current': (_input, session) =>
      session.learnerId === null ? null : getLearnerProfile(db, session.learnerId),
    'profiles.create': (input, session) => {
      if (settings.requirePin && !input.pin) {
        throw new CoreError(
          'invalid_input',
          'This computer requires a PIN on every profile, so that colleagues cannot open your records. Choose a PIN of 4 to 12 digits.',
        );
      }
      const profile = createLearnerProfile(db, input, now());
      signIn(session, profile);
      return profile;
    },
    'profiles.signIn': ({ learnerId, pin }, session) => {
      signOut(session); // a failed sign-in must not leave the previous learner signed in
      const profile = verifyProfilePin(db, learnerId, pin, now());
      signIn(session, profile);
      return profile;
    },
    'profiles.signOut': (_input, session) => {
      signOut(session);
      return { signedOut: true };
    },
    'profiles.update': (patch, session) => updateLearnerProfile(db, requireSignedIn(session), patch, now()),
    'profiles.setPin': ({ currentPin, newPin }, session) => {
      const learnerId = requireSignedIn(session);
      const profile =
        newPin === null
          ? clearProfilePin(db, learnerId, currentPin, now())
          : setProfilePin(db, learnerId, newPin, currentPin, now());
      signIn(session, profile); // a new PIN makes the sign-in one that lapses, a removed one ends that
      return profile;
    },
    'profiles.delete': ({ confirmName, pin }, session) => {
      const learnerId = requireSignedIn(session);
      deleteLearnerProfile(db, learnerId, { confirmName, ...(pin === undefined ? {} : { pin }) }, now());
      signOut(session);
      eraseDeletedLearner(db, settings.dataDir, learnerId, now(), settings.sqlite);
      return { deleted: true };
    },
  };
}
