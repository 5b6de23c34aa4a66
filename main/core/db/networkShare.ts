import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** A mount that holds the data directory, as found in the system's mount table. */
export interface MountEntry {
  readonly source: string;
  readonly mountPoint: string;
  readonly fsType: string;
}

/** File systems where SQLite's locking and WAL shared memory are unreliable. */
const networkFsTypes = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smbfs',
  'smb3',
  '9p',
  'fuse.sshfs',
  'sshfs',
  'afpfs',
  'webdav',
  'davfs',
  'fuse.davfs2',
]);

// /proc/mounts escapes space, tab, newline and backslash as octal.
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** Parses Linux /proc/mounts text: "source mountpoint fstype options 0 0" per line. */
export function parseLinuxMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const [source, mountPoint, fsType] = line.trim().split(/\s+/);
    if (!source || !mountPoint || !fsType) continue;
    entries.push({ source: unescapeMountField(source), mountPoint: unescapeMountField(mountPoint), fsType });
  }
  return entries;
}

/** Parses macOS `mount` output: "//user@server/share on /Volumes/share (smbfs, nodev, ...)". */
export function parseMacMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const match = /^(.+?) on (.+) \(([^,)]+)/.exec(line.trim());
    if (!match?.[1] || !match[2] || !match[3]) continue;
    entries.push({ source: match[1], mountPoint: match[2], fsType: match[3].trim() });
  }
  return entries;
}

/** True for Windows network paths: \\server\share, //server/share and \\?\UNC\server\share. */
export function isUncPath(p: string): boolean {
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return /^[\\/]{2}\?[\\/]UNC[\\/]/i.test(p);
  return /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(p);
}

function contains(mountPoint: string, target: string): boolean {
  if (mountPoint === '/') return target.startsWith('/');
  return target === mountPoint || target.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`);
}

/** The mount that holds `target`: the one with the longest mount point that contains it. */
export function findMountFor(target: string, mounts: readonly MountEntry[]): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const entry of mounts) {
    if (!contains(entry.mountPoint, target)) continue;
    if (!best || entry.mountPoint.length >= best.mountPoint.length) best = entry;
  }
  return best;
}

/**
 * Pure check: the reason `target` lies on a network share, or undefined when it looks local.
 * `mountTable` is /proc/mounts text on Linux and `mount` output on macOS; Windows needs only the path.
 */
export function detectNetworkShare(
  target: string,
  platform: NodeJS.Platform,
  mountTable = '',
): string | undefined {
  if (platform === 'win32') return isUncPath(target) ? 'a network (UNC) path' : undefined;
  const mounts = platform === 'darwin' ? parseMacMounts(mountTable) : parseLinuxMounts(mountTable);
  const mount = findMountFor(target, mounts);
  if (mount && networkFsTypes.has(mount.fsType.toLowerCase())) {
    return `a network share (${mount.fsType} from ${mount.source})`;
  }
  return undefined;
}

/** The real path of `dir`, or of its nearest existing ancestor when it does not exist yet. */
export function nearestRealPath(dir: string): string {
  let current = path.resolve(dir);
  const missing: string[] = [];
  while (!existsSync(current)) {
    const parent = path.dirname(current);
    if (parent === current) break;
    missing.unshift(path.basename(current));
    current = parent;
  }
  try {
    return path.join(realpathSync(current), ...missing);
  } catch {
    return path.resolve(dir);
  }
}

/** Reads this machine's mount table; empty when it cannot be read (the check then passes). */
export function readSystemMountTable(platform: NodeJS.Platform): string {
  try {
    if (platform === 'linux') return readFileSync('/proc/mounts', 'utf8');
    if (platform === 'darwin') return execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 5000 });
  } catch {
    // An unreadable mount table is not a reason to refuse a start; the check simply cannot help.
  }
  return '';
}
