import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderCourseMarkdown } from '../../../main/core/course/render/courseHtml';
import { expectSafeHtml, htmlAttributes } from './htmlSafety';
import { demoRenderContext } from './demoRenderContext';

const fixtureDir = path.resolve('tests/fixtures/render');
const fixtures = fs.readdirSync(fixtureDir).filter((name) => name.endsWith('.md'));

function render(name: string): string {
  return renderCourseMarkdown(
    fs.readFileSync(path.join(fixtureDir, name), 'utf8'),
    demoRenderContext(fixtureDir, name),
  ).html;
}

describe('render fixtures (tests/fixtures/render/*.md against *.html)', () => {
  test.each(fixtures)('%s', (name) => {
    const expectedFile = path.join(fixtureDir, name.replace(/\.md$/, '.html'));
    const html = render(name);
    if (process.env.UPDATE_RENDER_FIXTURES === '1') fs.writeFileSync(expectedFile, html);
    expect(html).toBe(fs.readFileSync(expectedFile, 'utf8'));
    // The app's CSP drops inline styles, so no fixture may depend on one.
    expect(htmlAttributes(html).filter((attr) => attr.name === 'style')).toEqual([]);
  });
});

describe('XSS fixtures', () => {
  const xssFixtures = fixtures.filter((name) => name.startsWith('xss-'));

  test('there are XSS fixtures for raw HTML, links, autolinks and images', () => {
    expect(xssFixtures).toEqual(['xss-autolinks.md', 'xss-html.md', 'xss-images.md', 'xss-links.md']);
  });

  test.each(xssFixtures)('%s: no script, no event handler, no dangerous URL', (name) => {
    const html = render(name);
    expectSafeHtml(html, ['#/module/', '#/references'], 'demo-course');
    expect(html).not.toMatch(/<script/i);
  });
});
