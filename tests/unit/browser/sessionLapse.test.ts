import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../main/browser/browserServer';
import type { Core } from '../../../main/core/app/core';
import { createCore } from '../../../main/core/app/createCore';
import { makeTempFolder } from '../../support/tempFolder';

/*
 * How long a sign-in lasts in the browser shell, over real HTTP on a real core whose clock the test moves:
 * a PIN sign-in ends after the machine's idle limit, when its tab says it closed and does not come back, or when
 * its tab stops saying it is open; a PIN-less one stays. And a certificate PDF link works once, for a minute.
 */
const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'courses');
const minute = 60_000;
let running: { core: Core; server: BrowserServer } | null = null;

afterEach(async () => {
  await running?.server.close();
  running?.core.close();
  running = null;
});

async function start(pinSignOutMinutes?: number) {
  const root = makeTempFolder('ce-lapse-');
  const bundled = path.join(root, 'bundled');
  fs.cpSync(path.join(fixtures, 'valid-minimal'), path.join(bundled, 'valid-minimal'), { recursive: true });
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>CE Player</title>');
  const clock = { now: Date.UTC(2026, 5, 1, 9) };
  const core = await createCore({
    dataDir: path.join(root, 'data'),
    bundledCoursesDir: bundled,
    shell: 'browser',
    appVersion: '1.0.0',
    now: () => clock.now,
    log: { error: () => undefined, info: () => undefined },
    ...(pinSignOutMinutes === undefined ? {} : { pinSignOutMinutes }),
  });
  const server = await startBrowserServer({ core, rendererDir, port: 0, now: () => clock.now });
  running = { core, server };
  const post = (urlPath: string, body: unknown, secret?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: urlPath,
          headers: {
            Host: `127.0.0.1:${server.port}`,
            Origin: `http://127.0.0.1:${server.port}`,
            ...(secret === undefined ? {} : { 'X-CE-Session': secret }),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  const get = (urlPath: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port: server.port,
            path: urlPath,
            headers: { Host: `127.0.0.1:${server.port}` },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
        .on('error', reject);
    });
  const openTab = async () =>
    (JSON.parse((await post('/session/open', { token: server.token })).body) as { session: string }).session;
  const current = async (secret: string) =>
    (
      JSON.parse((await post('/api/profiles.current', {}, secret)).body) as {
        value: { displayName: string } | null;
      }
    ).value?.displayName ?? null;
  const create = async (secret: string, displayName: string, pin?: string) =>
    post('/api/profiles.create', { displayName, ...(pin === undefined ? {} : { pin }) }, secret);
  /** Time passes with the tabs open and unused: each says every 2 minutes that it is still there. */
  const openButUnused = async (minutes: number, ...tabs: string[]) => {
    for (let left = minutes; left > 0; left -= 2) {
      clock.now += Math.min(2, left) * minute;
      for (const tab of tabs) await post('/session/alive', {}, tab);
    }
  };
  return { clock, post, get, openTab, current, create, openButUnused };
}

describe('browser shell sign-ins', () => {
  it('sign a PIN profile out after 30 minutes unused, and leave a PIN-less one signed in', async () => {
    const { openTab, current, create, openButUnused } = await start();
    const pinTab = await openTab();
    const plainTab = await openTab();
    await create(pinTab, 'Quinn', '2468');
    await create(plainTab, 'Rowan');
    await openButUnused(29, pinTab, plainTab);
    expect(await current(pinTab)).toBe('Quinn'); // a use restarts the count
    await openButUnused(29, pinTab, plainTab);
    expect(await current(pinTab)).toBe('Quinn');
    await openButUnused(31, pinTab, plainTab);
    expect(await current(pinTab)).toBeNull();
    expect(await current(plainTab)).toBe('Rowan');
  });

  it('take the idle limit from the machine settings', async () => {
    const { openTab, current, create, openButUnused } = await start(5);
    const tab = await openTab();
    await create(tab, 'Sasha', '1357');
    await openButUnused(4, tab);
    expect(await current(tab)).toBe('Sasha');
    await openButUnused(6, tab);
    expect(await current(tab)).toBeNull();
  });

  it('keep a reloaded tab signed in, and sign a closed one out', async () => {
    const { clock, post, openTab, current, create } = await start();
    const tab = await openTab();
    await create(tab, 'Toni', '9753');
    expect((await post('/session/closing', {}, tab)).status).toBe(204);
    clock.now += 2_000; // the reloaded page's first call
    expect(await current(tab)).toBe('Toni');
    await post('/session/closing', {}, tab);
    clock.now += 11_000; // nothing came back: the tab was closed, and this is its restored copy
    expect(await current(tab)).toBeNull();
  });

  it('sign out a PIN profile whose tab stopped saying it is open, and tell the tab', async () => {
    const { clock, post, openTab, current, create } = await start();
    const tab = await openTab();
    await create(tab, 'Uma', '8642');
    for (let i = 0; i < 4; i++) {
      clock.now += 2 * minute;
      const alive = await post('/session/alive', {}, tab);
      expect(JSON.parse(alive.body)).toEqual({ signedIn: true });
    }
    clock.now += 4 * minute; // a tab that was killed says nothing
    expect(JSON.parse((await post('/session/alive', {}, tab)).body)).toEqual({ signedIn: false });
    expect(await current(tab)).toBeNull();
    expect((await post('/session/alive', {}, 'not-a-session')).status).toBe(401);
  });

  it('give a certificate PDF link that works once, for a minute, for its own file', async () => {
    const { clock, post, get, openTab, create } = await start();
    const tab = await openTab();
    await create(tab, 'Vic');
    const certificateId = '0f8e2a46-7c55-4b0f-9d0e-2a1b3c4d5e6f';
    const link = async () =>
      (JSON.parse((await post('/session/pdf-link', { certificateId }, tab)).body) as { path: string }).path;
    const first = await link();
    expect(first).toMatch(new RegExp(`^/files/certificates/${certificateId}\\.pdf\\?link=[\\w-]{40,}$`));
    // No such certificate for Vic: the link is honoured (404 from the transcript), then spent.
    expect(await get(first)).toBe(404);
    expect(await get(first)).toBe(401);
    const late = await link();
    clock.now += minute + 1;
    expect(await get(late)).toBe(401);
    const other = await link();
    expect(await get(other.replace(certificateId, '11111111-2222-3333-4444-555555555555'))).toBe(401);
    expect(await get(`/files/certificates/${certificateId}.pdf`)).toBe(401);
    expect((await post('/session/pdf-link', { certificateId }, 'forged')).status).toBe(401);
    expect((await post('/session/pdf-link', { certificateId: '../x' }, tab)).status).toBe(404);
  });
});
