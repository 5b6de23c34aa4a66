import { channelNames } from '../contract/channels';
import type { ChannelResult } from '../contract/result';

/** What the preload exposes to the renderer as `window.cePlayer`. */
export interface ContractBridge {
  invoke(channel: string, input: unknown): Promise<ChannelResult<unknown>>;
}

const allowed = new Set<string>(channelNames);

/**
 * Builds the renderer's only door to the app: one function that forwards the contract's channels and refuses any
 * other name before it reaches IPC. A compromised page gets the contract and nothing else.
 */
export function createContractBridge(
  send: (channel: string, input: unknown) => Promise<ChannelResult<unknown>>,
): ContractBridge {
  return {
    invoke(channel, input) {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown_channel', message: `There is no channel named "${String(channel)}".` },
        });
      }
      return send(channel, input);
    },
  };
}
