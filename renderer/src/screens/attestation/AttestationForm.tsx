import type React from 'react';
import { useState } from 'react';
import type { AttestationView } from '../../../../main/contract/certificateSchemas';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../app/ActionFeedback';
import { BusyButton } from '../../app/BusyButton';
import { formatHours, formatMinutes } from '../../app/displayFormats';
import { FactList } from '../../app/FactList';
import { TextField } from '../../app/TextField';
import { useAction } from '../../app/useAction';
import { useChannel } from '../../app/useChannel';
import { parseClaim, type ClaimInput } from './attestationClaim';

/**
 * The attestation form: the recorded time, the estimate and the most credit; the minutes the learner spent and
 * the hours claimed; the exact statement for that claim (asked of the core as it is typed); and a checkbox to
 * confirm it. Changing the claim clears the confirmation, since it confirmed other words.
 */
export function AttestationForm({
  courseId,
  view,
  onAttested,
}: {
  courseId: string;
  view: AttestationView;
  onAttested: (view: AttestationView) => void;
}) {
  const [input, setInput] = useState<ClaimInput>({
    minutes: String(view.suggested.attestedMinutes),
    hours: String(view.suggested.claimedHours),
  });
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useAction();
  const claim = parseClaim(input);
  const preview = useChannel(
    'attestation.get',
    claim ? { courseId, ...claim } : { courseId },
    claim ? `${courseId}:${claim.attestedMinutes}:${claim.claimedHours}` : `${courseId}:none`,
  );
  const change = (next: Partial<ClaimInput>) => {
    setInput((old) => ({ ...old, ...next }));
    setConfirmed(false);
  };

  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    const wrong = !claim
      ? 'Enter the minutes you spent as a whole number and the hours you claim as a number.'
      : preview.status !== 'ready'
        ? 'Wait until the statement below shows your claim, read it, then attest.'
        : !confirmed
          ? 'Tick “I attest that this is accurate” to confirm the statement.'
          : null;
    setProblem(wrong);
    if (wrong || !claim) return submit.reset();
    const attested = await submit.run(() => invoke('attestation.submit', { courseId, ...claim }));
    if (attested) onAttested(attested);
  };

  return (
    <form className="form" onSubmit={(event) => void send(event)} noValidate>
      <FactList
        facts={[
          ['Study time recorded', formatMinutes(view.recordedMinutes)],
          ['Estimated time', formatMinutes(view.estimatedMinutes)],
          ['Most credit you can claim', formatHours(view.maxHours)],
        ]}
      />
      <TextField
        label="Minutes you actually spent on this course"
        hint="Whole minutes, including time away from this app (for example reading the references)."
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        required
        value={input.minutes}
        onChange={(minutes) => change({ minutes })}
      />
      <TextField
        label="Credit hours you claim"
        hint={`In quarter hours (0.25), at most ${formatHours(view.maxHours)}, and no more than the time you spent.`}
        type="number"
        inputMode="decimal"
        min={0.25}
        max={view.maxHours}
        step={0.25}
        required
        value={input.hours}
        onChange={(hours) => change({ hours })}
      />
      <section aria-labelledby="attestation-statement-title" className="statement-box">
        <h2 id="attestation-statement-title">The statement you attest to</h2>
        {!claim ? (
          <p>Enter the minutes and the hours to see the statement.</p>
        ) : preview.status === 'ready' ? (
          <p id="attestation-statement" className="statement">
            {preview.value.statement}
          </p>
        ) : preview.status === 'loading' ? (
          <p className="status" role="status">
            Updating the statement…
          </p>
        ) : (
          <p className="notice notice-error" role="alert">
            {preview.message}
          </p>
        )}
      </section>
      <label className="choice">
        <input
          type="checkbox"
          checked={confirmed}
          aria-describedby={preview.status === 'ready' ? 'attestation-statement' : undefined}
          onChange={(event) => setConfirmed(event.target.checked)}
        />
        <span>I attest that this is accurate</span>
      </label>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <ActionFeedback
        state={submit.state}
        running="Recording your attestation…"
        hint="Correct the minutes or hours, then attest again."
      />
      <BusyButton type="submit" className="primary" busy={submit.busy} busyLabel="Recording…">
        Attest and claim credit
      </BusyButton>
    </form>
  );
}
