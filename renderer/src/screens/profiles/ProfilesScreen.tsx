import { useState } from 'react';
import { routeHref } from '../../app/routes';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { CreateProfileForm } from './CreateProfileForm';
import { ProfilePicker } from './ProfilePicker';

/**
 * The start screen. On first run it asks the learner to create a profile; otherwise it lists the profiles on
 * this computer to sign in with, and offers to create another.
 */
export function ProfilesScreen() {
  const list = useChannel('profiles.list', {}, 'profiles.list');
  const [creating, setCreating] = useState(false);
  const loadingRef = useScreenFocus<HTMLHeadingElement>(`profiles:${list.status}`);
  if (list.status !== 'ready') {
    return (
      <>
        <h1 ref={loadingRef} tabIndex={-1}>
          Profiles
        </h1>
        <StatusMessage state={list} what="the profiles on this computer" />
      </>
    );
  }
  return (
    <>
      {list.value.length === 0 || creating ? (
        <CreateProfileForm firstRun={list.value.length === 0} onCancel={() => setCreating(false)} />
      ) : (
        <ProfilePicker profiles={list.value} onCreate={() => setCreating(true)} />
      )}
      <p className="verify-link">
        Checking a certificate someone gave you?{' '}
        <a href={routeHref({ screen: 'verify' })}>Verify a certificate</a> (no profile needed).
      </p>
    </>
  );
}
