import type { LrsSettings } from '../../../main/core/config/lrsConfigSchema';

/** Record sync on, to an LRS nobody listens at: for tests that look at what is queued and never start the worker. */
export const unreachableLrs: LrsSettings = {
  endpoint: 'http://127.0.0.1:9/xapi/',
  key: 'ce-player',
  secret: 'not-used-here',
  enabled: true,
  batchSize: 50,
  intervalSeconds: 60,
  timeoutSeconds: 5,
};
