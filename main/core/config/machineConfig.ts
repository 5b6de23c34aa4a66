import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { productName } from '../app/dataDirectory';
import { closestKey } from '../course/closestKey';
import { locateJsonSyntaxError } from './jsonSyntaxError';

/**
 * Settings clinic IT can set once for every learner on a workstation, in an optional JSON file (see
 * `machineConfigPath`). Every key is optional; a missing or invalid key keeps its safe default.
 */
export interface MachineConfig {
  /** Where learner data lives, unless `--data-dir` or `CE_PLAYER_DATA_DIR` says otherwise. Absolute. */
  readonly dataDir?: string;
  /** A folder of course packages shown to every learner, next to the bundled courses. Absolute. */
  readonly preloadCoursesDir?: string;
  /** Whether learners may import course packages themselves (default true). */
  readonly allowCourseImport: boolean;
  /** Whether a new learner profile must set a PIN (default false). */
  readonly requirePin: boolean;
}

/** The settings in force when there is no file, or for each key the file gets wrong. */
export const defaultMachineConfig: MachineConfig = Object.freeze({
  allowCourseImport: true,
  requirePin: false,
});

/** Every key the file may hold. */
export const machineConfigKeys = ['dataDir', 'preloadCoursesDir', 'allowCourseImport', 'requirePin'] as const;

/** The environment variable that points at another settings file (tests, portable setups). */
export const machineConfigEnvVar = 'CE_PLAYER_CONFIG';

/** A settings file larger than this is refused: the real one is a few lines. */
export const maxMachineConfigBytes = 64 * 1024;

/** The settings in force, what was wrong with the file (one plain sentence per problem), and where it was looked for. */
export interface LoadedMachineConfig {
  readonly config: MachineConfig;
  readonly warnings: string[];
  readonly file: string;
}

/**
 * Where the machine-wide settings file lives: `%ProgramData%\CE Player\config.json` on Windows,
 * `/Library/Application Support/CE Player/config.json` on macOS, `/etc/ce-player/config.json` elsewhere.
 * `CE_PLAYER_CONFIG` names another file instead.
 */
export function machineConfigPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const override = env[machineConfigEnvVar];
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
    return path.win32.join(programData, productName, 'config.json');
  }
  if (platform === 'darwin')
    return path.posix.join('/Library/Application Support', productName, 'config.json');
  return '/etc/ce-player/config.json';
}

// Notepad writes a UTF-8 byte order mark and Windows PowerShell 5 writes UTF-16; both are common for this file.
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function describeValue(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isAbsoluteFor(platform: NodeJS.Platform, value: string): boolean {
  // On Windows a path needs its drive (C:\...) or a UNC share (\\server\...); "\data" depends on the current drive.
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]/.test(value);
  return path.posix.isAbsolute(value);
}

type Reader<T> = (value: unknown, key: string) => { value: T } | { problem: string };

function folderReader(platform: NodeJS.Platform): Reader<string> {
  const example = platform === 'win32' ? 'D:\\\\CE Player' : '/srv/ce-player';
  return (value, key) => {
    if (typeof value !== 'string' || value.trim() === '') {
      return {
        problem: `"${key}" must be a folder path in double quotes, but it is ${describeValue(value)}.`,
      };
    }
    if ([...value].some((c) => c.charCodeAt(0) < 0x20)) {
      return {
        problem:
          `"${key}" contains a line break or tab. In JSON each backslash of a Windows path must be written ` +
          'twice (C:\\\\CE Player, not C:\\CE Player).',
      };
    }
    if (!isAbsoluteFor(platform, value)) {
      return {
        problem: `"${key}" must be a full (absolute) path such as "${example}", but "${value}" is relative.`,
      };
    }
    return { value: platform === 'win32' ? path.win32.normalize(value) : path.posix.normalize(value) };
  };
}

const readBoolean: Reader<boolean> = (value, key) =>
  typeof value === 'boolean'
    ? { value }
    : { problem: `"${key}" must be true or false, without quotes, but it is ${describeValue(value)}.` };

/** Tells whether a path is an existing folder; tests of another OS's paths pass their own. */
export type FolderCheck = (folder: string) => boolean;

const isExistingFolder: FolderCheck = (folder) =>
  statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;

function readSettings(
  value: unknown,
  platform: NodeJS.Platform,
  isFolder: FolderCheck,
  warn: (message: string) => void,
): MachineConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    warn(
      `the file must hold one JSON object, such as { "requirePin": true }, but it holds ${describeValue(value)}. ` +
        'CE Player ignored the whole file and uses its default settings.',
    );
    return defaultMachineConfig;
  }
  const settings = value as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if ((machineConfigKeys as readonly string[]).includes(key)) continue;
    const guess = closestKey(key, machineConfigKeys);
    warn(
      `"${key}" is not a CE Player setting${guess ? ` (did you mean "${guess}"?)` : ''}, so it was ignored. ` +
        `The settings are ${machineConfigKeys.map((k) => `"${k}"`).join(', ')}.`,
    );
  }
  const take = <T>(
    key: (typeof machineConfigKeys)[number],
    reader: Reader<T>,
    fallback: string,
  ): T | undefined => {
    if (!Object.hasOwn(settings, key)) return undefined;
    const read = reader(settings[key], key);
    if ('value' in read) return read.value;
    warn(`${read.problem} It was ignored and ${fallback} applies.`);
    return undefined;
  };
  const readFolder = folderReader(platform);
  const dataDir = take('dataDir', readFolder, 'the default data folder');
  const preloadCoursesDir = take('preloadCoursesDir', readFolder, 'no preloaded courses folder');
  // Kept even when missing (a drive may be mounted later), but said, since the library would just show nothing.
  if (preloadCoursesDir !== undefined && !isFolder(preloadCoursesDir)) {
    warn(
      `"preloadCoursesDir" is "${preloadCoursesDir}", which is not an existing folder, so no preloaded courses ` +
        'are shown. Create the folder or correct the path.',
    );
  }
  return {
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(preloadCoursesDir === undefined ? {} : { preloadCoursesDir }),
    allowCourseImport:
      take('allowCourseImport', readBoolean, 'the default (true)') ?? defaultMachineConfig.allowCourseImport,
    requirePin: take('requirePin', readBoolean, 'the default (false)') ?? defaultMachineConfig.requirePin,
  };
}

function readConfigBytes(
  file: string,
  explicit: boolean,
  warn: (message: string) => void,
): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= maxMachineConfigBytes) return bytes;
    warn(`the file is ${bytes.length} bytes, larger than a settings file can be. CE Player ignored it.`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file is the normal case: nothing to say unless someone pointed CE_PLAYER_CONFIG at it.
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      if (explicit)
        warn(`${machineConfigEnvVar} names this file, but it does not exist. Default settings apply.`);
    } else {
      warn(`the file could not be read (${code ?? String(error)}). CE Player uses its default settings.`);
    }
  }
  return undefined;
}

/**
 * Reads the machine-wide settings file. Never throws and never stops the app: a missing file gives the defaults,
 * a broken file (invalid JSON) is ignored whole, and a key with a wrong type, a relative path or an unknown name
 * is ignored alone. Each problem becomes one warning naming the file, the key, and (for JSON syntax) the line and
 * column, for the log and the console.
 */
export function loadMachineConfig(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  isFolder: FolderCheck = isExistingFolder,
): LoadedMachineConfig {
  const file = machineConfigPath(platform, env);
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(`CE Player settings file ${file}: ${message}`);
  const bytes = readConfigBytes(file, Boolean(env[machineConfigEnvVar]), warn);
  if (!bytes) return { config: defaultMachineConfig, warnings, file };

  const text = decodeText(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const where = locateJsonSyntaxError(text);
    const detail = where
      ? `line ${where.line}, column ${where.column}: ${where.problem}`
      : (error as Error).message;
    warn(
      `the file is not valid JSON (${detail}). CE Player ignored the whole file and uses its default settings.`,
    );
    return { config: defaultMachineConfig, warnings, file };
  }
  return { config: readSettings(parsed, platform, isFolder, warn), warnings, file };
}
