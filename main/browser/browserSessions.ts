import { randomBytes } from 'node:crypto';
import type { Session } from '../core/app/session';
import type { SessionKeeper } from '../core/app/sessionKeeper';

/** The request header that carries a tab's session secret; the page keeps the secret in sessionStorage. */
export const sessionHeader = 'x-ce-session';

/** How long a certificate PDF link works, and it works once. */
export const pdfLinkLifetimeMs = 60_000;

// Tabs opened since the server started; past this the oldest session is dropped (its tab must open the printed
// address again). A clinic workstation opens a handful a day; this only bounds memory against a runaway loop.
const maxSessions = 1000;

interface PdfLink {
  readonly session: Session;
  readonly certificateId: string;
  readonly expiresAt: number;
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The browser shell's sessions, each known only by a random secret that the tab holds in sessionStorage and sends
 * in a header. Nothing a cookie could carry names one, so what the browser sends to another port on 127.0.0.1
 * opens nothing here. A certificate PDF, which a tab opens by address (no header possible), gets a link that works
 * once, for one minute, for that session and that certificate.
 */
export class BrowserSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly pdfLinks = new Map<string, PdfLink>();

  constructor(
    private readonly keeper: SessionKeeper,
    private readonly now: () => number,
  ) {}

  /** A new session for a tab that showed the per-start token; returns its secret. */
  open(): string {
    const secret = newSecret();
    this.sessions.set(secret, this.keeper.open('page'));
    if (this.sessions.size > maxSessions) this.sessions.delete(this.sessions.keys().next().value as string);
    return secret;
  }

  /** The session a secret names, if any. */
  find(secret: string | string[] | undefined): Session | undefined {
    return typeof secret === 'string' ? this.sessions.get(secret) : undefined;
  }

  /** A one-use link to a certificate PDF for this session: the `link` query value. */
  issuePdfLink(session: Session, certificateId: string): string {
    const now = this.now();
    for (const [link, entry] of this.pdfLinks) if (entry.expiresAt <= now) this.pdfLinks.delete(link);
    const link = newSecret();
    this.pdfLinks.set(link, { session, certificateId, expiresAt: now + pdfLinkLifetimeMs });
    return link;
  }

  /** Uses up a PDF link: the session it was issued to, or undefined when it is unknown, used, late or for another file. */
  redeemPdfLink(link: string | null, certificateId: string): Session | undefined {
    const entry = link === null ? undefined : this.pdfLinks.get(link);
    if (!entry || link === null) return undefined;
    this.pdfLinks.delete(link);
    return entry.expiresAt > this.now() && entry.certificateId === certificateId ? entry.session : undefined;
  }
}
