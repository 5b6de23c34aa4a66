/*
 * The words for the study-time numbers, defined once: every screen that shows one (course home, dashboard, reader,
 * attestation) names it and explains it with these, so the same number always goes by the same name.
 */

/** One study-time number: the label it goes by, and what it means in a sentence. */
export interface StudyTimeWord {
  label: string;
  meaning: string;
}

export const studyTimeWords = {
  recorded: {
    label: 'Recorded study time',
    meaning:
      'The time CE Player counted while you were active in this course’s modules. It pauses when you leave the ' +
      'app in the background or do nothing for 2 minutes.',
  },
  minimum: {
    label: 'Minimum time for the certificate',
    meaning:
      'The recorded study time this course asks for before you can attest your time and get a certificate.',
  },
  estimated: {
    label: 'Estimated time',
    meaning:
      'About how long the course takes to read and answer, worked out from its length and its questions.',
  },
} as const satisfies Record<string, StudyTimeWord>;

/** Whole minutes of recorded study still missing before the minimum; 0 once it is reached. */
export function minutesStillNeeded(recordedMinutes: number, requiredMinutes: number): number {
  return Math.max(0, Math.ceil(requiredMinutes - recordedMinutes));
}
