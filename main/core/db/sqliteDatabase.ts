import Database from 'better-sqlite3';

/*
 * The one place that constructs better-sqlite3 connections. Which compiled module loads depends on the process:
 * tests, tools and the browser shell use the package's own (Node) build; the desktop app in development passes an
 * Electron-ABI build as CoreOptions.nativeBinding, and the core hands the opener made from it to every part that
 * opens a database file.
 */

/** Opens a SQLite connection through one native build of better-sqlite3. */
export type SqliteOpener = (file: string, options?: Database.Options) => Database.Database;

/** An opener that loads this better_sqlite3.node (undefined: the package's own build). */
export function sqliteOpener(nativeBinding: string | undefined): SqliteOpener {
  return (file, options = {}) =>
    new Database(file, nativeBinding === undefined ? options : { ...options, nativeBinding });
}

/** Opens a SQLite connection with the package's own (Node) build of better-sqlite3. */
export const openSqlite: SqliteOpener = sqliteOpener(undefined);
