import type { NamespaceHandlers } from './channelHandlers';

/** What `app.info` tells the screens: the app, its version, which shell, and the start-up notices. */
export interface AppInfo {
  appVersion: string;
  shell: 'desktop' | 'browser';
  /** What the learner must hear about this start, e.g. that records were restored from a backup. */
  notices: readonly string[];
}

/** The app's own channel: its name, version and shell, and what the learner must hear about this start. */
export function createAppHandlers(info: AppInfo): NamespaceHandlers<'app'> {
  return {
    'app.info': () => ({
      name: 'CE Player',
      version: info.appVersion,
      shell: info.shell,
      notices: [...info.notices],
    }),
  };
}
