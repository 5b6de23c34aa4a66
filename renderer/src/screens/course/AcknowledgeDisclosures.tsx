import type { CourseDisclosure } from '../../../../main/contract/playerSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { useAction } from '../../ui/useAction';
import { DisclosureBlock } from './DisclosureBlock';

/**
 * The disclosures to read before starting, and the button that records the learner's acknowledgement (once per
 * course version). `onAcknowledged` receives when it was recorded.
 */
export function AcknowledgeDisclosures({
  courseId,
  disclosure,
  onAcknowledged,
}: {
  courseId: string;
  disclosure: CourseDisclosure;
  onAcknowledged: (acknowledgedAt: number) => void;
}) {
  const action = useAction();
  const acknowledge = async () => {
    const done = await action.run(() => invoke('courses.acknowledgeDisclosures', { courseId }));
    if (done) onAcknowledged(done.acknowledgedAt);
  };
  return (
    <section aria-labelledby="disclosures-first" className="disclosures disclosures-first">
      <h2 id="disclosures-first">Before you start: disclosures</h2>
      <p>
        Read who planned, wrote and reviewed this activity and their financial relationships, then confirm
        that you have read them. You confirm once; they stay under “About this activity”.
      </p>
      <DisclosureBlock disclosure={disclosure} />
      <BusyButton
        className="primary"
        busy={action.busy}
        busyLabel="Recording…"
        onClick={() => void acknowledge()}
      >
        I have read these disclosures
      </BusyButton>
      <ActionFeedback state={action.state} running="Recording that you read the disclosures…" />
    </section>
  );
}
