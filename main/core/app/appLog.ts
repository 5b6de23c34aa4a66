import fs from 'node:fs';
import path from 'node:path';

/** Where main-process diagnostics go: details for support staff, never shown to the learner. */
export interface AppLog {
  error(message: string, cause?: unknown): void;
  info(message: string): void;
}

/** How large the log may grow before it is rotated, and how many older files are kept. */
export interface AppLogLimits {
  /** main.log is rotated before a line would take it past this size. Default 1 MiB. */
  readonly maxBytes: number;
  /** Rotated files kept beside it (main.log.1 is the newest). Default 3. */
  readonly keepFiles: number;
}

const defaultLimits: AppLogLimits = { maxBytes: 1024 * 1024, keepFiles: 3 };

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? `${cause.name}: ${cause.message}`;
  return String(cause);
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

// main.log.(n-1) → main.log.n, …, main.log → main.log.1; the oldest falls off the end.
function rotate(file: string, keepFiles: number): void {
  fs.rmSync(`${file}.${keepFiles}`, { force: true });
  for (let n = keepFiles - 1; n >= 1; n--) {
    if (fs.existsSync(`${file}.${n}`)) fs.renameSync(`${file}.${n}`, `${file}.${n + 1}`);
  }
  if (keepFiles > 0) fs.renameSync(file, `${file}.1`);
  else fs.rmSync(file, { force: true });
}

/**
 * A log that writes to stderr and, when `dataDir` is given, appends to `<dataDir>/logs/main.log`, rotated at
 * `maxBytes` with `keepFiles` older files. Logging must never take the app down, and a failed append (a full disk
 * for a moment, a file locked by a scanner) must not silence it: the line is lost, stderr says so once, and the
 * next line tries the file again.
 */
export function createAppLog(
  dataDir: string | null,
  stderr: (line: string) => void = console.error,
  limits: AppLogLimits = defaultLimits,
): AppLog {
  const file = dataDir ? path.join(dataDir, 'logs', 'main.log') : null;
  let failing = false;
  const append = (line: string) => {
    if (!file) return;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      if (size > 0 && size + Buffer.byteLength(line) > limits.maxBytes) rotate(file, limits.keepFiles);
      fs.appendFileSync(file, line);
      failing = false;
    } catch (err) {
      if (!failing)
        stderr(`CE Player could not write to its log ${file} (${errorCode(err)}); it will try again.`);
      failing = true;
    }
  };
  const write = (level: string, text: string) => {
    const line = `${new Date().toISOString()} ${level} ${text}`;
    stderr(line);
    append(`${line}\n`);
  };
  return {
    error: (message, cause) =>
      write('ERROR', cause === undefined ? message : `${message}\n${describe(cause)}`),
    info: (message) => write('INFO', message),
  };
}
