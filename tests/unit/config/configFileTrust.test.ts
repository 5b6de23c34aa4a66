import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ordinaryWriterInSddl, posixTrust } from '../../../main/core/config/configFileTrust';
import { makeTempFolder } from '../../support/tempFolder';

/*
 * Who may change the machine-wide settings file. POSIX: real files whose owner and mode the test (root) sets.
 * Windows: the SDDL that `icacls /save` writes, for the ACLs IT sets and the ones an ordinary user ends up with.
 */
function settingsFile(): { folder: string; file: string } {
  const folder = path.join(makeTempFolder('ce-trust-'), 'ce-player');
  fs.mkdirSync(folder, { mode: 0o755 });
  const file = path.join(folder, 'config.json');
  fs.writeFileSync(file, '{}', { mode: 0o644 });
  return { folder, file };
}

describe('POSIX settings file trust', () => {
  it('trusts a root-owned file and folder that only root (or root’s group) can write', () => {
    const { folder, file } = settingsFile();
    expect(posixTrust(file, 'linux')).toEqual({ trusted: true });
    fs.chmodSync(folder, 0o775);
    expect(posixTrust(file, 'linux')).toEqual({ trusted: true }); // group 0 is root's own
  });

  it('refuses a file or folder writable by others, by another group, or owned by another account', () => {
    const { folder, file } = settingsFile();
    fs.chmodSync(file, 0o646);
    expect(posixTrust(file, 'linux')).toMatchObject({
      trusted: false,
      reason: expect.stringContaining('every account'),
    });
    fs.chmodSync(file, 0o664);
    fs.chownSync(file, 0, 1000);
    expect(posixTrust(file, 'linux')).toMatchObject({ reason: expect.stringContaining('group 1000') });
    fs.chmodSync(file, 0o644);
    fs.chownSync(folder, 1000, 0);
    expect(posixTrust(file, 'linux')).toMatchObject({
      reason: expect.stringContaining('owned by user 1000'),
    });
  });
});

describe('Windows settings file trust (SDDL from icacls)', () => {
  it('finds no ordinary writer in the ACL IT sets: SYSTEM and Administrators full, Users read', () => {
    expect(ordinaryWriterInSddl('D:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)')).toBeNull();
    expect(ordinaryWriterInSddl('D:PAI(A;;FA;;;S-1-5-21-1-2-3-512)(A;;FR;;;WD)')).toBeNull();
  });

  it('finds the writer in a folder an ordinary user created in ProgramData, or one opened to Users', () => {
    // The user's own SID gets full control through CREATOR OWNER; Users may add files.
    expect(ordinaryWriterInSddl('D:AI(A;ID;FA;;;S-1-5-21-11-22-33-1001)(A;OICIID;FA;;;SY)')).toBe(
      'S-1-5-21-11-22-33-1001',
    );
    expect(ordinaryWriterInSddl('D:AI(A;OICIID;FA;;;BA)(A;CIID;0x100116;;;BU)')).toBe('BU');
    expect(ordinaryWriterInSddl('D:(A;;GW;;;WD)')).toBe('WD');
    expect(ordinaryWriterInSddl('D:(A;;FRFW;;;AU)')).toBe('AU');
    // An inherit-only entry does not apply to the folder itself.
    expect(ordinaryWriterInSddl('D:(A;OICIIO;FA;;;BU)(A;;FA;;;BA)')).toBeNull();
  });
});
