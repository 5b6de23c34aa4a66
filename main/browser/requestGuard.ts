import { timingSafeEqual } from 'node:crypto';

/*
 * The browser shell's gatekeeping, as pure functions so each rule is tested on its own:
 * - Host must name this server on loopback, or a DNS-rebinding page could reach us under its own name;
 * - a POST must come from the app's own origin, or another site could drive the API through the learner's browser;
 * - every API call needs the session secret that only the per-start token can obtain, sent in a header: never a
 *   cookie, since cookies reach every port of 127.0.0.1.
 */

/** The Host header values this server answers to: 127.0.0.1:port and localhost:port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names this server; anything else (a rebinding domain, another port) is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** True when the Origin header is the app's own, under either loopback name. A POST with no Origin is refused. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

/** Compares secrets in constant time, so response timing says nothing about how much of a guess was right. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
