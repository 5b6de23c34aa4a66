import fs from 'node:fs';
import path from 'node:path';

/**
 * Only images are served from a package. The manifest, module sources and the post-test bank (with its answer
 * keys) live in the same folder and must never be reachable through the asset route.
 */
const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.avif']);

/**
 * The real path of an image inside a course package, or null when the path is not an image, does not exist, or
 * leaves the package after resolving `..` and symlinks.
 */
export function resolveCourseAssetPath(packageRoot: string, relativePath: string): string | null {
  if (relativePath.includes('\0') || path.isAbsolute(relativePath)) return null;
  if (!imageExtensions.has(path.extname(relativePath).toLowerCase())) return null;
  try {
    const root = fs.realpathSync(packageRoot);
    const real = fs.realpathSync(path.resolve(root, relativePath));
    if (!real.startsWith(root + path.sep) || !imageExtensions.has(path.extname(real).toLowerCase()))
      return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}
