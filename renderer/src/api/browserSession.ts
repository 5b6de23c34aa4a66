/*
 * The browser shell's session, as the page holds it. The per-start token in the printed address is traded for a
 * session secret, which lives in this tab's sessionStorage (never a cookie: cookies reach every port of
 * 127.0.0.1) and goes in a header on every call. The token leaves the address bar before the trade.
 */

const storageKey = 'ce-player-session';
/** The header the browser shell reads the secret from (main/browser/browserSessions.ts). */
const sessionHeader = 'X-CE-Session';
/** How often an open tab tells the server it is still open; PIN sign-ins of a tab unheard of for 3 min end. */
const keepAliveMs = 30_000;

let opened: Promise<void> | null = null;
const lapseListeners = new Set<() => void>();

async function tradeToken(token: string): Promise<void> {
  const response = await fetch('/session/open', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (!response.ok) return;
  const { session } = (await response.json()) as { session: string };
  sessionStorage.setItem(storageKey, session);
}

function post(path: string, keepalive = false): Promise<Response> {
  return fetch(path, { method: 'POST', headers: sessionHeaders(), keepalive });
}

// While the tab is open it says so; a sign-in the server has ended (unused too long) takes the app back to the
// start screen at once, rather than leaving the learner's records on screen. On pagehide the tab says it is
// going; a reload calls again within seconds and keeps the sign-in, a closed tab does not.
function watchTab(): void {
  window.setInterval(() => {
    post('/session/alive')
      .then(async (response) => {
        const state = response.ok ? ((await response.json()) as { signedIn: boolean }) : null;
        if (state?.signedIn !== true) lapseListeners.forEach((listener) => listener());
      })
      .catch(() => undefined);
  }, keepAliveMs);
  window.addEventListener('pagehide', () => void post('/session/closing', true).catch(() => undefined));
}

/**
 * Opens this tab's session once: trades the address's token when there is one, and removes it from the address
 * bar and history first. Every call waits for this.
 */
export function openBrowserSession(): Promise<void> {
  opened ??= (async () => {
    const params = new URLSearchParams(window.location.search);
    const token = params.get('token');
    if (token !== null) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.hash}`,
      );
      await tradeToken(token).catch(() => undefined);
    }
    watchTab();
  })();
  return opened;
}

/** The headers that carry this tab's session (none before it has one). */
export function sessionHeaders(): Record<string, string> {
  const secret = sessionStorage.getItem(storageKey);
  return secret === null ? {} : { [sessionHeader]: secret };
}

/** Calls `listener` when the server says this tab is no longer signed in. Returns the unsubscribe function. */
export function onSignInLapsed(listener: () => void): () => void {
  lapseListeners.add(listener);
  return () => {
    lapseListeners.delete(listener);
  };
}

/** A one-use address of a certificate's PDF for this tab, valid for a minute; null when the server refuses. */
export async function certificatePdfLink(certificateId: string): Promise<string | null> {
  await openBrowserSession();
  const response = await fetch('/session/pdf-link', {
    method: 'POST',
    headers: { ...sessionHeaders(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ certificateId }),
  });
  return response.ok ? ((await response.json()) as { path: string }).path : null;
}
