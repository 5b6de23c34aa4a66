import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Channels } from '../../contract/channels';
import type { Session } from './session';

/** The core's implementation of one channel: validated input in, contract output (or a promise of it) out. */
export type ChannelHandler<C extends ChannelName> = (
  input: z.output<Channels[C]['input']>,
  session: Session,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The core implements the contract once, as a map from every channel to its handler. */
export type ChannelHandlers = { [C in ChannelName]: ChannelHandler<C> };

/** The part of a channel name before its dot: `courses` for `courses.list`. */
export type ChannelNamespace = ChannelName extends `${infer N}.${string}` ? N : never;

/**
 * Every handler of one namespace, and no other: the return type of each folder's `<namespace>Channels.ts`, so a
 * handler missing from its namespace, or one of another namespace, is a compile error.
 */
export type NamespaceHandlers<N extends ChannelNamespace> = Pick<
  ChannelHandlers,
  Extract<ChannelName, `${N}.${string}`>
>;
