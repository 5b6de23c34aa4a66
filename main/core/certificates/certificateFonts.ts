import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../coreError';

/** The TrueType files a certificate embeds (DejaVu, shipped in build/fonts with its licence). */
export const CERTIFICATE_FONTS = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;

export type CertificateFontRole = keyof typeof CERTIFICATE_FONTS;

/**
 * The folder holding the certificate fonts: `fontDir` when the shell passes one, else the packaged app's
 * resources folder (`<resources>/fonts`), else `build/fonts` under the working folder (development and tests).
 * Never a system font folder: the certificate must look the same on every machine.
 */
export function resolveCertificateFontDir(fontDir?: string): string {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = fontDir
    ? [fontDir]
    : [...(resourcesPath ? [path.join(resourcesPath, 'fonts')] : []), path.resolve('build', 'fonts')];
  const found = candidates.find((dir) =>
    Object.values(CERTIFICATE_FONTS).every((file) => fs.existsSync(path.join(dir, file))),
  );
  if (!found) {
    throw new CoreError(
      'internal',
      `The certificate fonts are missing (looked in ${candidates.join(', ')}). Reinstall CE Player.`,
    );
  }
  return found;
}

/** Absolute paths of each certificate font in `dir`. */
export function certificateFontFiles(dir: string): Record<CertificateFontRole, string> {
  return {
    serif: path.join(dir, CERTIFICATE_FONTS.serif),
    serifBold: path.join(dir, CERTIFICATE_FONTS.serifBold),
    sans: path.join(dir, CERTIFICATE_FONTS.sans),
    sansBold: path.join(dir, CERTIFICATE_FONTS.sansBold),
  };
}
