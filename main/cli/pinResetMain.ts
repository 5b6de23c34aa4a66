import { loadMachineConfig } from '../core/config/machineConfig';
import { runPinReset } from './pinReset';

runPinReset(process.argv.slice(2), (line) => console.log(line), {
  machine: loadMachineConfig(process.platform, process.env),
  env: process.env,
  now: Date.now(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The PIN could not be reset: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
