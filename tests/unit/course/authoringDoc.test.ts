import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCourseCheck } from '../../../main/cli/courseCheck';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';

const doc = fs.readFileSync('docs/course-authoring.md', 'utf8');
const exampleDir = 'tests/fixtures/courses/valid-minimal';

/** The example files of the doc: a "#### `path`" heading followed by a fenced block. */
function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const match of doc.matchAll(/^#### `([^`]+)`\n\n(`{3,})[a-z]*\n([\s\S]*?)^\2$/gm)) {
    files.set(match[1] ?? '', match[3] ?? '');
  }
  return files;
}

describe('docs/course-authoring.md', () => {
  test('shows every text file of the valid-minimal example, exactly as committed', () => {
    const files = exampleFiles();
    expect([...files.keys()].sort()).toEqual([
      'course.yml',
      'evaluation.yml',
      'modules/01-moments.md',
      'modules/02-technique.md',
      'post-test.yml',
      'references.md',
    ]);
    for (const [file, text] of files) {
      expect(text, file).toBe(fs.readFileSync(path.join(exampleDir, file), 'utf8'));
    }
  });

  test('the example loads without problems', () => {
    expect(loadCoursePackage(exampleDir).problems).toEqual([]);
  });

  test('shows the summary the checker prints for the example', () => {
    const lines: string[] = [];
    expect(runCourseCheck([exampleDir], (line) => lines.push(line))).toBe(0);
    expect(doc).toContain(`$ npm run course:check -- ${exampleDir}\n${lines.join('\n')}\n\`\`\``);
  });
});
