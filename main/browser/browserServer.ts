import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { certificateIdOfPdfPath } from '../contract/filePaths';
import { certificatePdfResponse } from '../core/app/certificatePdfResponse';
import { dispatchChannel } from '../core/app/dispatchChannel';
import { securityHeaders } from '../core/app/contentSecurityPolicy';
import type { Core } from '../core/app/core';
import { createSession, type Session } from '../core/app/session';
import { contentTypeFor, resolveServedFile } from '../core/app/staticFiles';
import { isAllowedHost, isAllowedOrigin, readCookie, secretsEqual } from './requestGuard';

const sessionCookie = 'ce_session';
const maxBodyBytes = 1024 * 1024;
// The large requests the app makes, all base64 or text: a course package (up to 200 MiB unpacked limits), a
// certificate file to verify, and a learner's records file to import.
const largeBodyChannels: ReadonlyMap<string, number> = new Map([
  ['courses.import', 300 * 1024 * 1024],
  ['certificates.verify', 20 * 1024 * 1024],
  ['records.import', 50 * 1024 * 1024],
]);

export interface BrowserServerOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The per-start secret; random unless a test fixes it. */
  token?: string;
}

export interface BrowserServer {
  /** The address to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

type Reply = (status: number, body: string | Buffer, headers?: Record<string, string>) => void;

function replier(res: http.ServerResponse): Reply {
  return (status, body, headers = {}) => {
    res.writeHead(status, { ...securityHeaders, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
}

const plain = { 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * Reads a request body up to `limit` bytes; null when it is larger. The rest of an oversized body is left for
 * Node to drain after the 413 is sent: destroying the request instead would reset the connection, and the client
 * would see a network error rather than the answer.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A channel name from the path, or null when its %-escapes are malformed. */
function channelOfPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

/**
 * Starts the browser shell: the renderer and the contract (`POST /api/<channel>`) on 127.0.0.1 only.
 * The printed URL carries a random token; opening it trades the token for an HttpOnly, SameSite=Strict session
 * cookie, and every other request needs that cookie. Each cookie is its own session with its own signed-in learner.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sessions = new Map<string, Session>();
  let port = options.port;

  const sessionOf = (req: http.IncomingMessage): Session | undefined => {
    const id = readCookie(req.headers.cookie, sessionCookie);
    return id === undefined ? undefined : sessions.get(id);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const reply = replier(res);
    if (!isAllowedHost(req.headers.host, port)) return reply(403, 'Forbidden: unknown host.', plain);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const method = req.method ?? 'GET';

    if (method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!secretsEqual(url.searchParams.get('token') ?? '', token)) {
        return reply(
          401,
          'This address has an old or wrong token. Use the address the server printed.',
          plain,
        );
      }
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, createSession());
      return reply(303, '', {
        Location: '/',
        'Set-Cookie': `${sessionCookie}=${id}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }

    const session = sessionOf(req);
    if (!session) {
      return reply(
        401,
        'Open CE Player with the full address the server printed; it includes the access token.',
        plain,
      );
    }

    if (url.pathname.startsWith('/api/')) {
      if (method !== 'POST') return reply(405, 'Use POST for the API.', { ...plain, Allow: 'POST' });
      if (!isAllowedOrigin(req.headers.origin, port))
        return reply(403, 'Forbidden: cross-origin request.', plain);
      const channel = channelOfPath(url.pathname);
      if (channel === null) {
        const error = { code: 'unknown_channel', message: 'The channel name in this address is malformed.' };
        return reply(400, JSON.stringify({ ok: false, error }), { 'Content-Type': 'application/json' });
      }
      const body = await readBody(req, largeBodyChannels.get(channel) ?? maxBodyBytes);
      if (body === null) return reply(413, 'Request too large for CE Player.', plain);
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        const error = { code: 'invalid_input', message: 'The request body is not valid JSON.' };
        return reply(400, JSON.stringify({ ok: false, error }), { 'Content-Type': 'application/json' });
      }
      const result = await dispatchChannel(core.handlers, channel, input, session, core.log);
      return reply(200, JSON.stringify(result), { 'Content-Type': 'application/json; charset=utf-8' });
    }

    if (method !== 'GET' && method !== 'HEAD') return reply(405, 'Method not allowed.', plain);

    const certificateId = certificateIdOfPdfPath(url.pathname);
    if (certificateId !== null) {
      const pdf = await certificatePdfResponse(core, session, certificateId);
      return pdf.status === 200 ? reply(200, pdf.body, pdf.headers) : reply(pdf.status, pdf.message, plain);
    }

    const file = resolveServedFile(core.resolveCourseAsset, rendererDir, url.pathname);
    if (!file) return reply(404, 'Not found.', plain);
    return reply(200, fs.readFileSync(file), {
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-cache',
    });
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      core.log.error('Browser shell request failed', err);
      if (!res.headersSent)
        replier(res)(500, 'CE Player hit an internal error; details are in its log.', plain);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
