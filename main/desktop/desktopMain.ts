import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createCore } from '../core/app/createCore';
import type { Core } from '../core/app/core';
import { resolveDataDir } from '../core/app/dataDirectory';
import { installAppMenu } from './appMenu';
import { appOrigin } from './appOrigin';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerIpcBridge } from './ipcBridge';
import { denyPermissions, hardenAllWebContents } from './windowHardening';

/*
 * The desktop shell: lifecycle, one window, and the wiring of protocol, IPC and hardening. All behaviour lives in
 * the core. This file is bundled to dist/main/desktop.cjs; packaged builds keep the same layout inside the asar.
 */
const appRoot = path.resolve(__dirname, '..', '..');
const trustedContentsIds = new Set<number>();

registerAppScheme();
hardenAllWebContents();

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    title: 'CE Player',
    show: false,
    webPreferences: {
      preload: path.join(appRoot, 'dist', 'main', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  const contentsId = window.webContents.id;
  trustedContentsIds.add(contentsId);
  window.on('closed', () => trustedContentsIds.delete(contentsId));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/`);
}

function start(core: Core): void {
  denyPermissions(session.defaultSession);
  handleAppProtocol(core, path.join(appRoot, 'dist', 'renderer'));
  registerIpcBridge(core, trustedContentsIds);
  installAppMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => core.close());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(() => {
      const dataDir = resolveDataDir(process.argv.slice(1), process.env);
      const bundledCoursesDir = app.isPackaged
        ? path.join(process.resourcesPath, 'courses')
        : path.join(appRoot, 'courses');
      start(createCore({ dataDir, bundledCoursesDir, shell: 'desktop', appVersion: app.getVersion() }));
    })
    .catch((err: unknown) => {
      dialog.showErrorBox(
        'CE Player could not start',
        `${err instanceof Error ? err.message : String(err)}\n\nDetails are in the log in the data folder.`,
      );
      app.exit(1);
    });
}
