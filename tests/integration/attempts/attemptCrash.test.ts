import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAttemptsHandlers } from '../../../main/core/attempts/attemptsChannels';
import { listLearnerProfiles } from '../../../main/core/learners/learnerProfiles';
import { CourseLibrary } from '../../../main/core/library/courseLibrary';
import { makeTempDataDir, openTestDatabase } from '../../unit/db/testDataDir';
import { copyCourse, minimalDir } from '../../unit/attempts/attemptTestSetup';
import { bundleChildWorker } from '../../unit/support/childWorker';

const kills = 12;
const projectRoot = path.resolve(__dirname, '../../..');
let workerFile = '';

beforeAll(() => {
  workerFile = bundleChildWorker(path.join(__dirname, 'attemptCrashWorker.ts'), makeTempDataDir());
});

/** Runs the worker and SIGKILLs it a random moment after it starts answering; returns its complete lines. */
function runAndKill(
  dataDir: string,
  libraryDir: string,
  run: number,
): Promise<{ lines: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workerFile, dataDir, libraryDir, String(run)], {
      env: { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.startsWith('ready '))
        timer ??= setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * 150);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const safety = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      clearTimeout(safety);
      const lines = stdout.split('\n');
      lines.pop(); // a half-written last line was never an acknowledgement
      resolve({ lines, stderr });
    });
  });
}

describe('quiz answers under kill -9', () => {
  it(`keeps every acknowledged answer of an open attempt across ${kills} SIGKILLs, resuming the same attempt`, async () => {
    const dataDir = makeTempDataDir();
    const libraryDir = path.dirname(copyCourse(minimalDir));
    const attemptIds = new Set<string>();
    const lastAck = new Map<string, { at: number; answer: string }>();
    let answersAcked = 0;
    for (let run = 1; run <= kills; run += 1) {
      const { lines, stderr } = await runAndKill(dataDir, libraryDir, run);
      expect(stderr).toBe('');
      for (const line of lines) {
        const [kind, first, at, ...rest] = line.split(' ');
        if (kind === 'ready' && first) attemptIds.add(first);
        else if (kind === 'A' && first && at) {
          lastAck.set(first, { at: Number(at), answer: rest.join(' ') });
          answersAcked += 1;
        } else throw new Error(`unexpected worker output: ${line}`);
      }
      const db = new Database(path.join(dataDir, 'ce-player.sqlite'), { readonly: true });
      const stored = new Map(
        (
          db.prepare('SELECT question_id, answer, answered_at FROM attempt_answers').all() as {
            question_id: string;
            answer: string;
            answered_at: number;
          }[]
        ).map((row) => [row.question_id, row]),
      );
      db.close();
      for (const [questionId, ack] of lastAck) {
        const row = stored.get(questionId);
        // The stored answer is the last acknowledged one, or a later write that committed before the kill.
        expect(row?.answered_at).toBeGreaterThanOrEqual(ack.at);
        if (row?.answered_at === ack.at) expect(row.answer).toBe(ack.answer);
      }
    }
    expect(attemptIds.size).toBe(1);
    expect(answersAcked).toBeGreaterThan(kills);

    // The app, opened normally afterwards, resumes the attempt with those answers.
    const { db } = await openTestDatabase(dataDir, { startupBackup: false });
    const learnerId = listLearnerProfiles(db)[0]?.id ?? null;
    const handlers = createAttemptsHandlers({
      db,
      library: new CourseLibrary([{ dir: libraryDir, source: 'bundled' }]),
      now: Date.now,
    });
    const view = await handlers['attempts.start'](
      { kind: 'module', courseId: 'hand-hygiene', moduleId: 'moments' },
      { learnerId },
    );
    expect(attemptIds.has(view.attemptId)).toBe(true);
    expect(view.questions.every((q) => q.answer !== null)).toBe(true);
  });
});
