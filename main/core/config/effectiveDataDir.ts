import path from 'node:path';
import { readOption, resolveDataDir } from '../app/dataDirectory';
import type { MachineConfig } from './machineConfig';

/**
 * The data directory in force on this machine: `--data-dir`, else `CE_PLAYER_DATA_DIR`, else the machine
 * settings file's `dataDir`, else the per-user default. The first two are what `resolveDataDir` already honours,
 * so the settings file only steps in when neither is given.
 */
export function resolveEffectiveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  config: Pick<MachineConfig, 'dataDir'>,
): string {
  const overridden = readOption(argv, '--data-dir') !== undefined || env.CE_PLAYER_DATA_DIR !== undefined;
  if (!overridden && config.dataDir !== undefined) return path.resolve(config.dataDir);
  return resolveDataDir(argv, env);
}
