import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCourseCheck } from '../../../main/cli/courseCheck';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { ITEM_RULES } from '../../../main/core/course/itemRules/itemRuler';

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

  test('has a paragraph for every item-writing rule, with a bad and a good example', () => {
    for (const { id } of ITEM_RULES) {
      const section = new RegExp(`^### \`${id}\`\n\n([\\s\\S]*?)(?=^### |^## )`, 'm').exec(doc)?.[1] ?? '';
      expect({ id, explained: section.length > 100 }).toEqual({ id, explained: true });
      expect(section, id).toMatch(/^Bad: [\s\S]+ Good: /m);
    }
  });

  test('documents every key of the disclosure round with an example, and the format version policy', () => {
    for (const key of [
      'people:',
      'relationships:',
      'mitigation:',
      'commercial_support:',
      'roles:',
      'blueprint:',
    ]) {
      expect(doc).toContain(key);
    }
    for (const key of ['shuffle_options: true', 'feedback: after_pass', 'module: origins', 'section: ']) {
      expect(doc).toContain(key);
    }
    expect(doc).toContain('  - id: regulation\n    text: ');
    expect(doc).toContain('objectives: [origins-approval]');
    expect(doc).toContain('"Caption")');
    expect(doc).toMatch(
      /## The format version\n\nEvery package says `format: 1`\. The keys added .* are \*\*additive\*\*/s,
    );
  });
});
