import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelName } from '../contract/channels';
import { certificateIdOfPdfPath, certificatePdfPath } from '../contract/filePaths';
import { certificatePdfResponse } from '../core/app/certificatePdfResponse';
import { dispatchChannel } from '../core/app/dispatchChannel';
import { securityHeaders } from '../core/app/contentSecurityPolicy';
import type { Core } from '../core/app/core';
import { contentTypeFor, resolveServedFile } from '../core/app/staticFiles';
import { BrowserSessions, sessionHeader } from './browserSessions';
import { isAllowedHost, isAllowedOrigin, secretsEqual } from './requestGuard';

const maxBodyBytes = 1024 * 1024;
// The large requests the app makes, all base64 or text: a course package (up to 200 MiB unpacked limits), a
// certificate file to verify, and a learner's records file to import.
// Checked against the contract, so a channel renamed or removed there is a compile error here.
const largeBodyChannels: ReadonlyMap<string, number> = new Map(
  Object.entries({
    'courses.import': 300 * 1024 * 1024,
    'certificates.verify': 20 * 1024 * 1024,
    'records.import': 50 * 1024 * 1024,
  } satisfies Partial<Record<ChannelName, number>>),
);

export interface BrowserServerOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The per-start secret; random unless a test fixes it. */
  token?: string;
  /** The clock for certificate PDF links, in Unix ms; tests pass their own. */
  now?: () => number;
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
const wrongToken = 'This address has an old or wrong token. Use the address the server printed.';
const expiredPdfLink =
  'This certificate link has been used or has expired. Open the certificate again from CE Player.';

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

/** Reads a small JSON body (the session routes' own); undefined when it is missing, oversized or not JSON. */
async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const body = await readBody(req, 4096);
  try {
    return body === null || body.trim() === '' ? undefined : (JSON.parse(body) as unknown);
  } catch {
    return undefined;
  }
}

const json = { 'Content-Type': 'application/json; charset=utf-8' };
const noSession = 'Open CE Player with the full address the server printed; it includes the access token.';

/**
 * Starts the browser shell: the renderer and the contract (`POST /api/<channel>`) on 127.0.0.1 only.
 * The printed URL carries a random token. The page trades it (`POST /session/open`) for a session secret that it
 * keeps in sessionStorage and sends in the `X-CE-Session` header; every API call needs that header. No cookie is
 * ever set, because cookies reach every port of 127.0.0.1. Each tab is its own session with its own learner.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sessions = new BrowserSessions(core.sessions, options.now ?? Date.now);
  let port = options.port;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const reply = replier(res);
    if (!isAllowedHost(req.headers.host, port)) return reply(403, 'Forbidden: unknown host.', plain);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const method = req.method ?? 'GET';

    if (method === 'POST') {
      if (!isAllowedOrigin(req.headers.origin, port))
        return reply(403, 'Forbidden: cross-origin request.', plain);
      if (url.pathname === '/session/open') {
        const body = await readJson(req);
        const given = typeof body === 'object' && body !== null && 'token' in body ? body.token : undefined;
        if (typeof given !== 'string' || !secretsEqual(given, token)) return reply(401, wrongToken, plain);
        return reply(200, JSON.stringify({ session: sessions.open() }), json);
      }
      const session = sessions.find(req.headers[sessionHeader]);
      if (!session) return reply(401, noSession, plain);
      if (url.pathname === '/session/alive') {
        core.sessions.alive(session);
        return reply(200, JSON.stringify({ signedIn: session.learnerId !== null }), json);
      }
      if (url.pathname === '/session/closing') {
        core.sessions.closing(session);
        return reply(204, '');
      }
      if (url.pathname === '/session/pdf-link') {
        const body = await readJson(req);
        const id =
          typeof body === 'object' && body !== null && 'certificateId' in body ? body.certificateId : '';
        const certificateId = certificateIdOfPdfPath(certificatePdfPath(String(id)));
        if (certificateId === null) return reply(404, 'This certificate is not in your transcript.', plain);
        const link = sessions.issuePdfLink(session, certificateId);
        return reply(
          200,
          JSON.stringify({ path: `${certificatePdfPath(certificateId)}?link=${link}` }),
          json,
        );
      }
      if (!url.pathname.startsWith('/api/')) return reply(404, 'Not found.', plain);
      const channel = channelOfPath(url.pathname);
      if (channel === null) {
        const error = { code: 'unknown_channel', message: 'The channel name in this address is malformed.' };
        return reply(400, JSON.stringify({ ok: false, error }), json);
      }
      const body = await readBody(req, largeBodyChannels.get(channel) ?? maxBodyBytes);
      if (body === null) return reply(413, 'Request too large for CE Player.', plain);
      let input: unknown;
      try {
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch {
        const error = { code: 'invalid_input', message: 'The request body is not valid JSON.' };
        return reply(400, JSON.stringify({ ok: false, error }), json);
      }
      const result = await dispatchChannel(core.handlers, channel, input, session, core.log);
      return reply(200, JSON.stringify(result), json);
    }

    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/session/'))
      return reply(405, 'Use POST for the API.', { ...plain, Allow: 'POST' });
    if (method !== 'GET' && method !== 'HEAD') return reply(405, 'Method not allowed.', plain);

    // The printed address: a wrong token is said at once; the right one loads the page, which trades it.
    if (url.searchParams.has('token') && !secretsEqual(url.searchParams.get('token') ?? '', token))
      return reply(401, wrongToken, plain);

    const certificateId = certificateIdOfPdfPath(url.pathname);
    if (certificateId !== null) {
      const session = sessions.redeemPdfLink(url.searchParams.get('link'), certificateId);
      if (!session) return reply(401, expiredPdfLink, plain);
      const pdf = await certificatePdfResponse(core, session, certificateId);
      return pdf.status === 200 ? reply(200, pdf.body, pdf.headers) : reply(pdf.status, pdf.message, plain);
    }

    // The renderer and course images are the same for everyone and hold no learner's data, so they need no
    // session: a page cannot send a header with a script or image load.
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
