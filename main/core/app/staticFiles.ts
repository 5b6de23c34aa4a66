import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file name, or a neutral binary type (nosniff keeps browsers from guessing). */
export function contentTypeFor(fileName: string): string {
  return contentTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a URL path under `root` and returns the real file path, or null when the path escapes the root
 * (through `..`, an encoded separator or a symlink), is not a regular file, or does not exist.
 */
export function resolveUnderRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  try {
    const realRoot = fs.realpathSync(root);
    const real = fs.realpathSync(path.join(realRoot, path.posix.normalize('/' + decoded)));
    const inside = real === realRoot || real.startsWith(realRoot + path.sep);
    return inside && fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Maps a request path of either shell to a file: `/course-asset/<courseId>/<path>` to an image in a course package,
 * anything else to the built renderer (with `/` meaning index.html). Null means 404.
 */
export function resolveServedFile(
  resolveCourseAsset: (courseId: string, relativePath: string) => string | null,
  rendererDir: string,
  pathname: string,
): string | null {
  const asset = /^\/course-asset\/([^/]+)\/(.+)$/.exec(pathname);
  if (!asset) return resolveUnderRoot(rendererDir, pathname === '/' ? 'index.html' : pathname);
  try {
    return resolveCourseAsset(decodeURIComponent(asset[1] ?? ''), decodeURIComponent(asset[2] ?? ''));
  } catch {
    return null; // a malformed %-escape
  }
}
