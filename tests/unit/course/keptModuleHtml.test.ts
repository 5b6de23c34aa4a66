import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCoursePackage } from '../../../main/core/course/courseLoader';
import type { CourseModule, CoursePackage } from '../../../main/core/course/courseTypes';
import { ProblemSink } from '../../../main/core/course/problemSink';
import { splitQuestionBlocks } from '../../../main/core/course/questionBlocks';
import {
  analyzeCourseMarkdown,
  moduleRenderContext,
  renderCourseMarkdown,
  renderModuleHtml,
} from '../../../main/core/course/render/courseHtml';
import { ModuleHtmlKeeper, renderKeptModule } from '../../../main/core/course/render/keptModuleHtml';
import type { LinkTargets, RenderContext } from '../../../main/core/course/render/renderContext';
import { demoRenderContext } from './demoRenderContext';
import { copyFixture, editFile, makeTempDir } from './tempCoursePackage';

const appTargets: LinkTargets = {
  moduleHref: (moduleId, anchor) => `app://module/${moduleId}${anchor ? `#${anchor}` : ''}`,
  referencesHref: (anchor) => `app://references${anchor ? `#${anchor}` : ''}`,
};
const webTargets: LinkTargets = {
  moduleHref: (moduleId, anchor) => `/m/${moduleId}/${anchor ?? ''}`,
  referencesHref: (anchor) => `/refs/${anchor ?? ''}`,
};

/** What rendering gave before the loader kept its HTML: the reading text parsed again. */
function parsedAgain(course: CoursePackage, module: CourseModule, targets: LinkTargets) {
  return renderCourseMarkdown(module.markdown, moduleRenderContext(course, module, targets));
}

function loadValid(dir: string): CoursePackage {
  const { course, problems } = loadCoursePackage(dir);
  if (!course) throw new Error(`the package must load: ${problems[0]?.message ?? ''}`);
  return course;
}

describe('rendering a module the loader rendered', () => {
  const course = loadValid(path.resolve('tests/fixtures/courses/valid-minimal'));

  test('renders from the kept HTML the same HTML and headings as parsing the reading text again', () => {
    for (const module of course.modules) {
      const kept = renderKeptModule(module, moduleRenderContext(course, module, appTargets));
      expect(kept).not.toBeNull();
      expect(kept).toEqual(parsedAgain(course, module, appTargets));
      expect(renderModuleHtml(course, module.id, appTargets)).toEqual(kept);
    }
  });

  test('points links at the targets of each render, and a later render is not changed by an earlier one', () => {
    const first = renderModuleHtml(course, 'moments', appTargets);
    const web = renderModuleHtml(course, 'moments', webTargets);
    expect(web.html).toContain('<a href="/m/technique/rub-or-wash">the next module</a>');
    expect(web.html).not.toContain('app://');
    expect(renderModuleHtml(course, 'moments', appTargets)).toEqual(first);
    expect(web).toEqual(parsedAgain(course, course.modules[0] as CourseModule, webTargets));
  });

  test('escapes targets as a fresh parse does, and refills every link of a render', () => {
    const oddTargets: LinkTargets = {
      moduleHref: (moduleId, anchor) => `?m=${moduleId}&a="${anchor ?? ''}"<x>`,
      referencesHref: (anchor) => `?refs&a=${anchor ?? ''}`,
    };
    for (const module of course.modules) {
      const rendered = renderModuleHtml(course, module.id, oddTargets);
      expect(rendered).toEqual(parsedAgain(course, module, oddTargets));
      expect(rendered.html).not.toContain('\u0000');
    }
    expect(renderModuleHtml(course, 'moments', oddTargets).html).toContain(
      'href="?m=technique&amp;a=&quot;rub-or-wash&quot;&lt;x&gt;"',
    );
  });

  test('parses the text again when a module was changed after loading', () => {
    const copy = loadValid(path.resolve('tests/fixtures/courses/valid-minimal'));
    const module = copy.modules[0] as CourseModule;
    module.markdown = '# Changed after loading\n';
    expect(renderModuleHtml(copy, module.id, appTargets)).toEqual({
      html: '<h1 id="changed-after-loading">Changed after loading</h1>\n',
      headings: [{ level: 1, text: 'Changed after loading', id: 'changed-after-loading', line: 8 }],
    });
  });
});

describe('a list right before a question block', () => {
  let temp: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  test('renders as the reading text reads, where the list goes on after the blanked block', () => {
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
    const course = loadValid(dir);
    const module = course.modules[0] as CourseModule;
    const rendered = renderModuleHtml(course, module.id, appTargets);
    expect(rendered).toEqual(parsedAgain(course, module, appTargets));
    expect(rendered.html).toContain('<li>\n<p>first point</p>\n</li>\n<li>\n<p>second point</p>\n</li>');
  });
});

// prettier-ignore
const BODY_LINES = [
  '- item', '* star', '1. one', '2) two', '    code', '\tcode', '  two spaces', '> quote', '> - quoted item',
  '| a | b |', '| --- | --- |', '| 1 | 2 |', '```question\nid: q\n```', '~~~question\nid: q\n~~~', '```', '',
  '```js\ncode\n```', 'Some text', '# Heading', '## Heading', '===', '---', '[next](02-dosing.md#x)', '[here](#here)',
  '[refs](../references.md#k)', '[web](https://example.org)', '[bad](javascript:x)', '![figure](../assets/figure.png)',
  '![gone](missing.png)', '[ref]: 02-dosing.md', '[ref]', '      deep code', ' - nested',
  // markdown-it turns NUL into U+FFFD, so the kept HTML's href marks stay apart from anything the author wrote.
  'a NUL \u0000 in text', '[nul](02-dosing.md#a\u0000b)',
];
const bodyArb = fc.array(fc.constantFrom(...BODY_LINES), { maxLength: 20 }).map((lines) => lines.join('\n'));

describe('random module bodies', () => {
  const fixtureDir = path.resolve('tests/fixtures/render');
  const context = demoRenderContext(fixtureDir, 'module.md');
  // The loader checks with module files standing in for ids, and with targets nobody sees.
  const checkContext: RenderContext = {
    ...context,
    moduleIdsByFile: new Map([...context.moduleIdsByFile.keys()].map((file) => [file, file])),
    currentModuleId: context.file,
    targets: { moduleHref: (file) => `#check/${file}`, referencesHref: () => '#check-references' },
  };

  test('kept HTML is exactly as the reading text parsed again', () => {
    let kept = 0;
    fc.assert(
      fc.property(bodyArb, (body) => {
        const { env, tokens } = analyzeCourseMarkdown(body, checkContext);
        const where = { file: context.file, bodyFirstLine: 1 };
        const split = splitQuestionBlocks(body, tokens, where, new ProblemSink());
        if (split.rejected > 0) return; // such a module has errors and is never rendered
        const module = { id: 'current', file: context.file, markdown: split.readingMarkdown } as CourseModule;
        const parse = {
          markdown: split.readingMarkdown,
          tokens,
          fenceIndexes: split.fenceIndexes,
          headings: env.headings,
          keptLinks: env.keptLinks,
          context: checkContext,
        };
        const keeper = new ModuleHtmlKeeper();
        const html = keeper.render(parse, body.length);
        if (html) keeper.keep(module, html);
        const rendered = renderKeptModule(module, context);
        if (rendered === null) return; // the reading text is parsed again, as before
        kept++;
        expect(rendered).toEqual(renderCourseMarkdown(split.readingMarkdown, context));
      }),
      {
        numRuns: 500,
        examples: [
          ['- item\n```question\nid: q\n```\n- item'],
          ['    code\n```question\nid: q\n```\n\tcode'],
        ],
      },
    );
    expect(kept).toBeGreaterThan(400);
  });
});
