import { useState } from 'react';
import { useChannel } from './useChannel';

/**
 * What the learner must hear about this start (for example that records were restored from a backup), shown
 * once at the top until dismissed. If the app cannot say, the screens below still work, so nothing is shown.
 */
export function NoticeBanner() {
  const info = useChannel('app.info', {}, 'app.info');
  const [dismissed, setDismissed] = useState(false);
  const notices = info.status === 'ready' ? info.value.notices : [];
  if (dismissed || notices.length === 0) return null;
  return (
    <section className="notice-banner" aria-label="Notices">
      <div role="status">
        <ul>
          {notices.map((notice, index) => (
            <li key={index}>{notice}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => {
          setDismissed(true);
          // The button disappears; keep keyboard focus on the page instead of losing it.
          document.getElementById('main')?.focus();
        }}
      >
        Dismiss
      </button>
    </section>
  );
}
