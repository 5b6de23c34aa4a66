import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempFolder } from '../support/tempFolder';

/** A running browser shell on a free port with its own temporary data directory. */
export interface RunningShell {
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  output(): string;
  stop(): Promise<number | null>;
}

const serveEntry = path.resolve(import.meta.dirname, '..', '..', 'dist', 'main', 'serve.cjs');
const clockPreload = pathToFileURL(path.join(import.meta.dirname, 'serverClockRate.mjs')).href;

/** A fresh, empty data directory in the system temp folder. */
export function makeDataDir(): string {
  return makeTempFolder('ce-player-e2e-');
}

/** How to start a shell beyond its data directory. */
export interface ShellOptions {
  /** An extra folder of course packages, passed as `--courses-dir` (the bundled courses stay). */
  coursesDir?: string;
  /**
   * Run the core's clock this many times faster than real time (see serverClockRate.mjs), so recorded study
   * time builds up in seconds rather than minutes. Unset: the real clock.
   */
  clockRate?: number;
  /** Extra environment for the shell, e.g. CE_PLAYER_CONFIG for clinic settings. */
  env?: Record<string, string>;
  /** Run the built shell from a copy of the app laid out here (dist/main, courses...), as an install is. */
  appRoot?: string;
}

/**
 * Starts `dist/main/serve.cjs` (built by `npm run test:e2e`) as a real child process, exactly as `npm run serve`
 * does, and waits for the line with its URL.
 */
export async function startShell(
  dataDir: string = makeDataDir(),
  options: ShellOptions = {},
): Promise<RunningShell> {
  const entry = options.appRoot ? path.join(options.appRoot, 'dist', 'main', 'serve.cjs') : serveEntry;
  const args = [entry, '--port', '0', '--data-dir', dataDir];
  if (options.coursesDir) args.push('--courses-dir', options.coursesDir);
  const env = { ...process.env, ...options.env };
  if (options.clockRate) {
    args.unshift('--import', clockPreload);
    env.CE_PLAYER_E2E_CLOCK_RATE = String(options.clockRate);
  }
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser shell did not start:\n${output}`)), 20_000);
    const poll = setInterval(() => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`The browser shell exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      }),
  };
}
