import { formatMinutes } from '../../ui/displayFormats';
import { minutesStillNeeded, studyTimeWords } from '../../ui/studyTimeWords';
import type { RecordingState, StudyTimeRecording } from './useActivityHeartbeat';

/** Whether study time is being recorded, and if not, why, in words. */
function stateText(state: RecordingState): string {
  switch (state) {
    case 'recording':
      return 'Recording your study time.';
    case 'idle':
      return 'Paused: nothing was read or clicked for 2 minutes. Scroll, click or press a key to go on.';
    case 'hidden':
      return 'Paused while this window is in the background.';
    case 'stopped':
      return 'Not recording: CE Player cannot save your records (see the notice at the top).';
  }
}

/**
 * A small line beside the text: that study time is being recorded (or that it paused, and why), the course's
 * recorded study time, and the minutes still needed for the certificate. Only the recording state is announced:
 * the minutes change every few seconds and would interrupt reading.
 */
export function StudyTimeIndicator({
  recording,
  requiredMinutes,
}: {
  recording: StudyTimeRecording;
  requiredMinutes: number;
}) {
  const needed = minutesStillNeeded(recording.courseMinutes, requiredMinutes);
  return (
    <div className="study-time" data-state={recording.state}>
      <p className="study-time-state" role="status">
        <span className="study-time-dot" aria-hidden="true" />
        {stateText(recording.state)}
      </p>
      <p className="study-time-figures">
        {studyTimeWords.recorded.label}: {formatMinutes(Math.floor(recording.courseMinutes))}.{' '}
        {needed > 0
          ? `${formatMinutes(needed)} still needed for the certificate.`
          : 'The minimum for the certificate is reached.'}
      </p>
    </div>
  );
}
