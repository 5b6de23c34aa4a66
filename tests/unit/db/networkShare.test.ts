import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../main/core/coreError';
import {
  detectNetworkShare,
  findMountFor,
  isUncPath,
  parseLinuxMounts,
  parseMacMounts,
} from '../../../main/core/db/networkShare';
import { openLearnerDatabase } from '../../../main/core/db/openLearnerDatabase';
import { makeTempDataDir } from './testDataDir';

const linuxMounts = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
  'server:/export/home /home nfs4 rw,vers=4.2 0 0',
  '//nas/clinic /mnt/clinic\\040share cifs rw 0 0',
  '/dev/sdb1 /home/local ext4 rw 0 0',
  'host0 /mnt/host 9p rw 0 0',
  'me@box:/data /mnt/ssh fuse.sshfs rw 0 0',
].join('\n');

describe('network share detection (pure)', () => {
  it('parses /proc/mounts, unescaping spaces in mount points', () => {
    const mounts = parseLinuxMounts(linuxMounts);
    expect(mounts).toHaveLength(7);
    expect(mounts[3]).toEqual({ source: '//nas/clinic', mountPoint: '/mnt/clinic share', fsType: 'cifs' });
  });

  it('picks the longest containing mount point', () => {
    const mounts = parseLinuxMounts(linuxMounts);
    expect(findMountFor('/home/local/ce', mounts)?.fsType).toBe('ext4');
    expect(findMountFor('/home/localx/ce', mounts)?.fsType).toBe('nfs4');
    expect(findMountFor('/var/lib', mounts)?.mountPoint).toBe('/');
  });

  it.each([
    ['/home/ana/.config/ce-player', 'nfs4'],
    ['/mnt/clinic share/records', 'cifs'],
    ['/mnt/host/x', '9p'],
    ['/mnt/ssh/x', 'fuse.sshfs'],
  ])('refuses %s (%s)', (target, fsType) => {
    expect(detectNetworkShare(target, 'linux', linuxMounts)).toContain(fsType);
  });

  it.each(['/home/local/ce-player', '/tmp/x', '/var/lib/ce'])('accepts local path %s', (target) => {
    expect(detectNetworkShare(target, 'linux', linuxMounts)).toBeUndefined();
  });

  it('recognises Windows UNC paths but not drive or device paths', () => {
    expect(isUncPath('\\\\server\\share\\CE Player')).toBe(true);
    expect(isUncPath('//server/share/ce')).toBe(true);
    expect(isUncPath('\\\\?\\UNC\\server\\share\\ce')).toBe(true);
    expect(isUncPath('\\\\?\\C:\\Users\\ana')).toBe(false);
    expect(isUncPath('\\\\.\\PhysicalDrive0')).toBe(false);
    expect(isUncPath('C:\\Users\\ana\\AppData')).toBe(false);
    expect(detectNetworkShare('\\\\server\\share\\ce', 'win32')).toContain('UNC');
    expect(detectNetworkShare('C:\\Users\\ana\\AppData\\Roaming\\CE Player', 'win32')).toBeUndefined();
  });

  it('parses macOS mount output', () => {
    const mac = [
      '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
      '//ana@nas.local/Clinic on /Volumes/Clinic (smbfs, nodev, nosuid, mounted by ana)',
      'nas:/export on /Volumes/nfs (nfs, asynchronous)',
    ].join('\n');
    expect(parseMacMounts(mac)).toHaveLength(3);
    expect(detectNetworkShare('/Volumes/Clinic/ce', 'darwin', mac)).toContain('smbfs');
    expect(detectNetworkShare('/Volumes/nfs/ce', 'darwin', mac)).toContain('nfs');
    expect(detectNetworkShare('/Users/ana/Library', 'darwin', mac)).toBeUndefined();
  });
});

describe('openLearnerDatabase on a network share', () => {
  it('refuses with a clear storage error and creates nothing', async () => {
    const dir = makeTempDataDir();
    const target = path.join(dir, 'records');
    const table = `/dev/sda1 / ext4 rw 0 0\nnas:/x ${dir} nfs rw 0 0`;
    const attempt = openLearnerDatabase(target, { mountTable: table, platform: 'linux' });
    await expect(attempt).rejects.toBeInstanceOf(CoreError);
    await expect(openLearnerDatabase(target, { mountTable: table, platform: 'linux' })).rejects.toMatchObject(
      {
        code: 'storage',
        message: expect.stringMatching(/network share \(nfs.*local disk/),
      },
    );
    expect(existsSync(target)).toBe(false);
  });

  it('opens with the real mount table of this machine when the folder is local', async () => {
    const dir = makeTempDataDir();
    const opened = await openLearnerDatabase(dir);
    expect(opened.notices).toEqual([]);
    opened.db.close();
  });
});
