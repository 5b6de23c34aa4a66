import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { makeTempFolder } from '../tempFolder';

/*
 * A real Learning Record Store for the record-sync tests: Learning Locker's statement service (xapi-statements
 * 5.0.1), installed on its own in tests/lrs (`npm ci --prefix tests/lrs`) and run in memory on 127.0.0.1. It
 * validates statements and applies the xAPI rules for ids it already holds, as a clinic's LRS would.
 */

// Resolved from the project root, where vitest, Playwright and the benchmarks run.
const lrsEntry = path.resolve('tests/lrs/node_modules/xapi-statements/dist/index.js');

/** The statement fields an LRS returns: ours, and what it adds (stored, authority, version). */
export type StoredStatement = Record<string, unknown> & {
  id: string;
  actor: { account?: { homePage: string; name: string } };
  verb: { id: string; display?: Record<string, string> };
};

/** A running test LRS. */
export interface TestLrs {
  readonly port: number;
  /** The xAPI endpoint, as the lrs.endpoint setting names it. */
  readonly endpoint: string;
  /** Every statement it holds, read back with GET /statements (all pages). */
  statements(): Promise<StoredStatement[]>;
  /** Stores statements directly, as another program sending to the same LRS would. */
  post(statements: readonly unknown[]): Promise<number>;
  /** Kills the process at once (SIGKILL); its memory, and every statement in it, goes with it. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const headers = {
  Authorization: `Basic ${Buffer.from('test:test').toString('base64')}`,
  'X-Experience-API-Version': '1.0.3',
};

function launch(port: number): Promise<ChildProcess> {
  const storage = makeTempFolder('ce-test-lrs-');
  const child = spawn(process.execPath, [lrsEntry], {
    cwd: storage,
    env: {
      ...process.env,
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      EXPRESS_PORT: String(port),
      FS_LOCAL_STORAGE_DIR: storage,
      WINSTON_CONSOLE_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The test LRS did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on port ${port}`)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The test LRS exited with ${String(code)} before it listened:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/** Starts the test LRS on a free port and waits until it listens. Fails with what to run when it is missing. */
export async function startTestLrs(): Promise<TestLrs> {
  if (!fs.existsSync(lrsEntry)) {
    throw new Error(
      "The test LRS is not installed. Run `npm ci --prefix tests/lrs` (Learning Locker's xapi-statements 5.0.1, " +
        'a test peer only; .ci/run does this), then run the tests again.',
    );
  }
  const port = await freePort();
  let child = await launch(port);
  const base = `http://127.0.0.1:${port}/xAPI/`;
  const lrs: TestLrs = {
    port,
    endpoint: base,
    async statements() {
      const all: StoredStatement[] = [];
      let next: string | null = `${base}statements?limit=500`;
      while (next) {
        const response: Response = await fetch(next, { headers });
        if (!response.ok) throw new Error(`GET statements answered ${response.status}`);
        const page = (await response.json()) as { statements: StoredStatement[]; more: string };
        all.push(...page.statements);
        next = page.more ? new URL(page.more, base).toString() : null;
      }
      return all;
    },
    async post(statements) {
      const response = await fetch(`${base}statements`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(statements),
      });
      await response.body?.cancel();
      return response.status;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart() {
      child = await launch(port);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
  return lrs;
}
