/** What a development Electron build of better-sqlite3 was made for. */
export interface ElectronBindingStamp {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export function electronBindingDir(root: string): string;
export function electronBindingFile(root: string): string;
export function electronBindingStampFile(root: string): string;
export function expectedElectronBindingStamp(root: string): ElectronBindingStamp;
export function electronBindingStatus(root: string): { current: boolean; reason: string };
