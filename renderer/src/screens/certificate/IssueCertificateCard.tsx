import type { ChannelOutput } from '../../../../main/contract/channels';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useAction } from '../../ui/useAction';

/** Every requirement is met: "Issue my certificate". The core checks the rules again and signs it. */
export function IssueCertificateCard({
  courseId,
  onIssued,
}: {
  courseId: string;
  onIssued: (issued: ChannelOutput<'certificates.issue'>) => void;
}) {
  const issue = useAction();
  const run = async () => {
    const issued = await issue.run(() => invoke('certificates.issue', { courseId }));
    if (issued) onIssued(issued);
  };
  return (
    <section aria-labelledby="certificate-issue" className="card">
      <h2 id="certificate-issue">Ready to issue</h2>
      <p className="notice notice-success">Every requirement for a certificate is met.</p>
      <p>
        Your certificate states your name and credentials as your profile gives them. Check them in Settings
        first; a name can also be corrected later.
      </p>
      <BusyButton className="primary" busy={issue.busy} busyLabel="Issuing…" onClick={() => void run()}>
        Issue my certificate
      </BusyButton>
      <ActionFeedback state={issue.state} running="Issuing and signing your certificate…" />
    </section>
  );
}
