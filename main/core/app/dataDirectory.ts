import os from 'node:os';
import path from 'node:path';

/** The product name Electron uses for its userData folder; the browser shell uses the same place. */
export const productName = 'CE Player';

/**
 * Where learner data lives when nothing overrides it: the same folder Electron's `app.getPath('userData')` gives,
 * so the desktop app and the browser shell share one database.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', productName);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), productName);
}

/**
 * The data directory in force: `--data-dir` on the command line, else `CE_PLAYER_DATA_DIR`, else the default.
 * Relative paths are taken from the current directory.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const fromArgs = readOption(argv, '--data-dir');
  const chosen = fromArgs ?? env.CE_PLAYER_DATA_DIR ?? defaultDataDir(process.platform, env);
  return path.resolve(chosen);
}

/** Every value of a repeatable option, `--name value` or `--name=value`, in order. */
export function readAllOptions(argv: readonly string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((arg, index) => {
    const next = argv[index + 1];
    if (arg === name && next !== undefined) values.push(next);
    else if (arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
  });
  return values;
}

/** Reads `--name value` or `--name=value` from an argument list; the last one wins. */
export function readOption(argv: readonly string[], name: string): string | undefined {
  return readAllOptions(argv, name).at(-1);
}
