import { formatMinutes } from './displayFormats';
import { FactList } from './FactList';
import { studyTimeWords } from './studyTimeWords';

/** The study-time numbers a screen shows, in minutes. */
export interface StudyTimes {
  recordedMinutes: number;
  requiredMinutes: number;
  estimatedMinutes: number;
}

/**
 * Recorded study time, the minimum for the certificate and the estimate, under their one set of names, with what
 * each means a click away. Recorded time is rounded down, so the minimum never looks reached before it is.
 */
export function StudyTimeFacts({ times }: { times: StudyTimes }) {
  const words = [studyTimeWords.recorded, studyTimeWords.minimum, studyTimeWords.estimated];
  return (
    <>
      <FactList
        facts={[
          [studyTimeWords.recorded.label, formatMinutes(Math.floor(times.recordedMinutes))],
          [studyTimeWords.minimum.label, formatMinutes(times.requiredMinutes)],
          [studyTimeWords.estimated.label, formatMinutes(times.estimatedMinutes)],
        ]}
      />
      <details className="study-time-meanings">
        <summary>What these times mean</summary>
        <FactList className={null} facts={words.map((word) => [word.label, word.meaning] as const)} />
      </details>
    </>
  );
}
