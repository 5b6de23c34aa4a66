import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { makeTempFolder } from './tempFolder';

/** A real, small file system of its own: a tmpfs mounted on a temp folder (the tests run as root). */
export interface TinyDisk {
  readonly dir: string;
  /** Remounts it read-only, as a write-protected drive or a read-only share is: every write fails with EROFS. */
  makeReadOnly(): void;
  /** Fills what is left of it with one file, so the next write that needs space fails with ENOSPC. */
  fill(): void;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `sizeKb` KiB. Chosen because as root neither chmod nor a read-only open stops a write, while
 * a read-only or full file system stops it for everyone, as on a learner's machine.
 */
export function mountTinyDisk(sizeKb: number): TinyDisk {
  const dir = makeTempFolder('ce-tiny-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir]);
  let mounted = true;
  process.once('exit', () => {
    if (mounted) execFileSync('umount', ['-l', dir]);
  });
  return {
    dir,
    makeReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    fill: () => {
      const filler = fs.openSync(`${dir}/filler`, 'w');
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) fs.writeSync(filler, block);
      } catch {
        // ENOSPC: the disk is full.
      } finally {
        fs.closeSync(filler);
      }
    },
    unmount: () => {
      if (!mounted) return;
      execFileSync('umount', ['-l', dir]);
      mounted = false;
    },
  };
}
