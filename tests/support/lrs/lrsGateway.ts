import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { freePort } from './testLrs';

/*
 * The network between CE Player and the test LRS, with its faults: a front door on its own port that passes
 * requests to the real LRS, and on demand refuses connections, holds or slows requests, loses the LRS's answer after
 * the LRS stored the batch, or asks for credentials the way an LRS with real client keys does (401, 403). The LRS
 * behind it is always the real one.
 */

/** How the gateway treats the next requests. */
export type GatewayMode =
  | { kind: 'pass' }
  /** Forward, and answer only after this long (a slow LRS). */
  | { kind: 'slow'; delayMs: number }
  /** Pass `after` requests (default none), then keep each one unanswered until `release()` or `drop()`. */
  | { kind: 'hold'; after?: number }
  /** Forward; once the LRS answered, cut the connection instead of passing the answer on. */
  | { kind: 'lose-answer' };

/** A request as the gateway saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  authorization: string;
  statements: number;
}

export interface LrsGateway {
  /** The endpoint to configure, as lrs.endpoint: the gateway's address with the LRS's path. */
  readonly endpoint: string;
  readonly seen: SeenRequest[];
  setMode(mode: GatewayMode): void;
  /** Basic credentials the gateway lets through; others get 401. `forbidden` ones get 403. */
  requireCredentials(allowed: string | null, forbidden?: string): void;
  /** Resolves when this many requests are held. */
  whenHeld(count: number): Promise<void>;
  /** Lets held requests go on to the LRS. */
  release(): void;
  /** Cuts held requests without passing them on: the LRS never sees them. */
  drop(): void;
  /** Stops listening and cuts every open connection: connections are refused. */
  goDown(): Promise<void>;
  /** Listens again on the same port. */
  comeBack(): Promise<void>;
  close(): Promise<void>;
}

function basic(credentials: string): string {
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}

function statementsIn(body: Buffer): number {
  if (body.length === 0) return 0;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 0;
  }
}

/** Starts a gateway in front of the LRS on `lrsPort`. */
export async function startGateway(lrsPort: number): Promise<LrsGateway> {
  let mode: GatewayMode = { kind: 'pass' };
  let passedSinceMode = 0;
  let allowed: string | null = null;
  let forbidden: string | null = null;
  let held: { pass: () => void; cut: () => void }[] = [];
  let heldWaiters: { count: number; resolve: () => void }[] = [];
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();

  const forward = (
    request: http.IncomingMessage,
    body: Buffer,
    reply: (status: number, headers: http.IncomingHttpHeaders, data: Buffer) => void,
    fail: () => void,
  ) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: lrsPort,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: `127.0.0.1:${lrsPort}` },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => reply(answer.statusCode ?? 502, answer.headers, Buffer.concat(chunks)));
      },
    );
    upstream.on('error', fail);
    upstream.end(body);
  };

  const handle = (request: http.IncomingMessage, response: http.ServerResponse, body: Buffer) => {
    const authorization = request.headers.authorization ?? '';
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization,
      statements: statementsIn(body),
    });
    const cut = () => request.socket.destroy();
    if (allowed !== null && forbidden !== null && authorization === basic(forbidden)) {
      response.writeHead(403).end('{"message":"This client may not write statements."}');
      return;
    }
    if (allowed !== null && authorization !== basic(allowed)) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic' }).end('{"message":"Unauthorised"}');
      return;
    }
    const current = mode;
    const pass = () =>
      forward(
        request,
        body,
        (status, headers, data) => {
          if (current.kind === 'lose-answer') return cut();
          const send = () => response.writeHead(status, headers).end(data);
          if (current.kind === 'slow') setTimeout(send, current.delayMs);
          else send();
        },
        cut,
      );
    if (current.kind !== 'hold' || passedSinceMode < (current.after ?? 0)) {
      passedSinceMode += 1;
      return pass();
    }
    held.push({ pass, cut });
    for (const waiter of heldWaiters.filter((w) => held.length >= w.count)) waiter.resolve();
    heldWaiters = heldWaiters.filter((w) => held.length < w.count);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await freePort();
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen();
  const goDown = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      held = [];
    });

  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/xAPI/`,
    seen,
    setMode(next) {
      mode = next;
      passedSinceMode = 0;
    },
    requireCredentials(next, forbid) {
      allowed = next;
      forbidden = forbid ?? null;
    },
    whenHeld(count) {
      if (held.length >= count) return Promise.resolve();
      return new Promise((resolve) => heldWaiters.push({ count, resolve }));
    },
    release() {
      const waiting = held;
      held = [];
      for (const request of waiting) request.pass();
    },
    drop() {
      const waiting = held;
      held = [];
      for (const request of waiting) request.cut();
    },
    goDown,
    comeBack: listen,
    close: goDown,
  };
}
