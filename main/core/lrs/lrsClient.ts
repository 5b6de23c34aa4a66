import type { LrsSettings } from '../config/lrsConfigSchema';

/*
 * A small xAPI client on Node's fetch, rather than @xapi/xapi (3.0.3, the well-kept JavaScript client), because of
 * what the sync worker must tell apart and bound, measured against that package:
 * - its adapters take no timeout (a slow LRS would hold the worker for as long as the socket stays open), and its
 *   fetch adapter throws `new Error(body)` on any status that is not 2xx, dropping the status the worker needs to
 *   tell 401/403 (stop) from 409 (check, hold back) from 5xx (try again later);
 * - working round both means writing our own adapter (this fetch call), after which the package adds only the URL
 *   join and three headers, while its CommonJS build, the one esbuild bundles for Node, inlines axios: 317 KB more in
 *   each main-process bundle, as scripts/build.mjs bundles it;
 * - it has no PUT of one statement by id, which the worker uses to find which statement of a batch the LRS refuses.
 * This client is those three requests: POST a batch, PUT one by id, GET one by id.
 */

/** How to reach the LRS: the statements resource, the Authorization header, the time a request may take. */
export interface LrsConnection {
  readonly statementsUrl: URL;
  readonly authorization: string;
  readonly timeoutMs: number;
  /** Aborted when the app closes: requests under way end at once. */
  readonly closing: AbortSignal;
}

/** What the LRS said to one request, as the worker acts on it. */
export type LrsAnswer =
  | { readonly kind: 'stored' }
  /** 409: it holds a statement with that id (a batch: with one of those ids) and different content. */
  | { readonly kind: 'conflict' }
  /** 400 or 413: it will not take a statement of the request, or the request is too large. */
  | { readonly kind: 'refused'; readonly status: number }
  /** 401 or 403: the key and secret are wrong or may not write statements. */
  | { readonly kind: 'unauthorized'; readonly status: number }
  /** Any other answer (a redirect, 404, 405…): the endpoint is not an LRS's statements resource. */
  | { readonly kind: 'misdirected'; readonly status: number }
  /** No answer in time, no connection, or a busy or failing server (408, 429, 5xx): try again later. */
  | {
      readonly kind: 'unavailable';
      readonly reason: 'unreachable' | 'timeout' | 'busy';
      readonly detail: string;
    }
  | { readonly kind: 'closed' };

/** The connection for these settings; `closing` ends requests when the app quits. */
export function lrsConnection(settings: LrsSettings, closing: AbortSignal): LrsConnection {
  const credentials = Buffer.from(`${settings.key}:${settings.secret}`, 'utf8').toString('base64');
  return {
    statementsUrl: new URL('statements', settings.endpoint),
    authorization: `Basic ${credentials}`,
    timeoutMs: settings.timeoutSeconds * 1000,
    closing,
  };
}

function answerOf(status: number): LrsAnswer {
  if (status >= 200 && status < 300) return { kind: 'stored' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 400 || status === 413) return { kind: 'refused', status };
  if (status === 401 || status === 403) return { kind: 'unauthorized', status };
  if (status === 408 || status === 429 || status >= 500) {
    return { kind: 'unavailable', reason: 'busy', detail: `it answered HTTP ${status}` };
  }
  return { kind: 'misdirected', status };
}

function failureOf(error: unknown, connection: LrsConnection): LrsAnswer {
  if (connection.closing.aborted) return { kind: 'closed' };
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return {
      kind: 'unavailable',
      reason: 'timeout',
      detail: `no answer within ${connection.timeoutMs / 1000} s`,
    };
  }
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const code = cause?.code ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'unavailable', reason: 'unreachable', detail: code };
}

interface Request {
  method: 'POST' | 'PUT' | 'GET';
  statementId?: string;
  body?: string;
}

async function send(
  connection: LrsConnection,
  request: Request,
): Promise<{ answer: LrsAnswer; body: string | null }> {
  const url = new URL(connection.statementsUrl);
  if (request.statementId) url.searchParams.set('statementId', request.statementId);
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: {
        Authorization: connection.authorization,
        'X-Experience-API-Version': '1.0.3',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: request.body,
      // A redirect could carry the credentials elsewhere: the endpoint must be the LRS's own address.
      redirect: 'manual',
      signal: AbortSignal.any([connection.closing, AbortSignal.timeout(connection.timeoutMs)]),
    });
    const answer = answerOf(response.status);
    const wanted = request.method === 'GET' && answer.kind === 'stored';
    const body = wanted ? await response.text() : null;
    if (!wanted) await response.body?.cancel();
    return { answer, body };
  } catch (error) {
    return { answer: failureOf(error, connection), body: null };
  }
}

/** POSTs a batch of statements (each already JSON) as one array. */
export async function postStatements(
  connection: LrsConnection,
  statements: readonly string[],
): Promise<LrsAnswer> {
  return (await send(connection, { method: 'POST', body: `[${statements.join(',')}]` })).answer;
}

/** PUTs one statement by its id. */
export async function putStatement(
  connection: LrsConnection,
  statementId: string,
  json: string,
): Promise<LrsAnswer> {
  return (await send(connection, { method: 'PUT', statementId, body: json })).answer;
}

/** The statement the LRS holds under an id, or what it answered instead. */
export async function getStatement(
  connection: LrsConnection,
  statementId: string,
): Promise<{ kind: 'found'; statement: unknown } | LrsAnswer> {
  const { answer, body } = await send(connection, { method: 'GET', statementId });
  if (answer.kind !== 'stored' || body === null) return answer;
  try {
    return { kind: 'found', statement: JSON.parse(body) as unknown };
  } catch {
    return { kind: 'misdirected', status: 200 };
  }
}
