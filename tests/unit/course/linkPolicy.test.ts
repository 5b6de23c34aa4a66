import { describe, expect, test } from 'vitest';
import { decideLink } from '../../../main/core/course/render/linkPolicy';
import type { LinkScope } from '../../../main/core/course/render/linkPolicy';

const scope: LinkScope = {
  file: 'modules/01-intro.md',
  currentModuleId: 'intro',
  isReferences: false,
  moduleIdsByFile: new Map([
    ['modules/01-intro.md', 'intro'],
    ['modules/02-dosing.md', 'dosing'],
  ]),
};

describe('decideLink', () => {
  test.each([
    ['02-dosing.md', { kind: 'module', moduleId: 'dosing', anchor: null }],
    ['02-dosing.md#table-1', { kind: 'module', moduleId: 'dosing', anchor: 'table-1' }],
    ['./02-dosing.md', { kind: 'module', moduleId: 'dosing', anchor: null }],
    ['../modules/02-dosing.md', { kind: 'module', moduleId: 'dosing', anchor: null }],
    ['#why', { kind: 'module', moduleId: 'intro', anchor: 'why' }],
    [
      '#%C3%A4rztliche-aufkl%C3%A4rung',
      { kind: 'module', moduleId: 'intro', anchor: 'ärztliche-aufklärung' },
    ],
    ['../references.md#berman-2000', { kind: 'references', anchor: 'berman-2000' }],
    ['references.md#berman-2000', { kind: 'references', anchor: 'berman-2000' }],
    ['../references.md', { kind: 'references', anchor: null }],
    ['https://www.example.org/a?b=c#d', { kind: 'external', href: 'https://www.example.org/a?b=c#d' }],
    ['HTTPS://www.example.org', { kind: 'external', href: 'HTTPS://www.example.org' }],
    ['mailto:ce@example.org', { kind: 'external', href: 'mailto:ce@example.org' }],
  ])('%s is allowed', (href, decision) => {
    expect(decideLink(href, scope)).toEqual(decision);
  });

  test.each([
    ['javascript:alert(1)', 'unsafe-scheme'],
    ['JaVaScRiPt:alert(1)', 'unsafe-scheme'],
    ['vbscript:msgbox(1)', 'unsafe-scheme'],
    ['file:///etc/passwd', 'unsafe-scheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'unsafe-scheme'],
    ['data:image/png;base64,iVBORw0KGgo=', 'unsafe-scheme'],
    ['ftp://example.org', 'unsafe-scheme'],
    ['https:example.org', 'unsafe-scheme'],
    ['http://www.example.org', 'plain-http'],
    ['java%0Ascript:alert(1)', 'malformed'],
    ['javascript%3Aalert(1)', 'malformed'],
    ['//evil.example.org/x', 'malformed'],
    ['..\\..\\x.md', 'malformed'],
    ['#', 'malformed'],
    ['02-dosing.md?x=1', 'malformed'],
    ['%E0%A4%A', 'malformed'],
    ['03-missing.md', 'unknown-module'],
    ['../assets/handout.pdf', 'not-a-page'],
    ['../../outside.md', 'outside-package'],
    ['/etc/passwd', 'outside-package'],
  ])('%s is refused (%s)', (href, reason) => {
    expect(decideLink(href, scope)).toEqual({ kind: 'refused', reason });
  });

  test('#anchor in references.md points into references; elsewhere outside a module it is refused', () => {
    expect(
      decideLink('#smith', { ...scope, file: 'references.md', currentModuleId: null, isReferences: true }),
    ).toEqual({ kind: 'references', anchor: 'smith' });
    expect(decideLink('#smith', { ...scope, file: 'course.yml', currentModuleId: null })).toEqual({
      kind: 'refused',
      reason: 'not-a-page',
    });
  });
});
