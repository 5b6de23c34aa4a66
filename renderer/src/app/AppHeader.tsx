import { invoke } from '../api/contractClient';
import { ActionFeedback } from '../ui/ActionFeedback';
import { BusyButton } from '../ui/BusyButton';
import { useProfileSession } from './ProfileSession';
import { routeHref } from './routes';
import { useAction } from '../ui/useAction';

/**
 * The banner: the app's name, the transcript (once signed in) and certificate verification (for anyone), and who
 * is signed in with Settings and Switch profile.
 */
export function AppHeader() {
  const { profile, signedOut } = useProfileSession();
  const signOut = useAction();
  const switchProfile = async () => {
    const done = await signOut.run(() => invoke('profiles.signOut', {}));
    if (done) signedOut();
  };
  return (
    <header className="app-header">
      <a className="app-name" href={routeHref(profile ? { screen: 'library' } : { screen: 'profiles' })}>
        CE Player
      </a>
      <nav aria-label="Main" className="main-nav">
        <ul>
          {profile && (
            <li>
              <a href={routeHref({ screen: 'transcript' })}>Transcript</a>
            </li>
          )}
          <li>
            <a href={routeHref({ screen: 'verify' })}>Verify a certificate</a>
          </li>
        </ul>
      </nav>
      {profile && (
        <nav aria-label="Profile" className="profile-nav">
          <span className="signed-in-as">
            Signed in as <strong>{profile.displayName}</strong>
          </span>
          <a href={routeHref({ screen: 'settings' })}>Settings</a>
          <BusyButton busy={signOut.busy} busyLabel="Signing out…" onClick={() => void switchProfile()}>
            Switch profile
          </BusyButton>
          {signOut.state.status === 'failed' && (
            <ActionFeedback state={signOut.state} hint="Try again, or close the app to end your session." />
          )}
        </nav>
      )}
    </header>
  );
}
