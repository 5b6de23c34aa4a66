import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { productName } from '../app/dataDirectory';
import { closestKey } from '../course/closestKey';
import { describeValue, firstIssue, issueText } from '../issueText';
import { platformTrust, type TrustCheck } from './configFileTrust';
import { platformReaders, type ReaderCheck } from './configFileReaders';
import { locateJsonSyntaxError } from './jsonSyntaxError';
import {
  defaultMachineConfig,
  defaultManagedConfig,
  machineConfigKeys,
  machineConfigSchemas,
  maxMachineConfigBytes,
  trustedInstallationSchema,
  type MachineConfig,
  type MachineConfigKey,
} from './machineConfigSchema';
import type { TrustedInstallation } from '../records/trustedInstallations';

export { defaultMachineConfig, maxMachineConfigBytes, type MachineConfig };

/** The environment variable that names a settings file on a machine that has no machine-wide one. */
export const machineConfigEnvVar = 'CE_PLAYER_CONFIG';

/** Where the settings came from. */
export type MachineConfigSource = 'machine' | 'environment' | 'none';

/** The settings in force, what was wrong (one plain sentence per problem), and which file gave them. */
export interface LoadedMachineConfig {
  readonly config: MachineConfig;
  readonly warnings: string[];
  /** The file read; with no file, the machine-wide path that was looked for. */
  readonly file: string;
  readonly source: MachineConfigSource;
}

/**
 * The machine-wide settings file, which only IT can write: `%ProgramData%\CE Player\config.json` on Windows,
 * `/Library/Application Support/CE Player/config.json` on macOS, `/etc/ce-player/config.json` elsewhere.
 */
export function machineConfigPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
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

/** Tells whether a path is an existing folder; tests of another OS's paths pass their own. */
export type FolderCheck = (folder: string) => boolean;

const isExistingFolder: FolderCheck = (folder) =>
  statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;

// The issue with its place from the file's top: `"trustedInstallations[2].key" must not be empty.`
function settingIssueText(issue: z.core.$ZodIssue, ...at: PropertyKey[]): string {
  return issueText({ ...issue, path: [...at, ...issue.path] }, 'the file');
}

function readTrustedInstallations(
  entries: readonly unknown[],
  warn: (message: string) => void,
): TrustedInstallation[] {
  return entries.flatMap((entry, index) => {
    const parsed = trustedInstallationSchema.safeParse(entry);
    if (parsed.success) return [parsed.data];
    for (const issue of parsed.error.issues) {
      warn(`${settingIssueText(issue, 'trustedInstallations', index)} That entry was ignored.`);
    }
    return [];
  });
}

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
    return defaultManagedConfig;
  }
  const settings = value as Record<string, unknown>;
  const keys = Object.keys(machineConfigKeys) as MachineConfigKey[];
  for (const key of Object.keys(settings)) {
    if ((keys as string[]).includes(key)) continue;
    const guess = closestKey(key, keys);
    warn(
      `"${key}" is not a CE Player setting${guess ? ` (did you mean "${guess}"?)` : ''}, so it was ignored. ` +
        `The settings are ${keys.map((k) => `"${k}"`).join(', ')}.`,
    );
  }
  const schemas = machineConfigSchemas(platform);
  const read: Record<string, unknown> = {};
  for (const key of keys) {
    if (!Object.hasOwn(settings, key)) continue;
    const parsed = schemas[key].safeParse(settings[key]);
    if (parsed.success) read[key] = parsed.data;
    else
      warn(
        `${settingIssueText(firstIssue(parsed.error), key)} It was ignored and ${machineConfigKeys[key]} applies.`,
      );
  }
  const config = { ...defaultManagedConfig, ...read } as MachineConfig;
  const trusted = readTrustedInstallations(config.trustedInstallations, warn);
  // Kept even when missing (a drive may be mounted later), but said, since the library would just show nothing.
  if (config.preloadCoursesDir !== undefined && !isFolder(config.preloadCoursesDir)) {
    warn(
      `"preloadCoursesDir" is "${config.preloadCoursesDir}", which is not an existing folder, so no preloaded ` +
        'courses are shown. Create the folder or correct the path.',
    );
  }
  return { ...config, trustedInstallations: trusted };
}

/**
 * What a file that others could have written may still do: only make the rules stricter. Its PIN rules count;
 * import stays off; its folders, trusted installations and LRS, which grant something, are ignored.
 */
function stricterOnly(config: MachineConfig): MachineConfig {
  return {
    ...defaultManagedConfig,
    requirePin: config.requirePin,
    pinSignOutMinutes: Math.min(config.pinSignOutMinutes, defaultManagedConfig.pinSignOutMinutes),
  };
}

function readConfigBytes(file: string, warn: (message: string) => void): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= maxMachineConfigBytes) return bytes;
    warn(`the file is ${bytes.length} bytes, larger than a settings file can be. CE Player ignored it.`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    warn(`the file could not be read (${code ?? String(error)}). CE Player uses its default settings.`);
  }
  return undefined;
}

function parseJson(text: string, warn: (message: string) => void): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const where = locateJsonSyntaxError(text);
    const detail = where
      ? `line ${where.line}, column ${where.column}: ${where.problem}`
      : (error as Error).message;
    warn(
      `the file is not valid JSON (${detail}). CE Player ignored the whole file and uses its default settings.`,
    );
    return undefined;
  }
}

/** Where to look, and how to judge the machine-wide file; tests point these at their own folders. */
export interface MachineConfigLocations {
  /** The machine-wide file; default `machineConfigPath`. */
  readonly machineFile?: string;
  /** Whether a machine-wide file is IT's; default the OS's check (configFileTrust.ts). */
  readonly trust?: TrustCheck;
  /** Who besides IT and the app's users can read a file that holds the LRS secret; default the OS's check. */
  readonly secretReaders?: ReaderCheck;
}

// Anything there, even a file this account may not read, is a settings file: only "nothing there" lets the
// environment choose.
function isPresent(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

function chooseFile(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  machineFile: string,
  warn: (file: string, message: string) => void,
): { file: string; source: MachineConfigSource } {
  const named = env[machineConfigEnvVar] ? path.resolve(env[machineConfigEnvVar]) : undefined;
  if (isPresent(machineFile)) {
    if (named !== undefined && named !== machineFile) {
      warn(
        machineFile,
        `${machineConfigEnvVar} names ${named}, but this machine has its own settings file, which wins: ` +
          `${named} was not read.`,
      );
    }
    return { file: machineFile, source: 'machine' };
  }
  if (named === undefined) return { file: machineFile, source: 'none' };
  if (!isPresent(named)) {
    warn(named, `${machineConfigEnvVar} names this file, but it does not exist. Default settings apply.`);
    return { file: machineFile, source: 'none' };
  }
  return { file: named, source: 'environment' };
}

/**
 * Reads the settings in force. The machine-wide file wins: `CE_PLAYER_CONFIG` may name a file only on a machine
 * that has none (to try a file before deploying it). A machine-wide file that others could change only makes the
 * rules stricter. Never throws and never stops the app: a missing file gives the defaults, invalid JSON ignores the
 * file, and a wrong key falls back alone. Each problem is one warning naming the file, the key, and for JSON
 * syntax the line and column.
 */
export function loadMachineConfig(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  isFolder: FolderCheck = isExistingFolder,
  locations: MachineConfigLocations = {},
): LoadedMachineConfig {
  const warnings: string[] = [];
  const warnAbout = (file: string, message: string) =>
    warnings.push(`CE Player settings file ${file}: ${message}`);
  const chosen = chooseFile(
    platform,
    env,
    locations.machineFile ?? machineConfigPath(platform, env),
    warnAbout,
  );
  if (chosen.source === 'none') return { config: defaultMachineConfig, warnings, ...chosen };
  const warn = (message: string) => warnAbout(chosen.file, message);

  const bytes = readConfigBytes(chosen.file, warn);
  const json = bytes && parseJson(decodeText(bytes), warn);
  const config = json ? readSettings(json.value, platform, isFolder, warn) : defaultManagedConfig;
  if (chosen.source === 'machine') {
    const trust = (locations.trust ?? platformTrust(platform))(chosen.file);
    if (!trust.trusted) {
      warn(
        `IT must be the only one able to change this file and its folder, but ${trust.reason}. Only its stricter ` +
          'rules apply (requirePin, a shorter pinSignOutMinutes); course import stays off and its folders, ' +
          'trusted installations and LRS are ignored.',
      );
      return { config: stricterOnly(config), warnings, ...chosen };
    }
  }
  const readers = config.lrs?.enabled && (locations.secretReaders ?? platformReaders(platform))(chosen.file);
  if (config.lrs && readers) {
    warn(
      `it holds the LRS secret ("lrs.secret"), but ${readers}. Nothing is sent to the LRS until only IT and ` +
        'the accounts that run CE Player can read the file (docs/install.md says how); learning records are ' +
        'queued meanwhile and sent once it is fixed.',
    );
    return { config: { ...config, lrs: { ...config.lrs, enabled: false } }, warnings, ...chosen };
  }
  return { config, warnings, ...chosen };
}

/** The machine's policy as the core takes it (CoreOptions), the same for both shells and the tools. */
export function policyOptions(config: MachineConfig) {
  return {
    allowCourseImport: config.allowCourseImport,
    requirePin: config.requirePin,
    pinSignOutMinutes: config.pinSignOutMinutes,
    trustedInstallations: config.trustedInstallations,
    lrs: config.lrs,
  };
}

/** One line for the log and the console that says which settings file is in force. */
export function describeSettingsSource(loaded: LoadedMachineConfig): string {
  if (loaded.source === 'machine') return `Settings: ${loaded.file} (this machine's settings file).`;
  if (loaded.source === 'environment') {
    return `Settings: ${loaded.file}, named by ${machineConfigEnvVar} (this machine has no settings file).`;
  }
  return `Settings: none; CE Player's defaults apply (no file at ${loaded.file}).`;
}
