import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startShell, type RunningShell } from './browserShell';
import { ProfilesPage } from './pages/ProfilesPage';

/*
 * Issue 21, finding 6: cookies ignore ports, so whatever the browser holds for 127.0.0.1 reaches every local
 * server. Another local server (here a real one on another port) records everything the learner's browser sends
 * it, then replays all of it into CE Player, forging Host and Origin as any local process can. It must get nothing.
 */
let shell: RunningShell;
let attacker: http.Server;
const received: http.IncomingHttpHeaders[] = [];

test.beforeAll(async () => {
  shell = await startShell();
  attacker = http.createServer((req, res) => {
    received.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'text/html' });
    // The page asks its own server for more, with every credential the browser will attach.
    res.end(
      '<!doctype html><title>other app</title><img src="/pixel.png">' +
        "<script>fetch('/collect', { credentials: 'include' });</script>",
    );
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
  await shell.stop();
});

/** Sends one recorded request's headers to CE Player, as the attacker would. */
async function replay(
  headers: http.IncomingHttpHeaders,
  channel: string,
): Promise<{ status: number; body: string }> {
  const forwarded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !['host', 'content-length', 'connection'].includes(name))
      forwarded[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: shell.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { ...forwarded, Host: `127.0.0.1:${shell.port}`, Origin: shell.origin },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

test('what the browser sends another local port opens nothing in CE Player', async ({ page, context }) => {
  await page.goto(shell.url);
  await new ProfilesPage(page).create({ displayName: 'Pat Protected', pin: '8642' });
  const secret = await page.evaluate(() => Object.values(sessionStorage).join(' '));

  const other = await context.newPage();
  const attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  await other.goto(`${attackerOrigin}/`);
  await expect.poll(() => received.length).toBeGreaterThanOrEqual(3);

  for (const headers of received) {
    const seen = JSON.stringify(headers);
    if (secret.length > 0) expect(seen).not.toContain(secret);
    for (const channel of ['profiles.current', 'certificates.list']) {
      const answer = await replay(headers, channel);
      expect(answer.body, `${channel} replayed with ${seen}`).not.toContain('Pat Protected');
      expect(answer.status, `${channel} replayed with ${seen}`).toBe(401);
    }
  }
  // The learner's own tab is still signed in.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Profile' })).toContainText('Signed in as Pat Protected');
});
