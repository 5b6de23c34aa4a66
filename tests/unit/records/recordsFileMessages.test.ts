import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/core/app/session';
import { completeCourse, coreWorld, type CoreWorld } from '../support/coreWorld';

/*
 * A records file that CE Player could not have written is refused before anything is imported, with a message that
 * names the first bad field by its place in the file and says what is wrong with it.
 */

type Json = Record<string, unknown>;

async function exported(): Promise<{ world: CoreWorld; ana: Session; file: Json }> {
  const world = await coreWorld();
  const ana = await world.signUp('Ana', { certificateName: 'Ana Ortiz' });
  await completeCourse(world, ana);
  const { content } = await world.ok('records.export', { format: 'learner-records' }, ana);
  return { world, ana, file: JSON.parse(content) as Json };
}

/** Walks a JSON path such as ['attemptRecords', 'attempts', 0] down from the file. */
function at(file: Json, ...path: (string | number)[]): Json {
  return path.reduce<unknown>((value, key) => (value as Json)[key], file) as Json;
}

describe('records file messages', () => {
  it('name the bad field by its place in the file, and what is wrong with it', async () => {
    const { world, ana, file } = await exported();
    const attempt = (copy: Json) => at(copy, 'attemptRecords', 'attempts', 0);
    const firstResponse = Object.keys(at(file, 'attemptRecords', 'evaluations', 0, 'responses'))[0] ?? '';
    const firstQuestion = String(at(file, 'attemptRecords', 'attempts', 0, 'answers', 0).questionId);
    const cases: [string, (copy: Json) => unknown, string][] = [
      [
        'an unknown format',
        (copy) => (copy.format = 'zip'),
        '"format" does not name a file CE Player exports.',
      ],
      [
        'a future layout',
        (copy) => (copy.formatVersion = 3),
        '"formatVersion" says format 3, which this version cannot read.',
      ],
      [
        'a heartbeat crediting an hour',
        (copy) => (at(copy, 'learnerRecords', 'heartbeats', 0).creditedMs = 3_600_000),
        '"learnerRecords.heartbeats[0].creditedMs" is more than the 30 seconds one heartbeat can credit.',
      ],
      [
        'notes that are not a list',
        (copy) => (at(copy, 'learnerRecords').notes = {}),
        '"learnerRecords.notes" is not a list.',
      ],
      [
        'a course id with a line break',
        (copy) => (at(copy, 'learnerRecords', 'moduleProgress', 0).courseId = 'a\nb'),
        '"learnerRecords.moduleProgress[0].courseId" must be 1 to 200 characters of text without line breaks.',
      ],
      [
        'an attempt of no known kind',
        (copy) => (attempt(copy).kind = 'final'),
        '"attemptRecords.attempts[0].kind" must be "module" or "post-test".',
      ],
      [
        'a failed attempt marked passed',
        (copy) => (attempt(copy).passed = !attempt(copy).passed),
        '"attemptRecords.attempts[0].passed" does not match the score and pass mark.',
      ],
      [
        'an answer that is not one of the options',
        (copy) => (at(attempt(copy), 'answers', 0).answer = ['not-an-option']),
        `"attemptRecords.attempts[0].answers[0].answer" does not fit the options of question "${firstQuestion}".`,
      ],
      [
        'an evaluation rating of 9',
        (copy) => (at(copy, 'attemptRecords', 'evaluations', 0, 'responses')[firstResponse] = 9),
        `"attemptRecords.evaluations[0].responses.${firstResponse}" must be a rating from 1 to 5 or text.`,
      ],
      [
        'a claim of 0.3 hours',
        (copy) => (at(copy, 'attemptRecords', 'attestations', 0).claimedHours = 0.3),
        '"attemptRecords.attestations[0].claimedHours" must be above 0 in steps of 0.25.',
      ],
    ];
    for (const [name, edit, problem] of cases) {
      const copy = structuredClone(file);
      edit(copy);
      const error = await world.fail('records.import', { content: JSON.stringify(copy) }, ana);
      expect(error, name).toEqual({
        code: 'invalid_input',
        message: `This is not a usable CE Player records file: ${problem}`,
      });
    }
    expect(await world.fail('records.import', { content: '[]' }, ana)).toEqual({
      code: 'invalid_input',
      message: 'This is not a usable CE Player records file: the file is not an object.',
    });
    const history = await world.ok('records.history', {}, ana);
    expect(history.unverifiedImports).toEqual([]);
  });

  it('refuse any edited leaf with a message or import the file, and never fail inside', async () => {
    const { world, ana, file } = await exported();
    const leaves: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value !== 'object' || value === null) return leaves.push(path);
      for (const [key, child] of Object.entries(value))
        walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(file, []);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leaves), fc.jsonValue({ maxDepth: 2 }), async (path, value) => {
        const copy = structuredClone(file);
        const last = path.at(-1) ?? '';
        at(copy, ...path.slice(0, -1))[last] = value;
        const result = await world.call('records.import', { content: JSON.stringify(copy) }, ana);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(
            /^This is not a usable CE Player records file: (the file|".+") /,
          );
        }
      }),
      { numRuns: 150 },
    );
    expect(world.errors).toEqual([]);
  });
});
