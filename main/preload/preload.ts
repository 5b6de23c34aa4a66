import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelResult } from '../contract/result';
import { createContractBridge } from './contractBridge';

// Exposes one function, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'cePlayer',
  createContractBridge(
    (channel, input) => ipcRenderer.invoke('ce:invoke', channel, input) as Promise<ChannelResult<unknown>>,
  ),
);
