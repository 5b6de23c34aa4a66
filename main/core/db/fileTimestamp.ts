/** A sortable, file-name-safe form of an instant: 2024-05-01T12-30-45-123Z (no colons, for Windows). */
export function fileTimestamp(now: number): string {
  return new Date(now).toISOString().replace(/:/g, '-').replace('.', '-');
}

const timestampPattern = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/;

/** Reads back the instant written by `fileTimestamp` from a file name, or undefined if there is none. */
export function parseFileTimestamp(name: string): number | undefined {
  const match = timestampPattern.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, millis] = match;
  const value = Date.parse(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(value) ? undefined : value;
}

/** Plain-language age such as "about 3 hours" or "2 days". */
export function describeAge(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return hours === 1 ? 'about 1 hour' : `about ${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** Plain-language wait such as "30 seconds" or "4 minutes", rounded up so the learner never retries too early. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
