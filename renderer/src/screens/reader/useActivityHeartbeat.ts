import { useEffect } from 'react';
import { ChannelError, invoke } from '../../api/contractClient';

/** How often a heartbeat is sent while the learner is active. */
export const heartbeatIntervalMs = 15_000;
/** How long after the last keypress, pointer, wheel, scroll or touch the learner still counts as active. */
export const activityWindowMs = 120_000;

const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'] as const;

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
 * stops the beats: the app then says so on screen (StorageAlert) rather than seem to record.
 */
export function useActivityHeartbeat(courseId: string, moduleId: string): void {
  useEffect(() => {
    // Opening the module is itself an interaction.
    let lastActivity = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
    };
    for (const name of activityEvents) {
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    }
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      if (Date.now() - lastActivity > activityWindowMs) return;
      invoke('progress.heartbeat', { courseId, moduleId, beatId: newBeatId() }).catch((error: unknown) => {
        if (error instanceof ChannelError && error.error.code === 'storage') window.clearInterval(timer);
      });
    }, heartbeatIntervalMs);
    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) {
        window.removeEventListener(name, onActivity, { capture: true });
      }
    };
  }, [courseId, moduleId]);
}
