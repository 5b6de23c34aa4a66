import { afterEach, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

/* course.yml `signatory` (optional): the provider's representative printed on certificates. */

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function withSignatory(yaml: string) {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const course = copyFixture('valid-minimal', dir);
  editFile(course, 'course.yml', 'credit:', `${yaml}\ncredit:`);
  return loadCoursePackage(course);
}

describe('the signatory key of course.yml', () => {
  test('is optional: a course without it names no signatory', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    expect(loadCoursePackage(copyFixture('valid-minimal', dir)).course?.signatory).toBeNull();
  });

  test('reads a name and a role', () => {
    const { course, problems } = withSignatory(
      'signatory:\n  name: "[Placeholder] Director of Continuing Education"\n  role: Example CE Provider',
    );
    expect(problems).toEqual([]);
    expect(course?.signatory).toEqual({
      name: '[Placeholder] Director of Continuing Education',
      role: 'Example CE Provider',
    });
  });

  test('refuses a signatory without a role, an unknown key, a text value, or a name on two lines', () => {
    const cases: [string, RegExp][] = [
      ['signatory:\n  name: Dana Reyes', /missing the required key "role"/],
      ['signatory:\n  name: Dana Reyes\n  role: Director\n  title: Dr', /Unknown key "title"/],
      ['signatory: Dana Reyes, Director', /a set of "key: value" lines/],
      ['signatory:\n  name: "Dana\\nReyes"\n  role: Director', /"name" in signatory must be one line/],
      [
        `signatory:\n  name: Dana Reyes\n  role: ${'x'.repeat(101)}`,
        /"role" in signatory must be one line of at most 100/,
      ],
    ];
    for (const [yaml, message] of cases) {
      const { course, problems } = withSignatory(yaml);
      expect(course, yaml).toBeNull();
      expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'), yaml).toMatch(message);
      expect(problems[0]?.file).toBe('course.yml');
    }
  });
});
