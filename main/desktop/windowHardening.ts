import { app, shell, type Session, type WebContents } from 'electron';
import { externalLinkTarget } from './appOrigin';
import { guardNavigation, type NavigationSource } from './navigationGuard';

/** Answers a new-window request for one of the app's own files (a certificate PDF); false when it is not one. */
type AppFileOpener = (contents: WebContents, url: string) => boolean;
let openAppFile: AppFileOpener = () => false;

/** Sets who opens the app's own files that a page asks to open in a new window; set once the core is running. */
export function setAppFileOpener(opener: AppFileOpener): void {
  openAppFile = opener;
}

/**
 * The Electron security checklist, applied to every web contents the app ever creates:
 * no navigation away from the app in any frame, no new windows (https links go to the system browser, mailto:
 * addresses to the mail program, the app's own files to the system's viewer), no <webview>, and no permission
 * (camera, notifications, …) granted to any page.
 */
export function hardenWebContents(contents: WebContents): void {
  // Electron's overloads name each event's own listener type; each of them carries a url and preventDefault.
  guardNavigation(contents as unknown as NavigationSource);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only https links and plain mailto: addresses leave the app (appOrigin.ts): never file:, javascript: or
    // other schemes, and no mailto: parameters.
    const external = externalLinkTarget(url);
    if (external !== null)
      void shell.openExternal(external); // eng-disable OPEN_EXTERNAL_JS_CHECK
    else openAppFile(contents, url);
    return { action: 'deny' };
  });
}

/** Denies every permission request and check for the session the app's windows use. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Applies hardening to all future web contents; call once, before any window exists. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
