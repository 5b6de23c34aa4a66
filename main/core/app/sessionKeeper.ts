import type { ChannelHandler, ChannelHandlers } from './channelHandlers';
import {
  beginCall,
  createSession,
  markPageAlive,
  markPageClosing,
  type Session,
  type SessionRules,
} from './session';

/** How a shell opens sessions and tells the core what it sees of their pages, on the core's clock. */
export interface SessionKeeper {
  /** A new session, nobody signed in: `window` for a desktop window, `page` for a browser tab. */
  open(kind: 'window' | 'page'): Session;
  /** The tab said it is still open (browser shell keep-alive). */
  alive(session: Session): void;
  /** The tab said it is going away (browser shell, on pagehide). */
  closing(session: Session): void;
}

/** The session keeper for a core's clock and rules. */
export function createSessionKeeper(now: () => number, rules: SessionRules): SessionKeeper {
  return {
    open: (kind) => createSession(now(), kind),
    alive: (session) => markPageAlive(session, now(), rules),
    closing: (session) => markPageClosing(session, now()),
  };
}

/**
 * Wraps one call into the core so that it first ends a lapsed PIN sign-in (idle too long, or its tab closed) and
 * then counts as use.
 */
export function withSessionRule<I, O>(
  now: () => number,
  rules: SessionRules,
  call: (input: I, session: Session) => O,
): (input: I, session: Session) => O {
  return (input, session) => {
    beginCall(session, now(), rules);
    return call(input, session);
  };
}

/**
 * Wraps every handler with the session rule. Done here, around the whole map, so no channel can forget it and both
 * shells get it.
 */
export function withSessionRules(
  now: () => number,
  rules: SessionRules,
  handlers: ChannelHandlers,
): ChannelHandlers {
  const wrapped: Partial<Record<keyof ChannelHandlers, ChannelHandler<keyof ChannelHandlers>>> = {};
  for (const name of Object.keys(handlers) as (keyof ChannelHandlers)[]) {
    wrapped[name] = withSessionRule(now, rules, handlers[name] as ChannelHandler<typeof name>);
  }
  return wrapped as ChannelHandlers;
}
