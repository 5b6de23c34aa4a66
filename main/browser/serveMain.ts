import path from 'node:path';
import { createCore } from '../core/app/createCore';
import { readOption } from '../core/app/dataDirectory';
import { describeSettingsSource, loadMachineConfig } from '../core/config/machineConfig';
import { shellCoreOptions } from '../core/config/shellCoreOptions';
import { embeddedBundledCourseDigests } from '../core/library/embeddedCourseDigests';
import { startBrowserServer } from './browserServer';

/*
 * `npm run serve`: the browser shell. This file is bundled to dist/main/serve.cjs, so the app root is two folders up.
 */
const appRoot = path.resolve(__dirname, '..', '..');
const argv = process.argv.slice(2);

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (0 picks a free port); got "${text}".`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  // Clinic IT's machine-wide settings file; its problems are reported and never stop the app.
  const machine = loadMachineConfig(process.platform, process.env);
  for (const warning of machine.warnings) console.warn(`Warning: ${warning}`);
  const options = shellCoreOptions({
    shell: 'browser',
    appVersion: process.env.npm_package_version ?? '0.0.0',
    argv,
    env: process.env,
    machine: machine.config,
    bundledCoursesDir: path.join(appRoot, 'courses'),
    fontDir: path.join(appRoot, 'build', 'fonts'),
    bundledCourseDigests: embeddedBundledCourseDigests(),
    courseImportWorker: path.join(__dirname, 'course-import-worker.cjs'),
  });
  const { dataDir } = options;
  const core = await createCore(options);
  core.log.info(describeSettingsSource(machine));
  core.startRecordSync();
  const server = await startBrowserServer({
    core,
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    port: parsePort(readOption(argv, '--port')),
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  // Ready to stop cleanly before saying it runs: a Ctrl-C right after the line must not kill it mid-write.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`CE Player is running at ${server.url}  (data: ${dataDir}; press Ctrl-C to stop)`);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const inUse = typeof err === 'object' && err !== null && 'code' in err && err.code === 'EADDRINUSE';
  console.error(
    inUse
      ? 'CE Player could not start: that port is already in use. Choose another with --port, or omit it.'
      : `CE Player could not start: ${message}`,
  );
  process.exit(1);
});
