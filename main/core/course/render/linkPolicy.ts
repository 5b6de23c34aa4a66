import { joinFromFile } from '../packageFiles';
import { REFERENCES_FILE } from '../packageLayout';

/** What becomes of one link: an in-app page, a link opened outside the app, or plain text. */
export type LinkDecision =
  | { kind: 'module'; moduleId: string; anchor: string | null }
  | { kind: 'references'; anchor: string | null }
  | { kind: 'external'; href: string }
  | { kind: 'refused'; reason: LinkRefusal };

export type LinkRefusal =
  'unsafe-scheme' | 'plain-http' | 'unknown-module' | 'not-a-page' | 'outside-package' | 'malformed';

/** What the link policy needs to know about the document a link sits in. */
export interface LinkScope {
  file: string;
  currentModuleId: string | null;
  isReferences: boolean;
  moduleIdsByFile: ReadonlyMap<string, string>;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Decides a link by allowlist: `https:` and `mailto:` open outside the app; relative links to module files,
 * `#anchor` and references.md become in-app links; everything else (javascript:, data:, file:, http:, unknown
 * files, paths leaving the package) is refused and shown as plain text.
 */
export function decideLink(href: string, scope: LinkScope): LinkDecision {
  const url = href.trim();
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) return decideSchemeLink(url, scheme);
  if (hasHiddenScheme(url) || url.startsWith('//') || url.includes('\\')) return refused('malformed');
  return decideRelativeLink(url, scope);
}

function decideSchemeLink(url: string, scheme: string): LinkDecision {
  if (scheme === 'https' && /^https:\/\/[^/\s]/i.test(url)) return { kind: 'external', href: url };
  if (scheme === 'mailto' && url.length > 'mailto:'.length) return { kind: 'external', href: url };
  return refused(scheme === 'http' ? 'plain-http' : 'unsafe-scheme');
}

/** A colon before the first `/`, `?` or `#` would make a browser read a scheme (e.g. after encoded spaces). */
function hasHiddenScheme(url: string): boolean {
  const end = url.search(/[/?#]/);
  const firstSegment = end === -1 ? url : url.slice(0, end);
  return firstSegment.includes(':') || /%3a/i.test(firstSegment);
}

function decideRelativeLink(url: string, scope: LinkScope): LinkDecision {
  const hashAt = url.indexOf('#');
  const pathPart = hashAt === -1 ? url : url.slice(0, hashAt);
  const decodedPath = safeDecode(pathPart);
  const decodedAnchor = hashAt === -1 ? '' : safeDecode(url.slice(hashAt + 1));
  if (decodedPath === undefined || decodedAnchor === undefined || pathPart.includes('?'))
    return refused('malformed');
  const anchor = decodedAnchor === '' ? null : decodedAnchor;
  if (decodedPath === '') return decideAnchorOnly(anchor, scope);
  if (decodedPath.startsWith('/')) return refused('outside-package');
  const target = joinFromFile(scope.file, decodedPath);
  if (target === '..' || target.startsWith('../')) return refused('outside-package');
  if (target === REFERENCES_FILE || decodedPath === REFERENCES_FILE) return { kind: 'references', anchor };
  const moduleId = scope.moduleIdsByFile.get(target);
  if (moduleId !== undefined) return { kind: 'module', moduleId, anchor };
  return refused(target.toLowerCase().endsWith('.md') ? 'unknown-module' : 'not-a-page');
}

function decideAnchorOnly(anchor: string | null, scope: LinkScope): LinkDecision {
  if (anchor === null) return refused('malformed');
  if (scope.currentModuleId !== null) return { kind: 'module', moduleId: scope.currentModuleId, anchor };
  if (scope.isReferences) return { kind: 'references', anchor };
  return refused('not-a-page');
}

/** Percent-decodes; undefined for broken escapes. */
function safeDecode(text: string): string | undefined {
  // Only a % escape changes the text or can be broken.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function refused(reason: LinkRefusal): LinkDecision {
  return { kind: 'refused', reason };
}
