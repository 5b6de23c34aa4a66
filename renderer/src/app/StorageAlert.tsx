import { useEffect, useState } from 'react';
import { onStorageFailure } from '../api/contractClient';

/**
 * Says, on every screen and until the app is restarted, that CE Player cannot save: the disk that holds the
 * records is read-only or full. Study time is then no longer sent (useActivityHeartbeat), so nothing pretends to
 * record.
 */
export function StorageAlert() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => onStorageFailure(setMessage), []);
  if (message === null) return null;
  return (
    <section className="notice-banner storage-alert" aria-label="Your work is not being saved">
      <p role="alert">{message}</p>
    </section>
  );
}
