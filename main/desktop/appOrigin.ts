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

// One address of a mailto: link: plain, no spaces, line breaks or further parameters.
const mailAddress = /^[^\s@?&,:;<>"]+@[^\s@?&,:;<>"]+$/;

/**
 * What a link outside the app opens with the system's own program, or null when it must not open: an https
 * address in the browser; a mailto: link in the mail program with its addresses only, since some mail programs act
 * on parameters such as attach= (a local file) and a course's "write to us" link needs none. Never file:,
 * javascript: or other schemes.
 */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'https:') return url;
  if (parsed.protocol !== 'mailto:') return null;
  let addresses: string[];
  try {
    addresses = decodeURIComponent(parsed.pathname).split(',');
  } catch {
    return null;
  }
  return addresses.every((address) => mailAddress.test(address)) ? `mailto:${addresses.join(',')}` : null;
}
