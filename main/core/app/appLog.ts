import fs from 'node:fs';
import path from 'node:path';

/** Where main-process diagnostics go: details for support staff, never shown to the learner. */
export interface AppLog {
  error(message: string, cause?: unknown): void;
  info(message: string): void;
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.stack ?? `${cause.name}: ${cause.message}`;
  return String(cause);
}

/**
 * A log that writes to stderr and, when `dataDir` is given, appends to `<dataDir>/logs/main.log`.
 * Logging must never take the app down, so file errors are swallowed after one stderr line.
 */
export function createAppLog(dataDir: string | null, stderr: (line: string) => void = console.error): AppLog {
  let file: string | null = null;
  if (dataDir) {
    try {
      fs.mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
      file = path.join(dataDir, 'logs', 'main.log');
    } catch (err) {
      stderr(`CE Player could not open its log folder: ${describe(err)}`);
    }
  }
  const write = (level: string, text: string) => {
    const line = `${new Date().toISOString()} ${level} ${text}`;
    stderr(line);
    if (!file) return;
    try {
      fs.appendFileSync(file, line + '\n');
    } catch {
      file = null;
    }
  };
  return {
    error: (message, cause) =>
      write('ERROR', cause === undefined ? message : `${message}\n${describe(cause)}`),
    info: (message) => write('INFO', message),
  };
}
