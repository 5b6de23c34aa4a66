import fs from 'node:fs';
import path from 'node:path';
import type { RenderContext } from '../../../main/core/course/render/renderContext';

/**
 * The context the render fixtures use: the markdown pretends to be modules/current.md (or references.md) of the
 * package in tests/fixtures/render/package, a course with the modules "current" and "dosing".
 */
export function demoRenderContext(fixtureDir: string, name: string): RenderContext {
  const isReferences = name === 'references.md';
  return {
    courseId: 'demo-course',
    rootDir: fs.realpathSync(path.join(fixtureDir, 'package')),
    file: isReferences ? 'references.md' : 'modules/current.md',
    kind: isReferences ? 'references' : 'module',
    currentModuleId: isReferences ? null : 'current',
    moduleIdsByFile: new Map([
      ['modules/current.md', 'current'],
      ['modules/02-dosing.md', 'dosing'],
    ]),
    targets: {
      moduleHref: (moduleId, anchor) => `#/module/${moduleId}${anchor ? `/${anchor}` : ''}`,
      referencesHref: (anchor) => `#/references${anchor ? `/${anchor}` : ''}`,
    },
    firstLine: 1,
  };
}
