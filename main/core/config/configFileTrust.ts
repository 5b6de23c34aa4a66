import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Whether the machine-wide settings file is IT's: only an administrator may have written it or its folder. On
 * Windows an ordinary user may create folders in %ProgramData%, and owns what they create, so a "CE Player" folder
 * there proves nothing by existing; IT creates it with write access for administrators only (docs/install.md).
 */

/** The verdict on a settings file: trusted, or why not in words for IT. */
export type FileTrust = { readonly trusted: true } | { readonly trusted: false; readonly reason: string };

/** Checks one settings file (and its folder). */
export type TrustCheck = (file: string) => FileTrust;

// POSIX: owned by root, and writable by nobody else, except a group that is root's own (or macOS's admin group).
function posixProblem(target: string, stat: fs.Stats, platform: NodeJS.Platform): string | null {
  const adminGroups = platform === 'darwin' ? [0, 80] : [0];
  if (stat.uid !== 0) return `${target} is owned by user ${stat.uid}, not by root`;
  if ((stat.mode & 0o002) !== 0) return `every account can change ${target}`;
  if ((stat.mode & 0o020) !== 0 && !adminGroups.includes(stat.gid))
    return `the accounts of group ${stat.gid} can change ${target}`;
  return null;
}

/** The POSIX check of a file and its folder: owner root, no write for group (unless root's) or others. */
export function posixTrust(file: string, platform: NodeJS.Platform = process.platform): FileTrust {
  for (const target of [file, path.dirname(file)]) {
    const problem = posixProblem(target, fs.statSync(target), platform);
    if (problem) return { trusted: false, reason: `${problem}, so others can change it` };
  }
  return { trusted: true };
}

// SDDL rights that let a trustee change a file or the folder's contents: generic all/write, file all/write,
// write DAC or owner, delete, and the folder's add-file, add-folder and delete-child bits.
const writeRightNames = new Set(['GA', 'GW', 'FA', 'FW', 'WD', 'WO', 'SD', 'DC', 'LC', 'DT']);
const writeRightMask = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000;
// Everyone, Authenticated Users, Users, Interactive, by alias and by SID.
const ordinaryTrustees = new Set(['WD', 'AU', 'BU', 'IU', 'S-1-1-0', 'S-1-5-11', 'S-1-5-32-545', 'S-1-5-4']);
// In a domain or machine SID, these RIDs are administrators (Administrator, Domain Admins, Enterprise Admins).
const adminRids = new Set(['500', '512', '519']);

function grantsWrite(rights: string): boolean {
  if (/^0x[0-9a-f]+$/i.test(rights)) return (Number.parseInt(rights, 16) & writeRightMask) !== 0;
  for (let i = 0; i < rights.length; i += 2) if (writeRightNames.has(rights.slice(i, i + 2))) return true;
  return false;
}

function isOrdinary(trustee: string): boolean {
  if (ordinaryTrustees.has(trustee)) return true;
  const account = /^S-1-5-21-\d+-\d+-\d+-(\d+)$/.exec(trustee);
  return account !== null && !adminRids.has(account[1] ?? '');
}

/**
 * The ordinary trustee (Users, Everyone, a user's own SID, …) that an SDDL DACL lets change the object, or null
 * when only administrators and the system may. Inherit-only entries do not apply to the object itself; deny
 * entries are not credited, so a mixed ACL is refused rather than reasoned about.
 */
export function ordinaryWriterInSddl(sddl: string): string | null {
  for (const ace of sddl.matchAll(/\(([^)]*)\)/g)) {
    const [type, flags = '', rights = '', , , trustee = ''] = (ace[1] ?? '').split(';');
    if (type !== 'A' || flags.includes('IO')) continue;
    if (grantsWrite(rights) && isOrdinary(trustee)) return trustee;
  }
  return null;
}

/**
 * Runs `use` with a reader of DACLs as SDDL, through icacls (the one reader every Windows has). icacls saves to a
 * file, so the reader works in a private temporary folder, removed afterwards.
 */
export function withSddlReader<T>(use: (sddlOf: (target: string) => string) => T): T {
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ce-acl-')), 'acl.txt');
  try {
    return use((target) => {
      execFileSync('icacls', [target, '/save', saved], { stdio: 'ignore', windowsHide: true });
      // icacls writes UTF-16: the object's name on one line, its SDDL on the next.
      return fs.readFileSync(saved).toString('utf16le').split(/\r?\n/)[1] ?? '';
    });
  } finally {
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
  }
}

/** The Windows check: the DACLs of the file and its folder. */
export function windowsTrust(file: string): FileTrust {
  try {
    return withSddlReader((sddlOf) => {
      for (const target of [file, path.dirname(file)]) {
        const writer = ordinaryWriterInSddl(sddlOf(target));
        if (writer)
          return { trusted: false, reason: `${target} lets ${writer} change it, so others can change it` };
      }
      return { trusted: true } as const;
    });
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error);
    return {
      trusted: false,
      reason: `its permissions could not be read (${what}), so others might change it`,
    };
  }
}

/** The check for this OS. */
export function platformTrust(platform: NodeJS.Platform): TrustCheck {
  return platform === 'win32' ? windowsTrust : (file) => posixTrust(file, platform);
}
