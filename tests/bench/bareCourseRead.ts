import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import MarkdownIt from 'markdown-it';

/** Front matter between the first two `---` lines of a module, and the body after it. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/**
 * The floor for course loading: read every text file of a package, parse every YAML text in it (course.yml,
 * post-test.yml, evaluation.yml, each module's front matter and question blocks) with js-yaml, and render each
 * module with an unconfigured markdown-it. No validation, no rules, no places: the irreducible part of playing a
 * course.
 */
export function readParseAndRenderBare(packageDir: string): void {
  const markdown = new MarkdownIt();
  const files = fs
    .readdirSync(packageDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|yml)$/.test(name));
  const texts = new Map(files.map((name) => [name, fs.readFileSync(path.join(packageDir, name), 'utf8')]));
  const course = yaml.load(texts.get('course.yml') ?? '', { schema: yaml.CORE_SCHEMA }) as {
    modules?: string[];
  };
  for (const name of ['post-test.yml', 'evaluation.yml']) {
    const text = texts.get(name);
    if (text !== undefined) yaml.load(text, { schema: yaml.CORE_SCHEMA });
  }
  for (const file of course.modules ?? []) {
    const [, front = '', body = ''] = FRONT_MATTER.exec(texts.get(file) ?? '') ?? [];
    yaml.load(front, { schema: yaml.CORE_SCHEMA });
    // One parse serves the question blocks and the render.
    const tokens = markdown.parse(body, {});
    for (const token of tokens) {
      if (token.type === 'fence' && token.info.trim() === 'question') {
        yaml.load(token.content, { schema: yaml.CORE_SCHEMA });
      }
    }
    markdown.renderer.render(tokens, markdown.options, {});
  }
}
