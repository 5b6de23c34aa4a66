import { useEffect, useRef, useState } from 'react';
import { ChannelError, invoke } from '../../api/contractClient';

/** How often a heartbeat is sent while the learner is active. */
export const heartbeatIntervalMs = 15_000;
/** How long after the last keypress, pointer, wheel, scroll or touch the learner still counts as active. */
export const activityWindowMs = 120_000;

const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'] as const;

/**
 * Whether study time is being recorded, and if not, why: the learner has done nothing for 2 minutes (`idle`), the
 * page is in the background (`hidden`), or the disk refused a write (`stopped`, until the app restarts).
 */
export type RecordingState = 'recording' | 'idle' | 'hidden' | 'stopped';

/** What the reader shows of time on task: the recording state and the course's recorded minutes. */
export interface StudyTimeRecording {
  state: RecordingState;
  /** The course's recorded study time as the core last answered (all versions); the opening value until then. */
  courseMinutes: number;
}

/** A random id for one beat, so the core can ignore a beat it has already counted. */
function newBeatId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Time on task: sends progress.heartbeat for the module every 15 s, but only while the page is visible and the
 * learner has interacted within the last 2 minutes. The core's clock decides what time is credited; a lost beat
 * costs at most one interval, so a passing failure is not shown. A disk that cannot be written (read-only or full)
 * stops the beats: the app then says so on screen (StorageAlert) rather than seem to record. Returns the recording
 * state (checked at each beat and at once when the learner becomes active or the page is shown again) and the
 * course's recorded minutes from the latest beat, starting from `recordedMinutes`.
 */
export function useActivityHeartbeat(
  courseId: string,
  moduleId: string,
  recordedMinutes: number,
): StudyTimeRecording {
  const [state, setState] = useState<RecordingState>('recording');
  const [courseMinutes, setCourseMinutes] = useState(recordedMinutes);
  const stopped = useRef(false);
  useEffect(() => {
    // Opening the module is itself an interaction.
    let lastActivity = Date.now();
    const currentState = (): RecordingState => {
      if (stopped.current) return 'stopped';
      if (document.visibilityState !== 'visible') return 'hidden';
      return Date.now() - lastActivity > activityWindowMs ? 'idle' : 'recording';
    };
    const onActivity = () => {
      lastActivity = Date.now();
      setState(currentState()); // React ignores an unchanged state, so the many pointer moves cost nothing
    };
    const onVisibility = () => setState(currentState());
    for (const name of activityEvents) {
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    }
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(() => {
      const now = currentState();
      setState(now);
      if (now !== 'recording') return;
      invoke('progress.heartbeat', { courseId, moduleId, beatId: newBeatId() }).then(
        (beat) => setCourseMinutes(beat.courseMinutes),
        (error: unknown) => {
          if (error instanceof ChannelError && error.error.code === 'storage') {
            stopped.current = true;
            window.clearInterval(timer);
            setState('stopped');
          }
        },
      );
    }, heartbeatIntervalMs);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      for (const name of activityEvents) {
        window.removeEventListener(name, onActivity, { capture: true });
      }
    };
  }, [courseId, moduleId]);
  return { state, courseMinutes };
}
