import { CoreError } from '../core/coreError';
import { resolveEffectiveDataDir } from '../core/config/effectiveDataDir';
import type { LoadedMachineConfig } from '../core/config/machineConfig';
import { dataDirLayout, fileSize } from '../core/db/databaseFiles';
import { openLearnerDatabase } from '../core/db/openLearnerDatabase';
import { resetPinByIt } from '../core/learners/itPinReset';

const USAGE =
  'Usage: npm run pin:reset -- "<profile name>" [--temporary-pin <4 to 12 digits>] [--data-dir <folder>]';

/** The options that take a value; anything else starting with -- is a mistake. */
const VALUE_OPTIONS = ['--temporary-pin', '--data-dir'];

/** Where the reset runs: the machine's settings and environment (for the data folder) and the clock. */
export interface PinResetContext {
  machine: LoadedMachineConfig;
  env: NodeJS.ProcessEnv;
  now: number;
}

interface ParsedArgs {
  profileName: string;
  temporaryPin: string | undefined;
}

function parseArgs(args: readonly string[]): ParsedArgs | string {
  const names: string[] = [];
  let temporaryPin: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const option = VALUE_OPTIONS.find((name) => arg === name || arg.startsWith(`${name}=`));
    if (option !== undefined) {
      const value = arg === option ? args[++i] : arg.slice(option.length + 1);
      if (value === undefined) return `${option} needs a value.`;
      if (option === '--temporary-pin') temporaryPin = value;
    } else if (arg.startsWith('--') && arg !== '--') {
      return `Unknown option ${arg}.`;
    } else if (arg !== '--') {
      names.push(arg);
    }
  }
  const [profileName] = names;
  if (names.length !== 1 || profileName === undefined || profileName.trim() === '') {
    return 'Name exactly one profile, in quotes if the name has spaces.';
  }
  return { profileName, temporaryPin };
}

function usage(out: (line: string) => void, problem: string): number {
  out(problem);
  out(USAGE);
  return 2;
}

/**
 * Clinic IT's reset of a learner's forgotten PIN, in the data folder the app would use on this machine
 * (`--data-dir`, CE_PLAYER_DATA_DIR, the settings file's dataDir, or the default). Removes the PIN, or sets a
 * temporary one with `--temporary-pin`, which machines whose settings require a PIN must give. Returns the exit
 * code: 0 done, 1 refused (no such profile, or a PIN that cannot be used), 2 a usage error or no records to open.
 */
export async function runPinReset(
  args: readonly string[],
  out: (line: string) => void,
  context: PinResetContext,
): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usage(out, parsed);
  for (const warning of context.machine.warnings) out(`Warning: ${warning}`);
  if (context.machine.config.requirePin && parsed.temporaryPin === undefined) {
    out(
      `This computer's settings (${context.machine.file}) require a PIN on every profile. Give a temporary PIN ` +
        'with --temporary-pin, and hand it to the learner to sign in and choose their own.',
    );
    return 1;
  }
  const dataDir = resolveEffectiveDataDir(args, context.env, context.machine.config);
  if (fileSize(dataDirLayout(dataDir).databasePath) === undefined) {
    out(`There are no CE Player records in ${dataDir}. Name the learner's data folder with --data-dir.`);
    return 2;
  }
  let opened: Awaited<ReturnType<typeof openLearnerDatabase>>;
  try {
    opened = await openLearnerDatabase(dataDir, { now: context.now, startupBackup: false });
  } catch (error) {
    out(error instanceof CoreError ? error.message : `The records in ${dataDir} could not be opened.`);
    return 2;
  }
  try {
    const profile = resetPinByIt(opened.db, parsed, context.now);
    out(
      profile.hasPin
        ? `"${profile.displayName}" now has the temporary PIN you gave (data folder: ${dataDir}). Ask them to ` +
            'sign in with it and choose their own PIN in Settings.'
        : `The PIN of "${profile.displayName}" was removed (data folder: ${dataDir}). They can sign in without ` +
            'a PIN and set a new one in Settings.',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
    out(error.message);
    return 1;
  } finally {
    opened.db.close();
  }
}
