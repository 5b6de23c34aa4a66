import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import type { AppError } from '../../../main/contract/errors';
import { certificatePdfPath } from '../../../main/contract/filePaths';
import type { ChannelResult } from '../../../main/contract/result';
import { certificatePdfLink, onSignInLapsed, openBrowserSession, sessionHeaders } from './browserSession';

/** The bridge the desktop preload exposes; absent in the browser shell. */
interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<ChannelResult<unknown>>;
}

declare global {
  interface Window {
    cePlayer?: DesktopBridge;
  }
}

/** True in the desktop window, where the preload's bridge stands in for the browser shell's HTTP API. */
export function isDesktopShell(): boolean {
  return window.cePlayer !== undefined;
}

/** A failed channel call, carrying the core's plain-language message. */
export class ChannelError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ChannelError';
  }
}

async function postToBrowserShell(channel: string, input: unknown): Promise<ChannelResult<unknown>> {
  let response: Response;
  try {
    await openBrowserSession();
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { ...sessionHeaders(), 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'omit',
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'CE Player is not responding. Check that the server is still running.',
      },
    };
  }
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'This page has no access to CE Player. Open the address the server printed, with its access token, again.',
      },
    };
  }
  try {
    return (await response.json()) as ChannelResult<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'CE Player sent an answer this page could not read. Reload the page.',
      },
    };
  }
}

const notSignedInListeners = new Set<() => void>();
const storageListeners = new Set<(message: string) => void>();

/**
 * Registers a listener for any call the core could not save because the disk refused it (read-only or full), so
 * the app can say so on every screen and stop recording. Returns the unsubscribe function.
 */
export function onStorageFailure(listener: (message: string) => void): () => void {
  storageListeners.add(listener);
  return () => {
    storageListeners.delete(listener);
  };
}

/**
 * Registers a listener for any call that failed because nobody is signed in (a new session, or a profile that
 * was deleted elsewhere), so the app can return to the profile screen. Returns the unsubscribe function.
 */
export function onNotSignedIn(listener: () => void): () => void {
  notSignedInListeners.add(listener);
  const stopLapse = onSignInLapsed(listener);
  return () => {
    notSignedInListeners.delete(listener);
    stopLapse();
  };
}

/**
 * The address that opens (or prints) a certificate's PDF. The desktop window hands its own address to the
 * system's viewer; the browser shell gives this tab a link that works once, for a minute, since a tab cannot send
 * its session header with a page load.
 */
export async function certificatePdfAddress(certificateId: string): Promise<string> {
  if (window.cePlayer) return certificatePdfPath(certificateId);
  const link = await certificatePdfLink(certificateId).catch(() => null);
  if (link === null) {
    throw new ChannelError({
      code: 'forbidden',
      message: 'The certificate PDF could not be opened: this page has no access to CE Player. Reload it.',
    });
  }
  return link;
}

/**
 * Calls one channel of the contract, through the desktop bridge or the browser shell's HTTP API.
 * Resolves with the channel's output or throws a ChannelError with the core's message.
 */
export async function invoke<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = window.cePlayer
    ? await window.cePlayer.invoke(channel, input)
    : await postToBrowserShell(channel, input);
  if (!result.ok) {
    if (result.error.code === 'not_signed_in') notSignedInListeners.forEach((listener) => listener());
    if (result.error.code === 'storage') {
      const { message } = result.error;
      storageListeners.forEach((listener) => listener(message));
    }
    throw new ChannelError(result.error);
  }
  return result.value as ChannelOutput<C>;
}

/** The plain message of any failure from `invoke`, for the screen to show. */
export function failureMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
