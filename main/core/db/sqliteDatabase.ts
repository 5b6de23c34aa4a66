import Database from 'better-sqlite3';

/*
 * The one place that constructs better-sqlite3 connections. Which compiled module loads is a property of the
 * process: tests and the browser shell use the package's own (Node) build; the desktop app in development points
 * every connection at an Electron-ABI build once, at start-up.
 */
let nativeBinding: string | undefined;

/** Makes every later connection load this better_sqlite3.node (the desktop app's Electron build). */
export function useSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** Opens a SQLite connection with better-sqlite3, through the native build chosen for this process. */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, nativeBinding === undefined ? options : { ...options, nativeBinding });
}
