/**
 * The renderer and course images are served from this custom scheme, never from file://, so the page has a
 * real origin for the CSP and cannot read arbitrary local files.
 */
export const appScheme = 'app';
export const appHost = 'ce-player';
export const appOrigin = `${appScheme}://${appHost}`;

/** True when `url` belongs to the app's own origin (a frame or navigation we serve). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** True for links that may open in the system browser: https only, never file:, javascript: or custom schemes. */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
