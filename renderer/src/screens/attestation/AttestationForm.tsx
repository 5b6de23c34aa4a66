import type React from 'react';
import { useState } from 'react';
import type { AttestationView } from '../../../../main/contract/attestationSchemas';
import { formatCreditHours } from '../../../../main/contract/creditHours';
import { invoke } from '../../api/contractClient';
import { ActionFeedback } from '../../ui/ActionFeedback';
import { BusyButton } from '../../ui/BusyButton';
import { formatHours, formatMinutes } from '../../ui/displayFormats';
import { FactList } from '../../ui/FactList';
import { studyTimeWords } from '../../ui/studyTimeWords';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/useAction';
import { useChannel } from '../../app/useChannel';
import { parseClaim, type ClaimInput } from './attestationClaim';
import { UnrecordedTimeConfirm } from './UnrecordedTimeConfirm';

/** Why the form cannot be sent yet, in the order the learner meets the fields; null when it can. */
function claimProblem(
  claim: ReturnType<typeof parseClaim>,
  beyond: boolean,
  awayConfirmed: boolean,
  previewReady: boolean,
  confirmed: boolean,
): string | null {
  if (!claim) return 'Enter the minutes you spent as a whole number and the hours you claim as a number.';
  if (beyond && !awayConfirmed)
    return 'Confirm that you spent the time CE Player did not record on this course, or attest less time.';
  if (!previewReady) return 'Wait until the statement below shows your claim, read it, then attest.';
  if (!confirmed) return 'Tick “I attest that this is accurate” to confirm the statement.';
  return null;
}

/**
 * The attestation form: the rule in one sentence; the recorded time, the minimum and the most credit; the minutes
 * the learner spent and the hours claimed, which start empty (the recorded time is one click away, never filled in
 * unasked); a confirmation of time away from the app when the claim goes past what the course allows; the exact
 * statement for that claim (asked of the core as it is typed); and a checkbox to confirm it. Changing the claim
 * clears both confirmations, since they confirmed other numbers.
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
  const [input, setInput] = useState<ClaimInput>({ minutes: '', hours: '' });
  const [confirmed, setConfirmed] = useState(false);
  const [awayConfirmed, setAwayConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useAction();
  const claim = parseClaim(input);
  const beyond = claim !== null && claim.attestedMinutes > view.confirmAboveMinutes;
  const preview = useChannel(
    'attestation.get',
    claim ? { courseId, ...claim } : { courseId },
    claim ? `${courseId}:${claim.attestedMinutes}:${claim.claimedHours}` : `${courseId}:none`,
  );
  const change = (next: Partial<ClaimInput>) => {
    setInput((old) => ({ ...old, ...next }));
    setConfirmed(false);
    setAwayConfirmed(false);
  };
  const { suggested } = view;

  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    const wrong = claimProblem(claim, beyond, awayConfirmed, preview.status === 'ready', confirmed);
    setProblem(wrong);
    if (wrong || !claim) return submit.reset();
    const attested = await submit.run(() =>
      invoke('attestation.submit', { courseId, ...claim, confirmedUnrecordedTime: beyond || undefined }),
    );
    if (attested) onAttested(attested);
  };

  return (
    <form className="form" onSubmit={(event) => void send(event)} noValidate>
      <p className="attestation-rule">
        Claim only the time you actually spent, up to the {formatHours(view.maxHours)} designated; your
        recorded study time must reach the minimum for the certificate ({formatMinutes(view.requiredMinutes)}
        ), as it now does.
      </p>
      <FactList
        facts={[
          [studyTimeWords.recorded.label, formatMinutes(Math.floor(view.recordedMinutes))],
          [studyTimeWords.minimum.label, formatMinutes(view.requiredMinutes)],
          ['Most credit you can claim', formatHours(view.maxHours)],
        ]}
      />
      <p>
        <button
          type="button"
          onClick={() =>
            change({
              minutes: String(suggested.attestedMinutes),
              hours: formatCreditHours(suggested.claimedHours),
            })
          }
        >
          Use my recorded time: {suggested.attestedMinutes} minutes, {formatHours(suggested.claimedHours)}
        </button>
      </p>
      <TextField
        label="Minutes you actually spent on this course"
        hint="Whole minutes, including time on this course away from CE Player (for example reading the references)."
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
      {beyond && claim && (
        <UnrecordedTimeConfirm
          view={view}
          attestedMinutes={claim.attestedMinutes}
          confirmed={awayConfirmed}
          onChange={setAwayConfirmed}
        />
      )}
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
          aria-describedby={preview.status === 'ready' && claim ? 'attestation-statement' : undefined}
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
