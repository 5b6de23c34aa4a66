import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../contract/channels';
import type { ChannelResult } from '../contract/result';

/*
 * The renderer's only door to the app. It exposes one function, not ipcRenderer: a page that is somehow
 * compromised can call the contract's channels and nothing else.
 */
const allowed = new Set<string>(channelNames);

contextBridge.exposeInMainWorld('cePlayer', {
  invoke(channel: string, input: unknown): Promise<ChannelResult<unknown>> {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', message: `There is no channel named "${String(channel)}".` },
      });
    }
    return ipcRenderer.invoke('ce:invoke', channel, input) as Promise<ChannelResult<unknown>>;
  },
});
