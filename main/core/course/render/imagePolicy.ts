import { joinFromFile, resolvePackageFile } from '../packageFiles';

/** What becomes of one image: a package asset, or its alt text only. */
export type ImageDecision =
  | { kind: 'asset'; relPath: string; src: string }
  | { kind: 'refused'; reason: 'not-a-file' | 'missing' | 'outside-package'; relPath: string | null };

/** Where the image sits and which package it may read from. */
export interface ImageScope {
  courseId: string;
  /** Realpath of the package folder. */
  rootDir: string;
  file: string;
}

/** The URL the shells serve a package asset under: `/course-asset/<courseId>/<path, each segment url-encoded>`. */
export function courseAssetUrl(courseId: string, relPath: string): string {
  const encoded = relPath.split('/').map(encodeURIComponent).join('/');
  return `/course-asset/${encodeURIComponent(courseId)}/${encoded}`;
}

/**
 * Decides an image: only a relative path to an existing file that lies inside the package (after `..` and symlinks
 * are resolved with realpath) is shown. Web, data: and any other URLs are refused: the player works offline and
 * loads nothing from outside the package.
 */
export function decideImage(src: string, scope: ImageScope): ImageDecision {
  const url = src.trim();
  const pathPart = url.split(/[?#]/, 1)[0] ?? '';
  const firstSegment = pathPart.split('/', 1)[0] ?? '';
  if (pathPart === '' || firstSegment.includes(':') || /%3a/i.test(firstSegment) || url.startsWith('/')) {
    return { kind: 'refused', reason: 'not-a-file', relPath: null };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return { kind: 'refused', reason: 'not-a-file', relPath: null };
  }
  if (decoded.includes('\\') || decoded.includes('\0'))
    return { kind: 'refused', reason: 'not-a-file', relPath: null };
  const resolved = resolvePackageFile(scope.rootDir, joinFromFile(scope.file, decoded));
  if (resolved.kind === 'outside') return { kind: 'refused', reason: 'outside-package', relPath: null };
  if (resolved.kind === 'missing') return { kind: 'refused', reason: 'missing', relPath: resolved.relPath };
  return { kind: 'asset', relPath: resolved.relPath, src: courseAssetUrl(scope.courseId, resolved.relPath) };
}
