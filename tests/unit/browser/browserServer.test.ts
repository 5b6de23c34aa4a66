import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../main/browser/browserServer';
import { createCore } from '../../../main/core/app/createCore';
import type { Core } from '../../../main/core/app/core';

/*
 * The browser transport over real HTTP: a real core on a temp data dir with real course packages, and
 * requests made the way a browser (or an attacker's page) would make them.
 */
const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'courses');
let root: string;
let core: Core;
let server: BrowserServer;
let secret: string;
const logged: string[] = [];

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method,
        path: urlPath,
        headers: { Host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function api(channel: string, input: unknown, extra: Record<string, string> = {}): Promise<RawResponse> {
  return request(
    'POST',
    `/api/${channel}`,
    {
      Origin: `http://127.0.0.1:${server.port}`,
      'X-CE-Session': secret,
      'Content-Type': 'application/json',
      ...extra,
    },
    JSON.stringify(input),
  );
}

/** Trades the token for a session secret, as the page does. */
async function openSession(token = server.token): Promise<string> {
  const opened = await request(
    'POST',
    '/session/open',
    { Origin: `http://127.0.0.1:${server.port}`, 'Content-Type': 'application/json' },
    JSON.stringify({ token }),
  );
  expect(opened.status).toBe(200);
  expect(opened.headers['set-cookie']).toBeUndefined();
  return (JSON.parse(opened.body) as { session: string }).session;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-shell-'));
  const bundled = path.join(root, 'bundled');
  fs.cpSync(path.join(fixtures, 'valid-minimal'), path.join(bundled, 'valid-minimal'), { recursive: true });
  fs.cpSync(path.join(fixtures, 'yaml-syntax-error'), path.join(bundled, 'broken'), { recursive: true });
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>CE Player</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer');
  core = await createCore({
    dataDir: path.join(root, 'data'),
    bundledCoursesDir: bundled,
    shell: 'browser',
    appVersion: '9.9.9',
    log: {
      error: (message, cause) =>
        logged.push(`${message} ${cause instanceof Error ? (cause.stack ?? '') : ''}`),
      info: (message) => logged.push(message),
    },
  });
  server = await startBrowserServer({ core, rendererDir, port: 0 });
  secret = await openSession();
});

afterAll(async () => {
  await server.close();
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('browser shell over real HTTP', () => {
  it('listens on 127.0.0.1 with a random token in its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves the page to anyone but says at once when the address has a wrong token', async () => {
    expect((await request('GET', '/?token=wrong')).status).toBe(401);
    for (const address of ['/', `/?token=${server.token}`]) {
      const page = await request('GET', address);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title>CE Player</title>');
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.headers['set-cookie']).toBeUndefined();
    }
  });

  it('opens the API only to the session secret a tab got for the token, never to a cookie', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const wrong = await request('POST', '/session/open', { Origin: origin }, JSON.stringify({ token: 'x' }));
    expect(wrong.status).toBe(401);
    const crossOrigin = await request(
      'POST',
      '/session/open',
      { Origin: 'http://127.0.0.1:1' },
      JSON.stringify({ token: server.token }),
    );
    expect(crossOrigin.status).toBe(403);
    // The secret sent any other way than its header opens nothing.
    const elsewhere: Record<string, string>[] = [
      { Cookie: `ce_session=${secret}` },
      { Cookie: `x-ce-session=${secret}` },
      {},
    ];
    for (const headers of elsewhere) {
      const response = await request('POST', '/api/profiles.current', { Origin: origin, ...headers }, '{}');
      expect(response.status).toBe(401);
    }
    expect(
      (await request('POST', `/api/profiles.current?session=${secret}`, { Origin: origin }, '{}')).status,
    ).toBe(401);
    expect((await api('profiles.current', {})).status).toBe(200);
    // Each tab is its own session.
    const other = await openSession();
    expect(other).not.toBe(secret);
  });

  it('answers channels with the contract envelope', async () => {
    const info = await api('app.info', {});
    expect(JSON.parse(info.body)).toEqual({
      ok: true,
      value: { name: 'CE Player', version: '9.9.9', shell: 'browser', notices: [] },
    });
    const list = JSON.parse((await api('courses.list', {})).body) as {
      value: { id: string; available: boolean }[];
    };
    expect(list.value.map((course) => [course.id, course.available]).sort()).toEqual([
      ['broken', false],
      ['hand-hygiene', true],
    ]);
  });

  it('returns typed errors for bad channels and bad input, never a stack', async () => {
    const unknown = JSON.parse((await api('nope', {})).body) as { error: { code: string } };
    expect(unknown.error.code).toBe('unknown_channel');
    const invalid = await api('courses.outline', { courseId: '../etc' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const missing = await api('courses.outline', { courseId: 'absent' });
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const notJson = await request(
      'POST',
      '/api/app.info',
      { Origin: `http://127.0.0.1:${server.port}`, 'X-CE-Session': secret },
      '{not json',
    );
    expect(notJson.status).toBe(400);
    expect(notJson.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses cross-origin and origin-less POSTs, foreign hosts and other methods', async () => {
    expect((await api('app.info', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    const noOrigin = await request('POST', '/api/app.info', { 'X-CE-Session': secret }, '{}');
    expect(noOrigin.status).toBe(403);
    expect((await request('GET', '/', { Host: 'rebind.example' })).status).toBe(403);
    expect((await request('POST', '/session/open', { Host: 'rebind.example' }, '{}')).status).toBe(403);
    expect((await request('GET', '/api/app.info', { 'X-CE-Session': secret })).status).toBe(405);
    expect((await request('DELETE', '/')).status).toBe(405);
  });

  it('answers an oversized body with 413 and its message, not a connection reset', async () => {
    const huge = JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) });
    const response = await request(
      'POST',
      '/api/app.info',
      {
        Origin: `http://127.0.0.1:${server.port}`,
        'X-CE-Session': secret,
        'Content-Type': 'application/json',
      },
      huge,
    );
    expect(response.status).toBe(413);
    expect(response.body).toContain('too large');
    // A body sent in chunks, with no length declared up front, gets the same answer once it passes the limit.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/app.info',
          headers: {
            Host: `127.0.0.1:${server.port}`,
            Origin: `http://127.0.0.1:${server.port}`,
            'X-CE-Session': secret,
            'Transfer-Encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 32; i++) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    // The connection stays usable: the next call on the server answers as usual.
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('answers a malformed %-escape in a channel name with 400, never a 500 or a stack', async () => {
    const errorsBefore = logged.length;
    for (const channel of ['%E0%A4%A', '%', '%zz']) {
      const response = await request(
        'POST',
        `/api/${channel}`,
        {
          Origin: `http://127.0.0.1:${server.port}`,
          'X-CE-Session': secret,
          'Content-Type': 'application/json',
        },
        '{}',
      );
      expect(response.status, channel).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(response.body).not.toMatch(/at .*\.(ts|js|cjs):\d+/);
    }
    expect(logged.slice(errorsBefore).join('\n')).not.toMatch(/URIError|at .*:\d+:\d+/);
  });

  it('never serves files outside the renderer, even through encoded or dotted paths', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const response = await request('GET', attempt);
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('outside the renderer');
    }
  });

  it('serves course images but never the package files that hold answer keys', async () => {
    const image = await request('GET', '/course-asset/hand-hygiene/assets/figure.png');
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    for (const file of ['post-test.yml', 'course.yml', 'modules/01-moments.md', '..%2f..%2fsecret.txt']) {
      const response = await request('GET', `/course-asset/hand-hygiene/${file}`);
      expect(response.status, file).toBe(404);
    }
  });
});
