import fs from 'node:fs';
import { withSddlReader } from './configFileTrust';

/*
 * Who can read a settings file that holds the LRS secret. The accounts that run CE Player must read it, so IT gives
 * read access to a group of them (or to one kiosk account); what may not read it is everyone: other accounts on
 * POSIX, and on Windows Everyone, Authenticated Users, Users or Interactive.
 */

/** Who besides IT and CE Player's own accounts can read the file, in words for the warning; null when nobody. */
export type ReaderCheck = (file: string) => string | null;

/** POSIX: the file's "others" read bit. */
export function posixReaders(file: string): string | null {
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o004) === 0) return null;
  return `every account on this computer can read it (mode ${mode.toString(8).padStart(3, '0')})`;
}

// SDDL rights that let a trustee read a file: generic all/read, file all/read, and the same as a hex mask.
const readRightNames = new Set(['GA', 'GR', 'FA', 'FR']);
const readRightMask = 0x1 | 0x10000000 | 0x80000000;
const everyoneTrustees: Record<string, string> = {
  WD: 'Everyone',
  'S-1-1-0': 'Everyone',
  AU: 'Authenticated Users',
  'S-1-5-11': 'Authenticated Users',
  BU: 'Users',
  'S-1-5-32-545': 'Users',
  IU: 'Interactive',
  'S-1-5-4': 'Interactive',
};

function grantsRead(rights: string): boolean {
  if (/^0x[0-9a-f]+$/i.test(rights)) return (Number.parseInt(rights, 16) & readRightMask) !== 0;
  for (let i = 0; i < rights.length; i += 2) if (readRightNames.has(rights.slice(i, i + 2))) return true;
  return false;
}

/** The group of everyone (Users, Everyone…) that an SDDL DACL lets read the object, or null. */
export function everyoneReaderInSddl(sddl: string): string | null {
  for (const ace of sddl.matchAll(/\(([^)]*)\)/g)) {
    const [type, flags = '', rights = '', , , trustee = ''] = (ace[1] ?? '').split(';');
    if (type !== 'A' || flags.includes('IO')) continue;
    const group = everyoneTrustees[trustee];
    if (group && grantsRead(rights)) return group;
  }
  return null;
}

/** Windows: the file's DACL, read with icacls. A DACL that cannot be read counts as readable by everyone. */
export function windowsReaders(file: string): string | null {
  try {
    const group = withSddlReader((sddlOf) => everyoneReaderInSddl(sddlOf(file)));
    return group && `${group} can read it`;
  } catch (error) {
    return `its permissions could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The check for this OS. */
export function platformReaders(platform: NodeJS.Platform): ReaderCheck {
  return platform === 'win32' ? windowsReaders : posixReaders;
}
