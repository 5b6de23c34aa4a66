import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { CourseLibrary } from '../../main/core/library/courseLibrary';
import { renderModuleHtml } from '../../main/core/course/render/courseHtml';
import { runBench } from './benchHarness';

/*
 * Course library figure: finding, loading, validating and rendering the bundled course, against a bare floor that
 * reads the same files and renders the same markdown with an unconfigured markdown-it.
 */
const coursesDir = path.resolve(__dirname, '..', '..', 'courses');
const packageDir = path.join(coursesDir, 'ketamine-therapy');
const targets = {
  moduleHref: (id: string) => `#/m/${id}`,
  referencesHref: (a?: string) => `#/refs/${a ?? ''}`,
};

function packageFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|yml)$/.test(name))
    .map((name) => path.join(dir, name));
}

function floor(): void {
  const markdown = new MarkdownIt();
  for (const file of packageFiles(packageDir)) {
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.md')) markdown.render(text);
  }
}

function subject(): void {
  const library = new CourseLibrary([{ dir: coursesDir, source: 'bundled' }]);
  const course = library.get('ketamine-therapy');
  for (const module of course.modules) renderModuleHtml(course, module.id, targets);
}

runBench([
  {
    name: 'library load: bundled course found, loaded, validated, rendered',
    subject,
    floorName: 'read the same files + bare markdown-it render',
    floor,
    maxRatio: 1.5,
    runs: 9,
  },
]);
