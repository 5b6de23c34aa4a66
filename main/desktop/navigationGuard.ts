import { isAppUrl } from './appOrigin';

/** The navigations a window's web contents asks leave to make: its top frame, any frame, a redirect. */
export const guardedNavigations = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

/** What a navigation event carries that the guard needs (Electron's event objects have both). */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Where a window's web contents reports navigations; WebContents in the app, a stand-in in tests. */
export interface NavigationSource {
  on(name: (typeof guardedNavigations)[number], listener: (event: NavigationEvent) => void): unknown;
}

/**
 * Keeps every frame of a window on the app's own origin: the top frame (will-navigate), any subframe
 * (will-frame-navigate: a frame the page made, or one a course could smuggle in, cannot be pointed at a web page
 * or a file), and redirects. No electron import, so the rule is tested in plain Node.
 */
export function guardNavigation(contents: NavigationSource): void {
  for (const name of guardedNavigations) {
    contents.on(name, (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
  }
}
