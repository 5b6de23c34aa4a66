import { describe, expect, it } from 'vitest';
import type { AppLog } from '../../../main/core/app/appLog';
import type { ChannelHandlers } from '../../../main/core/app/channelHandlers';
import { dispatchChannel } from '../../../main/core/app/dispatchChannel';
import { createSession } from '../../../main/core/app/session';
import { CoreError } from '../../../main/core/coreError';

function recordingLog() {
  const errors: string[] = [];
  const log: AppLog = {
    error: (message, cause) => errors.push(`${message} ${cause instanceof Error ? (cause.stack ?? '') : ''}`),
    info: () => undefined,
  };
  return { log, errors };
}

const outline = {
  id: 'demo',
  version: '1.0.0',
  title: 'Demo',
  subtitle: null,
  modules: [{ id: 'm1', title: 'One', minutes: 10, questionCount: 2 }],
};

// Only the channels a test calls need handlers; the dispatcher looks up just the one it is asked for.
function handlers(overrides: Partial<ChannelHandlers> = {}): ChannelHandlers {
  return {
    'app.info': () => ({ name: 'CE Player', version: '1.2.3', shell: 'browser', notices: [] }),
    'courses.list': () => [],
    'courses.outline': () => outline,
    ...overrides,
  } as ChannelHandlers;
}

describe('dispatchChannel', () => {
  it('returns the handler output for a valid call', async () => {
    const { log } = recordingLog();
    const result = await dispatchChannel(handlers(), 'app.info', {}, createSession(), log);
    expect(result).toEqual({
      ok: true,
      value: { name: 'CE Player', version: '1.2.3', shell: 'browser', notices: [] },
    });
  });

  it('refuses an unknown channel, including prototype names', async () => {
    const { log } = recordingLog();
    for (const name of ['no.such', '__proto__', 'constructor', 'toString']) {
      const result = await dispatchChannel(handlers(), name, {}, createSession(), log);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('never lets invalid input reach the handler', async () => {
    const { log } = recordingLog();
    let calls = 0;
    const spyHandlers = handlers({
      'courses.outline': () => {
        calls += 1;
        return outline;
      },
    });
    const bad = [
      { courseId: 'Not An Id' },
      { courseId: 7 },
      { courseId: 'demo', extra: true },
      [],
      'demo',
      null,
    ];
    for (const input of bad) {
      const result = await dispatchChannel(spyHandlers, 'courses.outline', input, createSession(), log);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(calls).toBe(0);
    const named = await dispatchChannel(
      spyHandlers,
      'courses.outline',
      { courseId: 7 },
      createSession(),
      log,
    );
    expect(named.ok ? '' : named.error.message).toContain('courseId');
  });

  it('passes a CoreError through as its typed error without logging it', async () => {
    const { log, errors } = recordingLog();
    const failing = handlers({
      'courses.outline': () => {
        throw new CoreError('not_found', 'There is no course "x" in the library.');
      },
    });
    const result = await dispatchChannel(failing, 'courses.outline', { courseId: 'x' }, createSession(), log);
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no course "x" in the library.' },
    });
    expect(errors).toHaveLength(0);
  });

  it('turns an unexpected failure into an internal error, logs its stack and keeps working', async () => {
    const { log, errors } = recordingLog();
    const failing = handlers({
      'courses.list': () => {
        throw new TypeError('boom in the library');
      },
    });
    const result = await dispatchChannel(failing, 'courses.list', {}, createSession(), log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(result.ok ? '' : result.error.message).not.toContain('boom');
    expect(errors.join('\n')).toContain('TypeError: boom in the library');
    expect(errors.join('\n')).toContain('dispatchChannel.test.ts');
    const after = await dispatchChannel(failing, 'app.info', {}, createSession(), log);
    expect(after.ok).toBe(true);
  });

  it('refuses output that breaks the contract', async () => {
    const { log, errors } = recordingLog();
    const broken = handlers({ 'app.info': () => ({ name: 'CE Player', version: 3 }) as never });
    const result = await dispatchChannel(broken, 'app.info', {}, createSession(), log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(errors[0]).toContain('breaks the contract');
  });

  it('strips fields the contract does not name, so nothing extra leaves the core', async () => {
    const { log } = recordingLog();
    const leaky = handlers({
      'courses.outline': () =>
        ({
          ...outline,
          answerKey: { q1: 'b' },
          modules: [{ ...outline.modules[0], answer: 'b', explanation: 'secret' }],
        }) as never,
    });
    const result = await dispatchChannel(
      leaky,
      'courses.outline',
      { courseId: 'demo' },
      createSession(),
      log,
    );
    expect(JSON.stringify(result)).not.toMatch(/answerKey|"answer"|explanation|secret/);
  });
});
