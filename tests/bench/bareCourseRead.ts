import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

/**
 * The floor for course loading: read every text file of a package and render its markdown with an unconfigured
 * markdown-it. No YAML, no validation, no rules: the irreducible part of playing a course.
 */
export function readAndRenderBare(packageDir: string): void {
  const markdown = new MarkdownIt();
  const files = fs
    .readdirSync(packageDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|yml)$/.test(name));
  for (const name of files) {
    const text = fs.readFileSync(path.join(packageDir, name), 'utf8');
    if (name.endsWith('.md')) markdown.render(text);
  }
}
