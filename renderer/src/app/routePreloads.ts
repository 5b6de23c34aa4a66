import type { ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import { invoke } from '../api/contractClient';
import type { Route } from './routes';

/*
 * A screen asks for its data when it mounts, which is after React has rendered and committed the route change.
 * For the screens where that wait shows (opening a module), the hash change starts the same call right away and
 * the screen picks up the call already under way. Only the latest route's calls are kept: a preload the screen
 * never takes (the learner moved on) is dropped at the next route change.
 */
let preloads = new Map<string, Promise<unknown>>();

function preloadKey(channel: ChannelName, input: unknown): string {
  return `${channel} ${JSON.stringify(input)}`;
}

function preload<C extends ChannelName>(channel: C, input: ChannelInput<C>): void {
  const call = invoke(channel, input);
  // A preload nobody takes must not surface as an unhandled rejection; the screen that takes it handles failure.
  call.catch(() => undefined);
  preloads.set(preloadKey(channel, input), call);
}

/** Starts the calls the route's screen will make on mount; call it as the route changes, before rendering. */
export function preloadRoute(route: Route): void {
  preloads = new Map();
  if (route.screen === 'module') {
    preload('modules.read', { courseId: route.courseId, moduleId: route.moduleId });
  }
}

/** The call already started for this channel and input, once; then null. */
export function takePreload<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> | null {
  const key = preloadKey(channel, input);
  const call = preloads.get(key);
  preloads.delete(key);
  return (call as Promise<ChannelOutput<C>> | undefined) ?? null;
}
