import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import { courseMarkdown } from '../../../main/core/course/render/courseMarkdown';
import {
  renderModuleHtml,
  renderReferencesHtml,
  renderSummaryHtml,
} from '../../../main/core/course/render/courseHtml';
import { courseAssetUrl } from '../../../main/core/course/render/imagePolicy';
import type { LinkTargets } from '../../../main/core/course/render/renderContext';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

const course = loadCoursePackage(path.resolve('tests/fixtures/courses/valid-minimal')).course;
if (!course) throw new Error('valid-minimal must load');

const targets: LinkTargets = {
  moduleHref: (moduleId, anchor) => `app://module/${moduleId}${anchor ? `#${anchor}` : ''}`,
  referencesHref: (anchor) => `app://references${anchor ? `#${anchor}` : ''}`,
};

describe('renderModuleHtml', () => {
  const rendered = renderModuleHtml(course, 'moments', targets);

  test('turns module and reference links into in-app links through the given targets', () => {
    expect(rendered.html).toContain('<a href="app://module/technique#rub-or-wash">the next module</a>');
    expect(rendered.html).toContain('<a href="app://references#who-2009">WHO guidelines</a>');
  });

  test('leaves the question blocks out of the reading text', () => {
    expect(rendered.html).not.toContain('moments-q1');
    expect(rendered.html).not.toContain('<pre>');
  });

  test('lists the headings with their ids for a table of contents', () => {
    expect(rendered.headings).toEqual([
      { level: 1, text: 'The five moments', id: 'the-five-moments', line: 9 },
      { level: 2, text: 'Why the moments matter', id: 'why-the-moments-matter', line: 20 },
    ]);
  });

  test('serves images from the package under /course-asset/<courseId>/', () => {
    const html = renderModuleHtml(course, 'technique', targets).html;
    expect(html).toContain(
      '<img src="/course-asset/hand-hygiene/assets/figure.png" alt="Steps of hand rubbing">',
    );
  });

  test('an unknown module renders nothing', () => {
    expect(renderModuleHtml(course, 'no-such-module', targets)).toEqual({ html: '', headings: [] });
  });

  test('points links at the targets of each render', () => {
    const webTargets: LinkTargets = {
      moduleHref: (moduleId, anchor) => `/m/${moduleId}/${anchor ?? ''}`,
      referencesHref: (anchor) => `/refs/${anchor ?? ''}`,
    };
    const web = renderModuleHtml(course, 'moments', webTargets);
    expect(web.html).toContain('<a href="/m/technique/rub-or-wash">the next module</a>');
    expect(web.html).not.toContain('app://');
    expect(web.headings).toEqual(rendered.headings);
    expect(renderModuleHtml(course, 'moments', targets)).toEqual(rendered);
  });
});

describe('a list right before a question block', () => {
  let temp: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  test('renders as the reading text reads, the list going on after the blanked block', () => {
    const dir = copyFixture('valid-minimal', temp.dir);
    editFile(
      dir,
      'modules/01-moments.md',
      '\n```question\nid: moments-q2',
      '- first point\n```question\nid: moments-q2',
    );
    editFile(
      dir,
      'modules/01-moments.md',
      'is one of the five moments.\n```',
      'is one of the five moments.\n```\n- second point',
    );
    const edited = loadCoursePackage(dir).course;
    if (!edited) throw new Error('the edited package must load');
    const html = renderModuleHtml(edited, 'moments', targets).html;
    expect(html).toContain('<li>\n<p>first point</p>\n</li>\n<li>\n<p>second point</p>\n</li>');
    expect(html).not.toContain('moments-q2');
  });
});

describe('renderReferencesHtml and renderSummaryHtml', () => {
  test('each [key] item gets id="key" and the key is not shown', () => {
    const { html } = renderReferencesHtml(course, targets);
    expect(html).toContain('<li id="who-2009">World Health Organization.');
    expect(html).toContain('<li id="boyce-2002">Boyce JM');
    expect(html).not.toContain('[who-2009]');
  });

  test('the summary is markdown without raw HTML', () => {
    expect(renderSummaryHtml(course, targets).html).toContain('A short refresher on <strong>when</strong>');
  });
});

describe('safety defaults', () => {
  test('rendering without a course context refuses every link and image', () => {
    const html = courseMarkdown().render('[ok](https://example.org) ![i](../assets/figure.png)');
    expect(html).toBe('<p>ok i</p>\n');
  });

  test('asset URLs encode each path segment', () => {
    expect(courseAssetUrl('demo', 'assets/step 1#.png')).toBe('/course-asset/demo/assets/step%201%23.png');
  });
});
