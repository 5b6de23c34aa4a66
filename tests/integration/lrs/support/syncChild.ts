/*
 * Child process for lrsCrash.test.ts, bundled with esbuild and run with plain node: a workstation on its own. With
 * "generate" it first records a few learners' learning events through the real core; then it starts record sync
 * and stays up until killed. It prints one line per step:
 *   generated <n>   the events of n learners are recorded (and their statements queued)
 *   syncing         the worker is started
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../../../main/core/app/createCore';
import { dispatchChannel } from '../../../../main/core/app/dispatchChannel';
import { createSession, type Session } from '../../../../main/core/app/session';
import type { AppLog } from '../../../../main/core/app/appLog';
import type { ChannelName } from '../../../../main/contract/channels';

const [dataDir, bundledCoursesDir, endpoint, generate] = process.argv.slice(2);
const learners = 3;
const courseId = 'hand-hygiene';
const modules = ['moments', 'technique'];

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

const log: AppLog = {
  info: () => undefined,
  error: (message, cause) => writeSync(2, `${message} ${cause instanceof Error ? cause.message : ''}\n`),
};

async function main(): Promise<void> {
  if (!dataDir || !bundledCoursesDir || !endpoint)
    throw new Error('usage: syncChild <dataDir> <courses> <endpoint>');
  const core = await createCore({
    dataDir,
    bundledCoursesDir,
    shell: 'browser',
    appVersion: '0.0.0-test',
    log,
    lrs: {
      endpoint,
      key: 'crash-test',
      secret: 'crash-test-secret',
      enabled: true,
      batchSize: 3,
      intervalSeconds: 5,
      timeoutSeconds: 10,
    },
  });
  const call = async (channel: ChannelName, input: unknown, session: Session) => {
    const result = await dispatchChannel(core.handlers, channel, input, session, log);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  if (generate === 'generate') {
    for (let i = 0; i < learners; i += 1) {
      const session = createSession();
      await call('profiles.create', { displayName: `Learner ${i}` }, session);
      for (const moduleId of modules) {
        await call('progress.markOpened', { courseId, moduleId }, session);
        await call('progress.markRead', { courseId, moduleId }, session);
        const attempt = await call('attempts.start', { kind: 'module', courseId, moduleId }, session);
        await call('attempts.submit', { attemptId: attempt.attemptId }, session);
      }
    }
    say(`generated ${learners}`);
  }
  core.startRecordSync();
  say('syncing');
  setInterval(() => undefined, 60_000); // stays up until killed, as an app does
}

main().catch((error: unknown) => {
  writeSync(2, `sync child failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
