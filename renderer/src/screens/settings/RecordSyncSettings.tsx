import { useState } from 'react';
import type { LrsStatus } from '../../../../main/contract/lrsSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { countOf, formatDateTime } from '../../ui/displayFormats';
import { FactList, type Fact } from '../../ui/FactList';
import { StatusMessage } from '../../ui/StatusMessage';
import { useAction } from '../../ui/useAction';
import { useChannel } from '../../app/useChannel';

/** What sending did, in one sentence for the status line. */
function outcomeOf(status: LrsStatus): string {
  if (status.waiting === 0) return 'All your records are sent.';
  return `${countOf(status.waiting ?? 0, 'record')} still waiting to be sent.`;
}

/**
 * Where the learner's records go when clinic IT set up a learning record store, how many wait to be sent, when
 * they were last sent, the last problem in words, and "Send now". Shown only where record sync is set up. It does
 * not poll: every call counts as use and would keep a PIN profile from being signed out when left open.
 */
export function RecordSyncSettings() {
  const loaded = useChannel('lrs.status', {}, 'settings');
  const [sent, setSent] = useState<LrsStatus | null>(null);
  const [outcome, setOutcome] = useState('');
  const action = useAction();
  const status = sent ?? (loaded.status === 'ready' ? loaded.value : null);
  if (!status) return <StatusMessage state={loaded} what="the state of your records" />;
  if (status.state === 'off') return null;

  const sendNow = async () => {
    setOutcome('');
    const after = await action.run(() => invoke('lrs.sendNow', {}));
    if (after) {
      setSent(after);
      setOutcome(outcomeOf(after));
    }
  };
  const facts: Fact[] = [
    ['Waiting to be sent', countOf(status.waiting ?? 0, 'record')],
    ['Last sent', status.lastSentAt === null ? 'Not yet' : formatDateTime(status.lastSentAt)],
    ...(status.heldBack ? [['Held back for clinic IT', countOf(status.heldBack, 'record')] as const] : []),
    ['Last problem', status.lastError ?? 'None'],
  ];
  return (
    <section aria-labelledby="settings-records-sync">
      <h2 id="settings-records-sync">Sending your records</h2>
      <p>
        Your reading, quiz results, evaluation, attestation and certificates are sent, with your profile name,
        as learning records to your CE provider&apos;s learning record store at{' '}
        <strong>{status.destination}</strong>, as clinic IT set up on this computer. They stay on this
        computer as well, and nothing you do waits for them to be sent.
      </p>
      {status.state === 'paused' && (
        <p className="notice">
          Sending is turned off on this computer for now. Your records are kept and will be sent once clinic
          IT turns it on.
        </p>
      )}
      {status.state === 'stopped' && (
        <p className="notice notice-error">
          Sending has stopped until clinic IT looks into the problem below.
        </p>
      )}
      <FactList facts={facts} />
      <ActionFeedback state={action.state} running="Sending your records…" />
      <p className="status" role="status">
        {outcome}
      </p>
      {status.state !== 'paused' && (
        <div className="actions">
          <BusyButton busy={action.busy} busyLabel="Sending…" onClick={() => void sendNow()}>
            Send now
          </BusyButton>
        </div>
      )}
    </section>
  );
}
