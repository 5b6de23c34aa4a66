import { useSignedInProfile } from '../../app/ProfileSession';
import { routeHref } from '../../app/routes';
import { useScreenFocus } from '../../app/useScreenFocus';
import { DeleteProfileForm } from './DeleteProfileForm';
import { DisplayPreferences } from './DisplayPreferences';
import { PinSettingsForm } from './PinSettingsForm';
import { ProfileDetailsForm } from './ProfileDetailsForm';
import { RecordSyncSettings } from './RecordSyncSettings';

/**
 * The signed-in learner's settings: certificate details, display, PIN, sending records (where IT set it up), and
 * deleting the profile.
 */
export function SettingsScreen() {
  const profile = useSignedInProfile();
  const headingRef = useScreenFocus<HTMLHeadingElement>('settings');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={routeHref({ screen: 'library' })}>Course library</a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        Settings
      </h1>
      <p className="lead">Settings for {profile.displayName}.</p>
      <ProfileDetailsForm />
      <DisplayPreferences />
      <PinSettingsForm />
      <RecordSyncSettings />
      <DeleteProfileForm />
    </>
  );
}
