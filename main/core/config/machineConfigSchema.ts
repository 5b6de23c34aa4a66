import path from 'node:path';
import { z } from 'zod';
import { rawPublicKeyFromDidKey, rawPublicKeyFromMultibase } from '../certificates/ed25519Multikey';
import { describeValue } from '../issueText';
import type { TrustedInstallation } from '../records/trustedInstallations';
import { lrsSettingsSchema, type LrsSettings } from './lrsConfigSchema';

/*
 * The machine settings file as zod schemas: one per key, so a key that is wrong falls back alone and the warning
 * names it (and, inside a list, the entry and field). Each limit is written once, here.
 */

/** A settings file larger than this is refused: the real one is a few lines. */
export const maxMachineConfigBytes = 64 * 1024;
/** The most minutes IT may let a PIN-protected profile stay signed in unused (a day). */
export const maxPinSignOutMinutes = 24 * 60;
/** Installations IT may list as trusted, and how long a name may be. */
export const maxTrustedInstallations = 200;
export const maxInstallationNameLength = 120;

/** The settings in force: each key from the file when it was right, its default otherwise. */
export interface MachineConfig {
  /** Where learner data lives, unless `--data-dir` or `CE_PLAYER_DATA_DIR` says otherwise. Absolute. */
  readonly dataDir?: string;
  /** A folder of course packages shown to every learner, next to the bundled courses. Absolute. */
  readonly preloadCoursesDir?: string;
  /** Whether learners may import course packages (default: true without a settings file, false with one). */
  readonly allowCourseImport: boolean;
  /** Whether a new learner profile must set a PIN (default false). */
  readonly requirePin: boolean;
  /** Minutes unused after which a PIN-protected profile is signed out (default 30). */
  readonly pinSignOutMinutes: number;
  /** Other installations whose signed records count here (default none). */
  readonly trustedInstallations: readonly TrustedInstallation[];
  /** The provider's Learning Record Store that learning records are sent to (default none: nothing is sent). */
  readonly lrs?: LrsSettings;
}

/** The settings of a machine with no settings file. */
export const defaultMachineConfig: MachineConfig = Object.freeze({
  allowCourseImport: true,
  requirePin: false,
  pinSignOutMinutes: 30,
  trustedInstallations: Object.freeze([]),
});

/** The settings a settings file starts from: import is something IT turns on, not off. */
export const defaultManagedConfig: MachineConfig = Object.freeze({
  ...defaultMachineConfig,
  allowCourseImport: false,
});

/** Every key the file may hold, with what applies when that key is wrong. */
export const machineConfigKeys = {
  dataDir: 'the default data folder',
  preloadCoursesDir: 'no preloaded courses folder',
  allowCourseImport: 'its default',
  requirePin: 'the default (false)',
  pinSignOutMinutes: 'the default (30 minutes)',
  trustedInstallations: 'no other installation is trusted',
  lrs: 'no LRS (nothing is sent)',
} as const satisfies Record<keyof MachineConfig, string>;

export type MachineConfigKey = keyof typeof machineConfigKeys;

function isAbsoluteFor(platform: NodeJS.Platform, value: string): boolean {
  // On Windows a path needs its drive (C:\...) or a UNC share (\\server\...); "\data" depends on the current drive.
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]/.test(value);
  return path.posix.isAbsolute(value);
}

function folderSchema(platform: NodeJS.Platform) {
  const example = platform === 'win32' ? 'D:\\\\CE Player' : '/srv/ce-player';
  return z
    .string({
      error: (issue) => `must be a folder path in double quotes, but it is ${describeValue(issue.input)}.`,
    })
    .refine((value) => value.trim() !== '', {
      error: (issue) => `must be a folder path in double quotes, but it is ${describeValue(issue.input)}.`,
    })
    .refine((value) => ![...value].some((c) => c.charCodeAt(0) < 0x20), {
      error:
        'contains a line break or tab. In JSON each backslash of a Windows path must be written twice ' +
        '(C:\\\\CE Player, not C:\\CE Player).',
      abort: true,
    })
    .refine((value) => isAbsoluteFor(platform, value), {
      error: (issue) =>
        `must be a full (absolute) path such as "${example}", but "${String(issue.input)}" is relative.`,
    })
    .transform((value) => (platform === 'win32' ? path.win32.normalize(value) : path.posix.normalize(value)));
}

const booleanSchema = z.boolean({
  error: (issue) => `must be true or false, without quotes, but it is ${describeValue(issue.input)}.`,
});

const minutesSchema = z
  .number({ error: (issue) => `must be a number of minutes, but it is ${describeValue(issue.input)}.` })
  .int({ error: 'must be a whole number of minutes.' })
  .min(1, { error: 'must be at least 1 minute.' })
  .max(maxPinSignOutMinutes, { error: `can be at most ${maxPinSignOutMinutes} minutes (a day).` });

function isEd25519Key(key: string): boolean {
  try {
    if (key.startsWith('did:key:')) rawPublicKeyFromDidKey(key);
    else rawPublicKeyFromMultibase(key);
    return true;
  } catch {
    return false;
  }
}

/** The schema of one trusted installation, checked entry by entry so that one bad entry drops alone. */
export const trustedInstallationSchema = z.object(
  {
    name: z
      .string({ error: 'must be the installation\'s name in double quotes, such as "Clinic B front desk".' })
      .trim()
      .min(1, { error: 'must not be empty.' })
      .max(maxInstallationNameLength, { error: `can be at most ${maxInstallationNameLength} characters.` }),
    key: z
      .string({ error: "must be the public key from the installation's records export, in double quotes." })
      .trim()
      .refine(isEd25519Key, {
        error:
          "is not an Ed25519 public key. Copy it exactly as the installation's records export shows it " +
          '(it starts with "did:key:z6Mk" or "z6Mk").',
      })
      // Records name their signer as a did:key, so a bare Multikey is written the same way once checked.
      .transform((key) => (key.startsWith('did:key:') ? key : `did:key:${key}`)),
  },
  { error: 'must be an entry such as { "name": "Clinic B", "key": "did:key:z6Mk…" }.' },
);

/** The schema of each key for the file's platform (paths follow that OS's rules). */
export function machineConfigSchemas(platform: NodeJS.Platform) {
  return {
    dataDir: folderSchema(platform),
    preloadCoursesDir: folderSchema(platform),
    allowCourseImport: booleanSchema,
    requirePin: booleanSchema,
    pinSignOutMinutes: minutesSchema,
    trustedInstallations: z
      .array(z.unknown(), {
        error: (issue) => `must be a list [ … ] of installations, but it is ${describeValue(issue.input)}.`,
      })
      .max(maxTrustedInstallations, { error: `can list at most ${maxTrustedInstallations} installations.` }),
    lrs: lrsSettingsSchema,
  } satisfies Record<MachineConfigKey, z.ZodType>;
}
