import { useChannel } from '../../app/useChannel';

/**
 * What the new-profile form says about where records go: on a computer where clinic IT set up a learning record
 * store, that they are sent there (always, as the learner's notice before they start); elsewhere, on the first run,
 * that nothing leaves this computer.
 */
export function RecordSyncNotice({ firstRun }: { firstRun: boolean }) {
  const status = useChannel('lrs.status', {}, 'create-profile');
  const destination = status.status === 'ready' ? status.value.destination : null;
  if (destination !== null) {
    return (
      <p className="lead">
        Your profile keeps your reading, quiz results and certificates on this computer. Clinic IT has also
        set this computer to send them, with your profile name, as learning records to your CE provider&apos;s
        learning record store at <strong>{destination}</strong>.
      </p>
    );
  }
  if (!firstRun) return null;
  return (
    <p className="lead">
      Your profile keeps your reading, quiz results and certificates on this computer.
      {status.status === 'ready' && ' Nothing is sent anywhere.'}
    </p>
  );
}
