import type { AttestationView } from '../../../../main/contract/attestationSchemas';

/**
 * Asked when the minutes attested go past what the course allows beyond the recorded study time: the gap in
 * numbers, the allowance, and a checkbox to confirm the rest was spent on the course away from CE Player. The core
 * refuses such a claim without it.
 */
export function UnrecordedTimeConfirm({
  view,
  attestedMinutes,
  confirmed,
  onChange,
}: {
  view: AttestationView;
  attestedMinutes: number;
  confirmed: boolean;
  onChange: (confirmed: boolean) => void;
}) {
  const recorded = Math.floor(view.recordedMinutes);
  return (
    <fieldset className="fieldset unrecorded-time">
      <legend>Time spent away from CE Player</legend>
      <p id="unrecorded-time-gap">
        You attest {attestedMinutes} minutes; CE Player recorded {recorded}. This course accepts up to{' '}
        {view.confirmAboveMinutes - recorded} minutes more than the recorded time (a quarter of its estimated
        time) without asking; beyond that, confirm where the rest was spent.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={confirmed}
          aria-describedby="unrecorded-time-gap"
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>
          I spent the other {attestedMinutes - recorded} minutes on this course away from CE Player (for
          example reading its references).
        </span>
      </label>
    </fieldset>
  );
}
