import http from 'node:http';
import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';

/*
 * The browser shell's gatekeeping, over real HTTP with Playwright's request client (no browser quirks in the way).
 */
let shell: RunningShell;

test.beforeAll(async () => {
  shell = await startShell();
});

test.afterAll(async () => {
  await shell.stop();
});

/** Trades the printed token for a session secret, as the page does; no cookie comes with it. */
async function sessionSecret(): Promise<string> {
  const response = await fetch(`${shell.origin}/session/open`, {
    method: 'POST',
    headers: { Origin: shell.origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: shell.token }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('set-cookie')).toBeNull();
  return ((await response.json()) as { session: string }).session;
}

test('an API call without the token-issued session is refused with 401', async () => {
  const response = await fetch(`${shell.origin}/api/courses.list`, {
    method: 'POST',
    headers: { Origin: shell.origin, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(response.status).toBe(401);
});

test('a wrong token is refused with 401', async () => {
  const response = await fetch(`${shell.origin}/?token=not-the-token`, { redirect: 'manual' });
  expect(response.status).toBe(401);
});

/** A raw GET with a chosen Host header; fetch() would not let a test forge it. */
function getWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: shell.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
}

test('a foreign Host header is refused with 403 (DNS rebinding)', async () => {
  const withToken = `/?token=${shell.token}`;
  expect(await getWithHost(withToken, `attacker.example:${shell.port}`)).toBe(403);
  expect(await getWithHost(withToken, `127.0.0.1:${shell.port + 1}`)).toBe(403);
  expect(await getWithHost(withToken, `localhost:${shell.port}`)).toBe(200);
});

test('a cross-origin POST is refused with 403, and the same call from the app origin works', async () => {
  const secret = await sessionSecret();
  const call = (origin: string) =>
    fetch(`${shell.origin}/api/courses.list`, {
      method: 'POST',
      headers: { Origin: origin, 'X-CE-Session': secret, 'Content-Type': 'application/json' },
      body: '{}',
    });
  expect((await call('https://evil.example')).status).toBe(403);
  expect((await call(`http://127.0.0.1:${shell.port + 1}`)).status).toBe(403);
  const ok = await call(shell.origin);
  expect(ok.status).toBe(200);
  const body = (await ok.json()) as { ok: boolean; value: { id: string }[] };
  expect(body.ok).toBe(true);
  expect(body.value.map((course) => course.id)).toContain('ketamine-therapy');
});

test('every response carries the CSP with no remote sources', async () => {
  const response = await fetch(`${shell.origin}/`);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  // The app frames only its own certificate PDF (to print it), and nobody frames the app.
  expect(csp).toContain("frame-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/https?:/);
});

test('the server says which settings apply, prints one line with its URL, and stops cleanly on Ctrl-C', async () => {
  const own = await startShell();
  const lines = own.output().trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/INFO Settings: (none; CE Player's defaults apply|.+config\.json)/);
  expect(lines[1]).toContain(`running at ${own.url}`);
  expect(await own.stop()).toBe(0);
});
